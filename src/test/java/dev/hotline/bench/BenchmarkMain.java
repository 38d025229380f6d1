package dev.hotline.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * Runs JMH with the given command line, leaving the Milestones corpus out when its folder is absent
 * (as in a user's clone) instead of failing those runs.
 */
public final class BenchmarkMain {
  private BenchmarkMain() {}

  public static void main(String[] args) throws Exception {
    List<String> jmhArgs = new ArrayList<>(Arrays.asList(args));
    boolean corpusChosen = new CommandLineOptions(args).getParameter(BenchCorpus.PARAM).hasValue();
    if (!corpusChosen && !BenchCorpus.milestonesPresent()) {
      System.out.println(
          "No Milestones essays at "
              + BenchCorpus.milestones()
              + ": benchmarking the bundled corpus only.");
      jmhArgs.add("-p");
      jmhArgs.add(BenchCorpus.PARAM + "=" + BenchCorpus.BUNDLED);
    }
    org.openjdk.jmh.Main.main(jmhArgs.toArray(String[]::new));
  }
}
