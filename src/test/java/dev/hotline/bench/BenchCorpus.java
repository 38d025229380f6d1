package dev.hotline.bench;

import dev.hotline.testing.SharedMaterial;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The article folders a benchmark indexes: the bundled corpus, optionally with the Milestones
 * essays.
 */
final class BenchCorpus {
  /** The name of the JMH parameter that picks the corpus, in every benchmark that has one. */
  static final String PARAM = "corpus";

  static final String BUNDLED = "bundled";
  static final String BUNDLED_AND_MILESTONES = "bundled+milestones";

  private BenchCorpus() {}

  /** The Milestones essays beside the checkout; a user's clone does not have them. */
  static Path milestones() {
    return SharedMaterial.root().resolve("corpora/milestones/chapters");
  }

  static boolean milestonesPresent() {
    return Files.isDirectory(milestones());
  }

  /** The folders to index for the corpus called {@code name}. */
  static List<Path> roots(String name, Path bundled) {
    return switch (name) {
      case BUNDLED -> List.of(bundled);
      case BUNDLED_AND_MILESTONES -> {
        if (!milestonesPresent()) {
          // Only reached when JMH is run directly: BenchmarkMain leaves this corpus out when
          // absent.
          throw new IllegalStateException(
              milestones() + " is absent: run with -p " + PARAM + "=" + BUNDLED);
        }
        yield List.of(bundled, milestones());
      }
      default ->
          throw new IllegalArgumentException(
              "unknown corpus '" + name + "': use " + BUNDLED + " or " + BUNDLED_AND_MILESTONES);
    };
  }
}
