package dev.hotline.cli;

import dev.hotline.corpus.CorpusProblem;
import dev.hotline.index.CorpusIndexer;
import dev.hotline.index.IndexLocation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hotline index}: reads the corpus folders and atomically replaces the index. */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    versionProvider = HotlineCommand.Version.class,
    description = "Build the index from article folders (default: index-data/).",
    footerHeading = "%nExamples:%n",
    footer = {
      "  ./hotline index",
      "  ./hotline index --corpus my-articles --corpus more.md --index my-index",
      "  ./hotline ask --index my-index \"when did the border war happen?\""
    })
final class IndexCommand implements Callable<Integer> {
  @Mixin IndexOption index;

  @Option(
      names = "--corpus",
      paramLabel = "DIR",
      description =
          "A folder or file of articles; repeat for several. Without it, index-data/ is read.")
  List<Path> corpus;

  @Spec CommandSpec spec;

  private final Services services;

  IndexCommand(Services services) {
    this.services = services;
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Path> roots =
        corpus == null || corpus.isEmpty() ? List.of(services.bundledCorpus()) : corpus;
    IndexLocation location = index.location(services);
    ProgressPrinter progress = new ProgressPrinter(err);
    CorpusIndexer.Report report = services.index(roots, location, progress);
    progress.done();
    for (CorpusProblem problem : report.corpus().problems()) {
      err.println("warning: " + problem);
    }
    int unlisted = report.corpus().problemCount() - report.corpus().problems().size();
    if (unlisted > 0) {
      err.println("warning: … and " + unlisted + " more problems");
    }
    var build = report.build();
    out.printf(
        "Indexed %s as %s and %s with %s (%d to the day) into %s%n",
        count(build.articles(), "article"),
        count(build.passages(), "passage"),
        count(build.events(), "event"),
        count(build.dates(), "date"),
        build.dayDates(),
        location.root());
    out.printf(
        "Files read: %d, skipped: %d, problems: %d%n",
        report.corpus().filesSeen(),
        report.corpus().filesSkipped(),
        report.corpus().problemCount());
    return 0;
  }

  /** "1 article", "2 articles". */
  static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
