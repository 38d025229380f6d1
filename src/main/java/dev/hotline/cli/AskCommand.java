package dev.hotline.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.hotline.answer.AnswerResult;
import dev.hotline.answer.AnswerService;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hotline ask}: answers one question, or a file of them. */
@Command(
    name = "ask",
    mixinStandardHelpOptions = true,
    versionProvider = HotlineCommand.Version.class,
    description = "Answer a question from the index.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  ./hotline ask \"when did the border war happen?\"",
      "  ./hotline ask --all when was sputnik launched",
      "  ./hotline ask --json \"who built the Berlin Wall?\"",
      "  ./hotline ask --batch questions.jsonl --json > answers.jsonl"
    })
final class AskCommand implements Callable<Integer> {
  @Mixin IndexOption index;

  @Option(names = "--json", description = "Print the answers as JSON.")
  boolean json;

  @Option(
      names = "--batch",
      paramLabel = "FILE",
      description =
          "Answer every question in a JSON Lines file of {\"id\",\"question\"} objects, one output"
              + " line each.")
  Path batch;

  @Option(names = "--all", description = "Show the alternatives as well as the best answer.")
  boolean all;

  @Parameters(
      paramLabel = "QUESTION",
      arity = "0..*",
      description = "The question (quotes optional).")
  List<String> words;

  @Spec CommandSpec spec;

  private final Services services;
  private final AnswerJson json2 = new AnswerJson();

  AskCommand(Services services) {
    this.services = services;
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (batch == null && (words == null || words.isEmpty())) {
      spec.commandLine()
          .getErr()
          .println("Give a question, e.g.: hotline ask \"when did the border war happen?\"");
      return 2;
    }
    try (Services.OpenIndex open = services.open(index.location(services))) {
      AnswerService answers = open.answers();
      if (batch != null) {
        return batch(answers, out);
      }
      AnswerResult result = answers.answer(String.join(" ", words));
      if (json) {
        out.println(json2.write(json2.result(null, result)));
      } else {
        printText(out, result);
      }
      return 0;
    }
  }

  private int batch(AnswerService answers, PrintWriter out) throws Exception {
    int number = 0;
    int bad = 0;
    try (BufferedReader reader = Files.newBufferedReader(batch, StandardCharsets.UTF_8)) {
      String line;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode node;
        try {
          node = json2.mapper().readTree(line);
        } catch (JsonProcessingException e) {
          spec.commandLine()
              .getErr()
              .println(batch + ":" + number + ": not valid JSON: " + e.getOriginalMessage());
          bad++;
          continue;
        }
        String id = node.path("id").asText(Integer.toString(number));
        out.println(
            json2.write(json2.result(id, answers.answer(node.path("question").asText("")))));
      }
    }
    out.flush();
    return bad == 0 ? 0 : 1;
  }

  private void printText(PrintWriter out, AnswerResult result) {
    result.notice().ifPresent(out::println);
    if (!result.answered()) {
      if (!result.suggestions().isEmpty()) {
        out.println("Perhaps you mean one of: " + String.join("; ", result.suggestions()));
      }
      return;
    }
    var answers = result.answers();
    TerminalStyle style = TerminalStyle.detect();
    AnswerText.print(out, answers.get(0), AnswerText.BEST_PASSAGE_CHARS, style);
    if (all) {
      for (int i = 1; i < answers.size(); i++) {
        out.println();
        out.print("Also: ");
        AnswerText.print(out, answers.get(i), AnswerText.ALTERNATIVE_PASSAGE_CHARS, style);
      }
    }
  }
}
