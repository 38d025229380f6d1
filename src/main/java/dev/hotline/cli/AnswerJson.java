package dev.hotline.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hotline.answer.Answer;
import dev.hotline.answer.AnswerResult;
import dev.hotline.answer.DayEvents;
import dev.hotline.dates.DateMention;
import dev.hotline.dates.DateValue;
import dev.hotline.passage.Event;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The JSON shape of answers, shared by {@code ask --json}, {@code ask --batch} and {@code
 * on-this-day --json}.
 */
final class AnswerJson {
  private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd");

  private final ObjectMapper mapper = new ObjectMapper();

  ObjectNode result(String id, AnswerResult result) {
    ObjectNode line = mapper.createObjectNode();
    if (id != null) {
      line.put("id", id);
    }
    line.set("answers", answers(result.answers()));
    result.notice().ifPresent(n -> line.put("notice", n));
    if (!result.suggestions().isEmpty()) {
      ArrayNode suggestions = line.putArray("suggestions");
      result.suggestions().forEach(suggestions::add);
    }
    return line;
  }

  /**
   * A day's events in the shape of {@link #result}: the day asked for and the day the events are
   * from (both {@code MM-DD}), the answers, and a notice when they are from another day or there
   * are none.
   */
  ObjectNode day(DayEvents events, Optional<String> notice) {
    ObjectNode line = mapper.createObjectNode();
    line.put("day", MONTH_DAY.format(events.requested()));
    line.put("found", MONTH_DAY.format(events.found()));
    line.set("answers", answers(events.events()));
    notice.ifPresent(n -> line.put("notice", n));
    return line;
  }

  ArrayNode answers(List<Answer> answers) {
    ArrayNode array = mapper.createArrayNode();
    for (Answer answer : answers) {
      array.add(answer(answer));
    }
    return array;
  }

  private ObjectNode answer(Answer answer) {
    ObjectNode node = mapper.createObjectNode();
    node.put("passage", answer.passage());
    node.put("sentence", answer.sentence());
    if (answer.date().isPresent()) {
      DateMention date = answer.date().get();
      ObjectNode dateNode = node.putObject("date");
      dateNode.put("iso", date.iso());
      dateNode.put("granularity", date.granularity().name().toLowerCase(Locale.ROOT));
      dateNode.put("text", date.text());
    } else {
      node.putNull("date");
    }
    if (answer.event().isPresent()) {
      Event event = answer.event().get();
      ObjectNode eventNode = node.putObject("event");
      eventNode.put("description", event.description());
      event.end().ifPresent(end -> date(eventNode.putObject("end"), end));
    }
    if (answer.published() != null) {
      node.put("published", answer.published().toString());
    } else {
      node.putNull("published");
    }
    node.put("title", answer.title());
    node.put("source", answer.source());
    if (answer.url() != null) {
      node.put("url", answer.url());
    } else {
      node.putNull("url");
    }
    node.put("score", Math.round(answer.score() * 1000) / 1000.0);
    return node;
  }

  private static void date(ObjectNode node, DateValue date) {
    node.put("iso", date.iso());
    node.put("granularity", date.granularity().name().toLowerCase(Locale.ROOT));
    node.put("text", date.inWords());
  }

  String write(Object node) {
    try {
      return mapper.writeValueAsString(node);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  ObjectMapper mapper() {
    return mapper;
  }
}
