package dev.hotline.answer;

import dev.hotline.app.Hotline;
import dev.hotline.cli.Services;
import dev.hotline.corpus.CorpusReader;
import dev.hotline.eval.EvalQuestion;
import dev.hotline.eval.Evaluation;
import dev.hotline.index.IndexAccess;
import dev.hotline.index.IndexLocation;
import dev.hotline.testing.SharedMaterial;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Sets the weights of {@link Feature} from development questions, and says how well they carry over
 * to questions they were not set on.
 *
 * <p>Each question's candidate answers are labelled right or wrong by the evaluation's rules, and
 * the weights are fitted to give the right ones the most probability (a softmax over the
 * candidates), pulled towards the current weights so that few questions cannot swing them far.
 * Two-fold cross-validation reports acc@1 of the whole pipeline on each half with weights fitted on
 * the other; the weights printed last are fitted on all. Run by hand with question files as
 * arguments: {@code java ... dev.hotline.answer.RankingTrainer FILE...}; questions of source {@code
 * general} are answered from the bundled corpus, the others from the seed and Milestones.
 */
public final class RankingTrainer {
  /** How sharply scores separate candidates in the softmax. */
  private static final double SHARPNESS = Double.parseDouble(System.getProperty("sharpness", "12"));

  /** Pull towards the current weights. */
  private static final double PRIOR = Double.parseDouble(System.getProperty("prior", "0.4"));

  private static final int STEPS = 600;
  private static final double RATE = 0.02;

  /** Candidates kept per question: the right ones and the best-scoring wrong ones. */
  private static final int WRONG_KEPT = 25;

  private record Example(List<double[]> right, List<double[]> wrong) {}

  private final Services.OpenIndex general;
  private final Services.OpenIndex other;

  private RankingTrainer(Services.OpenIndex general, Services.OpenIndex other) {
    this.general = general;
    this.other = other;
  }

  public static void main(String[] args) throws Exception {
    Path shared = SharedMaterial.root();
    Hotline hotline = new Hotline(Clock.systemUTC());
    Path folder = Files.createTempDirectory("hotline-train");
    IndexLocation bundled = new IndexLocation(folder.resolve("bundled"));
    IndexLocation milestones = new IndexLocation(folder.resolve("milestones"));
    hotline.index(List.of(hotline.bundledCorpus()), bundled, CorpusReader.Progress.NONE);
    hotline.index(
        List.of(shared.resolve("seeds"), shared.resolve("corpora/milestones/chapters")),
        milestones,
        CorpusReader.Progress.NONE);
    List<EvalQuestion> questions = new ArrayList<>();
    for (String file : args) {
      questions.addAll(Evaluation.read(Path.of(file)));
    }
    try (Services.OpenIndex b = hotline.open(bundled);
        Services.OpenIndex m = hotline.open(milestones)) {
      new RankingTrainer(b, m).run(questions);
    }
  }

  private void run(List<EvalQuestion> questions) {
    double[] start = Feature.weights();
    List<EvalQuestion> half0 = questions.stream().filter(q -> q.part(2) == 0).toList();
    List<EvalQuestion> half1 = questions.stream().filter(q -> q.part(2) == 1).toList();
    report("current weights", start, half0, half1);
    double[] fitOn0 = fit(examples(half0, start), start);
    double[] fitOn1 = fit(examples(half1, start), start);
    System.out.printf(
        Locale.ROOT,
        "cross-validated: half 1 with weights fitted on half 0: %s%n"
            + "                 half 0 with weights fitted on half 1: %s%n",
        figures(fitOn0, half1),
        figures(fitOn1, half0));
    double[] all = fit(examples(questions, start), start);
    report("fitted on all", all, half0, half1);
    StringBuilder out = new StringBuilder();
    for (Feature feature : Feature.values()) {
      out.append(
          String.format(Locale.ROOT, "  %s(%.2f),%n", feature.name(), all[feature.ordinal()]));
    }
    System.out.print(out);
  }

  private void report(String label, double[] weights, List<EvalQuestion> a, List<EvalQuestion> b) {
    System.out.printf(
        Locale.ROOT,
        "%-16s half 0: %s | half 1: %s%n",
        label,
        figures(weights, a),
        figures(weights, b));
  }

  /** acc@1 of the whole pipeline (abstention included), by source kind. */
  private String figures(double[] weights, List<EvalQuestion> qs) {
    StringBuilder out = new StringBuilder();
    for (String kind : List.of("general", "milestones", "seed")) {
      List<EvalQuestion> some = qs.stream().filter(q -> q.sourceKind().equals(kind)).toList();
      if (some.isEmpty()) {
        continue;
      }
      double acc = evaluation(weights, kind).run(some).overall().accuracyAt1();
      out.append(String.format(Locale.ROOT, "%s %.3f (%d) ", kind, acc, some.size()));
    }
    return out.toString().strip();
  }

  private Evaluation evaluation(double[] weights, String kind) {
    Services.OpenIndex open = kind.equals("general") ? general : other;
    return new Evaluation(new AnswerService(IndexAccess.fixed(open.index()), weights));
  }

  private AnswerService service(EvalQuestion question, double[] weights) {
    Services.OpenIndex open = question.sourceKind().equals("general") ? general : other;
    return new AnswerService(IndexAccess.fixed(open.index()), weights);
  }

  /** Each question's right candidates and best wrong ones, by the evaluation's rules. */
  private List<Example> examples(List<EvalQuestion> questions, double[] weights) {
    List<Example> examples = new ArrayList<>();
    for (EvalQuestion question : questions) {
      if (question.unanswerable() || question.type().equals("published")) {
        continue;
      }
      List<EventRanker.Candidate> candidates =
          service(question, weights).candidates(question.question());
      List<double[]> right = new ArrayList<>();
      List<double[]> wrong = new ArrayList<>();
      for (EventRanker.Candidate c : candidates) {
        (isRight(question, c) ? right : wrong).add(c.features());
      }
      if (right.isEmpty() || wrong.isEmpty()) {
        continue;
      }
      wrong.sort((x, y) -> Double.compare(dot(weights, y), dot(weights, x)));
      examples.add(new Example(right, wrong.subList(0, Math.min(WRONG_KEPT, wrong.size()))));
    }
    return examples;
  }

  private static boolean isRight(EvalQuestion question, EventRanker.Candidate candidate) {
    String passage = candidate.hit().passage().text().toLowerCase(Locale.ROOT);
    for (String keyword : question.keywords()) {
      if (!passage.contains(keyword.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    if (candidate.date().isEmpty()) {
      return false;
    }
    String iso = candidate.date().get().iso();
    return iso.startsWith(question.answerDate())
        || question.dateAlternatives().stream().anyMatch(iso::startsWith);
  }

  /** Weights that make the right candidates likeliest, near {@code prior}. */
  private static double[] fit(List<Example> examples, double[] prior) {
    double[] w = prior.clone();
    int n = w.length;
    for (int step = 0; step < STEPS; step++) {
      double[] gradient = new double[n];
      for (Example example : examples) {
        double[] expAll = new double[n];
        double[] expRight = new double[n];
        double sumAll = 0;
        double sumRight = 0;
        double max = Double.NEGATIVE_INFINITY;
        for (double[] x : example.right()) {
          max = Math.max(max, SHARPNESS * dot(w, x));
        }
        for (double[] x : example.wrong()) {
          max = Math.max(max, SHARPNESS * dot(w, x));
        }
        for (double[] x : example.right()) {
          double e = Math.exp(SHARPNESS * dot(w, x) - max);
          sumAll += e;
          sumRight += e;
          add(expAll, x, e);
          add(expRight, x, e);
        }
        for (double[] x : example.wrong()) {
          double e = Math.exp(SHARPNESS * dot(w, x) - max);
          sumAll += e;
          add(expAll, x, e);
        }
        // d/dw of -log(sumRight/sumAll) = SHARPNESS * (E_all[x] - E_right[x])
        for (int i = 0; i < n; i++) {
          gradient[i] += SHARPNESS * (expAll[i] / sumAll - expRight[i] / sumRight);
        }
      }
      for (int i = 0; i < n; i++) {
        gradient[i] = gradient[i] / Math.max(1, examples.size()) + 2 * PRIOR * (w[i] - prior[i]);
        w[i] -= RATE * gradient[i];
      }
    }
    return w;
  }

  private static void add(double[] sum, double[] x, double factor) {
    for (int i = 0; i < sum.length; i++) {
      sum[i] += factor * x[i];
    }
  }

  private static double dot(double[] w, double[] x) {
    double s = 0;
    for (int i = 0; i < w.length; i++) {
      s += w[i] * x[i];
    }
    return s;
  }
}
