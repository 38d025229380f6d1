package dev.hotline.eval;

import dev.hotline.answer.AnswerService;
import dev.hotline.answer.Feature;
import dev.hotline.app.Hotline;
import dev.hotline.cli.Services;
import dev.hotline.corpus.CorpusReader;
import dev.hotline.index.IndexAccess;
import dev.hotline.index.IndexLocation;
import dev.hotline.testing.SharedMaterial;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Sets the ranking's feature weights on one half of the development questions by coordinate
 * ascent and reports acc@1 on both halves, so that what the weights learned is measured on
 * questions they never saw. Run by hand: {@code java ... dev.hotline.eval.TuneWeights [half]}.
 */
public final class TuneWeights {
  private static final double[] FACTORS = {0, 0.5, 0.75, 1.25, 1.5, 2, 3};
  private static final double[] STEPS = {-0.3, -0.1, -0.05, 0.05, 0.1, 0.3};

  private final AnswerSource general;
  private final AnswerSource milestones;
  private final List<EvalQuestion> questions;

  /** Answer services over one index, one per weight vector. */
  private record AnswerSource(Services.OpenIndex open) {
    Evaluation evaluation(double[] weights) {
      return new Evaluation(new AnswerService(IndexAccess.fixed(open.index()), weights));
    }
  }

  private TuneWeights(
      AnswerSource general, AnswerSource milestones, List<EvalQuestion> questions) {
    this.general = general;
    this.milestones = milestones;
    this.questions = questions;
  }

  public static void main(String[] args) throws Exception {
    int trainPart = args.length > 0 ? Integer.parseInt(args[0]) : 0;
    Path shared = SharedMaterial.root();
    Hotline hotline = new Hotline(Clock.systemUTC());
    Path folder = Files.createTempDirectory("hotline-tune");
    IndexLocation bundled = new IndexLocation(folder.resolve("bundled"));
    IndexLocation milestones = new IndexLocation(folder.resolve("milestones"));
    hotline.index(List.of(hotline.bundledCorpus()), bundled, CorpusReader.Progress.NONE);
    hotline.index(
        List.of(shared.resolve("seeds"), shared.resolve("corpora/milestones/chapters")),
        milestones,
        CorpusReader.Progress.NONE);
    List<EvalQuestion> questions = new ArrayList<>();
    questions.addAll(Evaluation.read(shared.resolve("eval/public-dev.jsonl")));
    questions.addAll(Evaluation.read(shared.resolve("eval/public-dev-2.jsonl")));
    try (Services.OpenIndex b = hotline.open(bundled);
        Services.OpenIndex m = hotline.open(milestones)) {
      new TuneWeights(new AnswerSource(b), new AnswerSource(m), questions).tune(trainPart);
    }
  }

  private void tune(int trainPart) {
    List<EvalQuestion> train = questions.stream().filter(q -> q.part(2) == trainPart).toList();
    List<EvalQuestion> test = questions.stream().filter(q -> q.part(2) != trainPart).toList();
    double[] weights = Feature.weights();
    report("defaults", weights, train, test);
    double best = objective(weights, train);
    for (int pass = 0; pass < 3; pass++) {
      boolean moved = false;
      for (Feature feature : Feature.values()) {
        int i = feature.ordinal();
        double original = weights[i];
        double bestValue = original;
        List<Double> tries = new ArrayList<>();
        for (double f : FACTORS) {
          tries.add(original * f);
        }
        for (double s : STEPS) {
          tries.add(original + s);
        }
        for (double value : tries) {
          weights[i] = value;
          double score = objective(weights, train);
          if (score > best + 1e-9) {
            best = score;
            bestValue = value;
            moved = true;
          }
        }
        weights[i] = bestValue;
      }
      report("pass " + (pass + 1), weights, train, test);
      if (!moved) {
        break;
      }
    }
    StringBuilder out = new StringBuilder("weights:");
    for (Feature feature : Feature.values()) {
      out.append(
          String.format(Locale.ROOT, " %s=%.3f", feature.name(), weights[feature.ordinal()]));
    }
    System.out.println(out);
  }

  /** acc@1 plus a little MRR, over both sources: smoother than acc@1 alone. */
  private double objective(double[] weights, List<EvalQuestion> qs) {
    double[] s = scores(weights, qs);
    return s[0] + 0.3 * s[1];
  }

  /** acc@1 and MRR@5 over {@code qs}, each source on its own index. */
  private double[] scores(double[] weights, List<EvalQuestion> qs) {
    List<Evaluation.Outcome> outcomes = new ArrayList<>();
    outcomes.addAll(
        general.evaluation(weights).run(filter(qs, false)).outcomes());
    outcomes.addAll(
        milestones.evaluation(weights).run(filter(qs, true)).outcomes());
    Evaluation.Scores s = Evaluation.Scores.of(outcomes);
    return new double[] {s.accuracyAt1(), s.mrrAt5()};
  }

  private static List<EvalQuestion> filter(List<EvalQuestion> qs, boolean milestones) {
    return qs.stream()
        .filter(q -> q.sourceKind().equals("milestones") == milestones)
        .toList();
  }

  private void report(
      String label, double[] weights, List<EvalQuestion> train, List<EvalQuestion> test) {
    System.out.printf(
        Locale.ROOT,
        "%-9s train general %.3f milestones %.3f | test general %.3f milestones %.3f%n",
        label,
        acc(weights, filter(train, false), general),
        acc(weights, filter(train, true), milestones),
        acc(weights, filter(test, false), general),
        acc(weights, filter(test, true), milestones));
  }

  private static double acc(double[] weights, List<EvalQuestion> qs, AnswerSource source) {
    return source.evaluation(weights).run(qs).overall().accuracyAt1();
  }

}
