package dev.hotline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hotline.answer.AnswerResult;
import dev.hotline.answer.AnswerService;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Runs a question file through the answer service and scores acc@1, hit@5 and MRR@5. */
public final class Evaluation {
  static final int DEPTH = 5;

  private final AnswerService answers;

  public Evaluation(AnswerService answers) {
    this.answers = answers;
  }

  /** One question's outcome. */
  public record Outcome(EvalQuestion question, AnswerResult result, int rank) {}

  /**
   * acc@1, hit@5 and MRR@5 over a group of outcomes, and how often Hotline answered and was then
   * right (precision when answering).
   */
  public record Scores(
      int questions,
      double accuracyAt1,
      double hitAt5,
      double mrrAt5,
      int answered,
      double precision) {
    public static Scores of(List<Outcome> outcomes) {
      int n = outcomes.size();
      if (n == 0) {
        return new Scores(0, 0, 0, 0, 0, 0);
      }
      double acc = outcomes.stream().filter(o -> o.rank() == 1).count() / (double) n;
      double hit = outcomes.stream().filter(o -> o.rank() > 0).count() / (double) n;
      double mrr = outcomes.stream().mapToDouble(o -> o.rank() > 0 ? 1.0 / o.rank() : 0).sum() / n;
      List<Outcome> answered = outcomes.stream().filter(o -> o.result().answered()).toList();
      double precision =
          answered.isEmpty()
              ? 0
              : answered.stream().filter(o -> o.rank() == 1).count() / (double) answered.size();
      return new Scores(n, acc, hit, mrr, answered.size(), precision);
    }
  }

  /** The outcomes and their scores overall, by source and by type. */
  public record Report(
      List<Outcome> outcomes,
      Scores overall,
      Map<String, Scores> bySource,
      Map<String, Scores> byType) {}

  public static List<EvalQuestion> read(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<EvalQuestion> questions = new ArrayList<>();
    int number = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      JsonNode node;
      try {
        node = json.readTree(line);
      } catch (IOException e) {
        throw new IOException(file + ":" + number + ": not valid JSON", e);
      }
      questions.add(
          new EvalQuestion(
              node.path("id").asText("line-" + number),
              node.path("question").asText(""),
              node.path("answer_date").asText(""),
              strings(node.path("date_alternatives")),
              strings(node.path("keywords")),
              node.path("source").asText(""),
              node.path("type").asText("")));
    }
    return questions;
  }

  public Report run(List<EvalQuestion> questions) {
    List<Outcome> outcomes = new ArrayList<>();
    for (EvalQuestion question : questions) {
      AnswerResult result = answers.answer(question.question());
      outcomes.add(
          new Outcome(
              question, result, Scoring.rankOfFirstRight(question, result.answers(), DEPTH)));
    }
    return new Report(
        outcomes,
        Scores.of(outcomes),
        grouped(outcomes, o -> o.question().sourceKind()),
        grouped(outcomes, o -> o.question().type()));
  }

  private static Map<String, Scores> grouped(
      List<Outcome> outcomes, Function<Outcome, String> key) {
    Map<String, List<Outcome>> groups = new LinkedHashMap<>();
    for (Outcome outcome : outcomes) {
      groups.computeIfAbsent(key.apply(outcome), k -> new ArrayList<>()).add(outcome);
    }
    Map<String, Scores> scores = new LinkedHashMap<>();
    groups.forEach((k, v) -> scores.put(k, Scores.of(v)));
    return scores;
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }
}
