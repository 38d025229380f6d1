package dev.hotline.quiz;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a quiz may be about, as typed after {@code /quiz}: topic words ({@code berlin}, {@code
 * topic:berlin}) and a year or a range of years ({@code 1961}, {@code 1961-1963}, {@code 1960s},
 * {@code years:1961-1963}). An event matches when its article title or its description holds every
 * topic word and its year is in the range.
 */
public record QuizFilter(List<String> words, OptionalInt fromYear, OptionalInt toYear) {
  private static final Pattern RANGE =
      Pattern.compile("(?:years?:)?(\\d{4})\\s*(?:-|–|—|\\.\\.|to)\\s*(\\d{4})");
  private static final Pattern DECADE = Pattern.compile("(?:years?:)?(\\d{3})0'?s");
  private static final Pattern YEAR = Pattern.compile("(?:years?:)?(\\d{4})");
  private static final int EARLIEST = 1000;
  private static final int LATEST = 2999;

  /** No filter: any event. */
  public static QuizFilter any() {
    return new QuizFilter(List.of(), OptionalInt.empty(), OptionalInt.empty());
  }

  public QuizFilter {
    words = List.copyOf(words);
  }

  /**
   * Reads what was typed; an empty text is {@link #any()}. A year range given backwards is turned
   * round; a year outside 1000–2999 is read as a topic word and so matches nothing.
   */
  public static QuizFilter parse(String typed) {
    String text = typed == null ? "" : typed.strip();
    OptionalInt from = OptionalInt.empty();
    OptionalInt to = OptionalInt.empty();
    Matcher range = RANGE.matcher(text);
    if (range.find()) {
      int a = Integer.parseInt(range.group(1));
      int b = Integer.parseInt(range.group(2));
      from = OptionalInt.of(Math.min(a, b));
      to = OptionalInt.of(Math.max(a, b));
      text = text.substring(0, range.start()) + " " + text.substring(range.end());
    } else {
      Matcher decade = DECADE.matcher(text);
      Matcher year = YEAR.matcher(text);
      if (decade.find()) {
        int first = Integer.parseInt(decade.group(1)) * 10;
        from = OptionalInt.of(first);
        to = OptionalInt.of(first + 9);
        text = text.substring(0, decade.start()) + " " + text.substring(decade.end());
      } else if (year.find() && inRange(Integer.parseInt(year.group(1)))) {
        int only = Integer.parseInt(year.group(1));
        from = OptionalInt.of(only);
        to = OptionalInt.of(only);
        text = text.substring(0, year.start()) + " " + text.substring(year.end());
      }
    }
    List<String> words = new ArrayList<>();
    for (String word : fold(text.replaceAll("(?i)\\btopic:", " ")).split("[^\\p{L}\\p{N}'-]+")) {
      if (word.length() >= 2) {
        words.add(word);
      }
    }
    return new QuizFilter(words, from, to);
  }

  private static boolean inRange(int year) {
    return year >= EARLIEST && year <= LATEST;
  }

  public boolean isAny() {
    return words.isEmpty() && fromYear.isEmpty();
  }

  public boolean matches(QuizEvent event) {
    if (fromYear.isPresent()
        && (event.year() < fromYear.getAsInt() || event.year() > toYear.getAsInt())) {
      return false;
    }
    if (words.isEmpty()) {
      return true;
    }
    String text = fold(event.articleTitle() + " " + event.description());
    for (String word : words) {
      if (!text.contains(word)) {
        return false;
      }
    }
    return true;
  }

  /** The filter in words, for "no quiz about …" replies: {@code "berlin", 1961–1963}. */
  public String describe() {
    List<String> parts = new ArrayList<>();
    if (!words.isEmpty()) {
      parts.add("\"" + String.join(" ", words) + "\"");
    }
    fromYear.ifPresent(
        from ->
            parts.add(
                from == toYear.getAsInt()
                    ? Integer.toString(from)
                    : from + "–" + toYear.getAsInt()));
    return parts.isEmpty() ? "anything" : String.join(", ", parts);
  }

  /** Lower case without accents, so that "Tet" finds "Têt" and "berlin" finds "Berlin". */
  static String fold(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT);
  }

  /** The years as one optional pair, for callers that only need to know whether there are any. */
  public Optional<int[]> years() {
    return fromYear.isPresent()
        ? Optional.of(new int[] {fromYear.getAsInt(), toYear.getAsInt()})
        : Optional.empty();
  }
}
