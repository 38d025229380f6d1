package dev.hotline.quiz;

import dev.hotline.dates.DateValue;
import dev.hotline.dates.Granularity;
import dev.hotline.passage.Event;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The events quizzes are made of, read once from an index's events: each with the years its article
 * covers (from the article's events and any years its title names), only those dated to a day, a
 * month or a year, and only those whose description reads well on its own. The articles' key events
 * come first; events read from dates in the text are used where a filter finds no key event, so a
 * corpus without front matter still has quizzes.
 */
public final class EventPool {
  private static final Pattern TITLE_YEAR = Pattern.compile("\\b(1[0-9]{3}|20[0-9]{2})\\b");

  /** Years outside this are a misreading rather than history the articles tell. */
  private static final int EARLIEST = 1000;

  private static final int LATEST = 2100;

  private final List<QuizEvent> declared;
  private final List<QuizEvent> extracted;
  private final Map<String, QuizEvent> byId = new HashMap<>();
  private final Map<String, List<QuizEvent>> byArticle = new HashMap<>();

  private EventPool(List<QuizEvent> declared, List<QuizEvent> extracted) {
    this.declared = List.copyOf(declared);
    this.extracted = List.copyOf(extracted);
    for (QuizEvent event : all()) {
      byId.put(event.id(), event);
      byArticle.computeIfAbsent(event.articleId(), a -> new ArrayList<>()).add(event);
    }
  }

  public static EventPool of(List<Event> events) {
    Map<String, int[]> periods = periods(events);
    List<QuizEvent> declared = new ArrayList<>();
    List<QuizEvent> extracted = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    // Key events first, so that a text event telling the same thing is the one dropped.
    List<Event> ordered = new ArrayList<>(events);
    ordered.sort((a, b) -> Boolean.compare(b.declared(), a.declared()));
    for (Event event : ordered) {
      Granularity granularity = event.date().granularity();
      if (granularity != Granularity.DAY
          && granularity != Granularity.MONTH
          && granularity != Granularity.YEAR) {
        continue;
      }
      if (event.end().isPresent() || !plausible(event.date().value().year())) {
        continue; // a span asks "when did it begin?", which its description does not say
      }
      String description = ReadableEvents.tidy(event.description());
      if (!ReadableEvents.readable(description)) {
        continue;
      }
      if (!seen.add(QuizFilter.fold(description) + "|" + event.date().iso())) {
        continue;
      }
      int[] period = periods.get(event.articleId());
      QuizEvent quizEvent =
          new QuizEvent(
              event.id(),
              event.passageId(),
              event.articleId(),
              event.title() == null ? "" : event.title().strip(),
              description,
              event.date().value(),
              event.declared(),
              period[0],
              period[1]);
      (event.declared() ? declared : extracted).add(quizEvent);
    }
    return new EventPool(declared, extracted);
  }

  /** Each article's years: the span of its events' years and of any years its title names. */
  private static Map<String, int[]> periods(List<Event> events) {
    Map<String, int[]> periods = new LinkedHashMap<>();
    for (Event event : events) {
      int[] period = periods.computeIfAbsent(event.articleId(), a -> titleYears(event.title()));
      DateValue value = event.date().value();
      widen(period, value.from().getYear());
      widen(period, value.to().getYear());
      event.end().ifPresent(end -> widen(period, end.to().getYear()));
    }
    return periods;
  }

  private static int[] titleYears(String title) {
    int[] period = {Integer.MAX_VALUE, Integer.MIN_VALUE};
    if (title != null) {
      Matcher years = TITLE_YEAR.matcher(title);
      while (years.find()) {
        widen(period, Integer.parseInt(years.group(1)));
      }
    }
    return period;
  }

  private static void widen(int[] period, int year) {
    if (plausible(year)) {
      period[0] = Math.min(period[0], year);
      period[1] = Math.max(period[1], year);
    }
  }

  private static boolean plausible(int year) {
    return year >= EARLIEST && year <= LATEST;
  }

  /** Every usable event, key events first. */
  public List<QuizEvent> all() {
    List<QuizEvent> all = new ArrayList<>(declared);
    all.addAll(extracted);
    return Collections.unmodifiableList(all);
  }

  public boolean isEmpty() {
    return declared.isEmpty() && extracted.isEmpty();
  }

  /**
   * The events a quiz may ask about under {@code filter}: the key events it matches, or when it
   * matches none, the events read from the text.
   */
  public List<QuizEvent> subjects(QuizFilter filter) {
    List<QuizEvent> keyEvents = declared.stream().filter(filter::matches).toList();
    return keyEvents.isEmpty() ? extracted.stream().filter(filter::matches).toList() : keyEvents;
  }

  /** The usable events of one article, key events first. */
  public List<QuizEvent> ofArticle(String articleId) {
    return byArticle.getOrDefault(articleId, List.of());
  }

  /**
   * The events that may stand beside {@code subject} as choices: key events beside a key event, so
   * a question about one is not answered among text fragments; any event otherwise.
   */
  List<QuizEvent> companions(QuizEvent subject) {
    return subject.declared() ? declared : all();
  }

  /** {@link #companions} from {@code subject}'s own article. */
  List<QuizEvent> companionsInArticle(QuizEvent subject) {
    return ofArticle(subject.articleId()).stream()
        .filter(e -> e.declared() || !subject.declared())
        .toList();
  }

  public Optional<QuizEvent> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }
}
