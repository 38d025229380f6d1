package dev.hotline.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotline.testing.TestCorpus;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Every command and subcommand answers {@code --help}, {@code -h} and {@code help COMMAND} with its
 * usage and examples, and exits 0: walked from the command line {@code hotline} itself runs.
 */
class HelpWalkTest {

  @Test
  void everyCommandShowsItsUsageAndExamplesForEveryWayOfAsking() {
    List<List<String>> paths = new ArrayList<>();
    collect(line(new StringWriter(), new StringWriter()), new ArrayList<>(), paths);
    assertThat(paths)
        .as("the commands a user can reach")
        .contains(
            List.of(),
            List.of("ask"),
            List.of("index"),
            List.of("on-this-day"),
            List.of("eval"),
            List.of("console"),
            List.of("serve"),
            List.of("config"),
            List.of("config", "check"));

    for (List<String> path : paths) {
      String name = String.join(" ", path);
      for (List<String> args : waysOfAsking(path)) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = line(out, err).execute(args.toArray(String[]::new));

        assertThat(exit).as("exit of hotline %s", String.join(" ", args)).isZero();
        assertThat(out.toString())
            .as("hotline %s", String.join(" ", args))
            .startsWith(("Usage: hotline " + name).strip())
            .contains("Examples:")
            .contains("-h, --help");
        assertThat(err.toString()).as("hotline %s", String.join(" ", args)).isEmpty();
      }
      List<String> version = new ArrayList<>(path);
      version.add("-V");
      StringWriter out = new StringWriter();
      assertThat(line(out, new StringWriter()).execute(version.toArray(String[]::new))).isZero();
      assertThat(out.toString()).as("hotline %s -V", name).startsWith("hotline ");
    }
  }

  /** {@code PATH --help}, {@code PATH -h}, and {@code … help LAST} from the command above it. */
  private static List<List<String>> waysOfAsking(List<String> path) {
    List<List<String>> ways = new ArrayList<>();
    for (String option : new String[] {"--help", "-h"}) {
      List<String> args = new ArrayList<>(path);
      args.add(option);
      ways.add(args);
    }
    if (!path.isEmpty()) {
      List<String> args = new ArrayList<>(path.subList(0, path.size() - 1));
      args.add("help");
      args.add(path.getLast());
      ways.add(args);
    }
    return ways;
  }

  private static void collect(CommandLine line, List<String> path, List<List<String>> paths) {
    paths.add(List.copyOf(path));
    for (Map.Entry<String, CommandLine> sub : line.getSubcommands().entrySet()) {
      if (sub.getKey().equals("help")) {
        continue; // help's own usage is picocli's; the walk asks help about every other command
      }
      List<String> deeper = new ArrayList<>(path);
      deeper.add(sub.getKey());
      collect(sub.getValue(), deeper, paths);
    }
  }

  private static CommandLine line(StringWriter out, StringWriter err) {
    CommandLine line = Main.commandLine(new Hotline(TestCorpus.CLOCK), Map.of());
    line.setOut(new PrintWriter(out, true));
    line.setErr(new PrintWriter(err, true));
    return line;
  }
}
