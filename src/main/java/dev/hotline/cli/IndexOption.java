package dev.hotline.cli;

import dev.hotline.index.IndexLocation;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --index DIR} option every command shares. */
final class IndexOption {
  @Option(
      names = "--index",
      paramLabel = "DIR",
      description = "Index folder (default: the bundled index, index-data/.index).")
  Path folder;

  IndexLocation location(Services services) {
    return folder == null ? services.bundledIndex() : new IndexLocation(folder);
  }
}
