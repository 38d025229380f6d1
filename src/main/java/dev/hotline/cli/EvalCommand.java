package dev.hotline.cli;

import dev.hotline.eval.EvalQuestion;
import dev.hotline.eval.Evaluation;
import dev.hotline.eval.StrayWords;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hotline eval}: scores the answers to a file of questions with known answers. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    versionProvider = HotlineCommand.Version.class,
    description =
        "Score answers on a question file (acc@1, hit@5, MRR@5; an unanswerable question is"
            + " right only without an answer).",
    footerHeading = "%nExamples:%n",
    footer = {
      "  ./hotline eval ../shared/eval/public-dev.jsonl",
      "  ./hotline eval --misses --index my-index questions.jsonl",
      "  ./hotline eval --split 2/2 ../shared/eval/public-dev-2.jsonl   (the half not tuned on)",
      "  ./hotline eval --stray-word 1 questions.jsonl   (one made-up word added to each)"
    })
final class EvalCommand implements Callable<Integer> {
  @Mixin IndexOption index;

  @Parameters(
      paramLabel = "FILE",
      description = "JSON Lines questions, e.g. ../shared/eval/public-dev.jsonl")
  Path file;

  @Option(names = "--misses", description = "List the questions whose first answer is wrong.")
  boolean misses;

  @Option(
      names = "--split",
      paramLabel = "N/K",
      description =
          "Score only part N of K equal parts (by question id), e.g. 1/2; tune on one part and"
              + " measure on the others.")
  String split;

  @Option(
      names = "--stray-word",
      paramLabel = "SEED",
      description =
          "Put one made-up word at a random place of each question (the same places for the same"
              + " SEED), to measure how a slip or a stray word of chat changes the answers.")
  Long strayWordSeed;

  @Spec CommandSpec spec;

  private final Services services;

  EvalCommand(Services services) {
    this.services = services;
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    var questions = Evaluation.read(file);
    if (split != null) {
      questions = part(questions, split);
    }
    if (strayWordSeed != null) {
      questions = StrayWords.added(questions, strayWordSeed);
    }
    try (Services.OpenIndex open = services.open(index.location(services))) {
      Evaluation.Report report = new Evaluation(open.answers()).run(questions);
      line(out, "overall", report.overall());
      section(out, "by source", report.bySource());
      section(out, "by type", report.byType());
      if (misses) {
        out.println();
        for (Evaluation.Outcome o : report.outcomes()) {
          if (o.rank() != 1) {
            String got =
                o.result()
                    .best()
                    .map(
                        a ->
                            a.date().map(d -> d.iso()).orElse("no date")
                                + " | "
                                + a.title()
                                + " | "
                                + a.sentence())
                    .orElse("no answer: " + o.result().notice().orElse(""));
            out.printf(
                "MISS %s (rank %s) %s%n  expected %s %s%n  got %s%n",
                o.question().id(),
                o.rank() == 0 ? "-" : o.rank(),
                o.question().question(),
                o.question().answerDate(),
                o.question().keywords(),
                got);
          }
        }
      }
    }
    return 0;
  }

  private List<EvalQuestion> part(List<EvalQuestion> questions, String split) {
    String[] nk = split.split("/");
    int n;
    int k;
    try {
      n = Integer.parseInt(nk[0].strip());
      k = Integer.parseInt(nk[1].strip());
    } catch (RuntimeException e) {
      throw new ParameterException(spec.commandLine(), "--split takes N/K, e.g. 1/2: " + split);
    }
    if (nk.length != 2 || k < 1 || n < 1 || n > k) {
      throw new ParameterException(
          spec.commandLine(), "--split takes N/K with 1 <= N <= K, e.g. 1/2: " + split);
    }
    return questions.stream().filter(q -> q.part(k) == n - 1).toList();
  }

  private static void section(
      PrintWriter out, String title, Map<String, Evaluation.Scores> groups) {
    out.println(title + ":");
    groups.forEach((name, scores) -> line(out, "  " + name, scores));
  }

  private static void line(PrintWriter out, String label, Evaluation.Scores s) {
    out.printf(
        "%-22s n=%-4d acc@1=%.3f  hit@5=%.3f  MRR@5=%.3f  answered=%d  precision=%.3f%n",
        label, s.questions(), s.accuracyAt1(), s.hitAt5(), s.mrrAt5(), s.answered(), s.precision());
  }
}
