package dev.hotline.chat;

import dev.hotline.passage.Sentences;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shortens text to a limit at a sentence boundary, for renderers that must fit a platform's limits.
 */
public final class Excerpts {
  private static final String ELLIPSIS = "…";

  /**
   * Sentences longer than this are looked for only as written: a sentence is a few hundred
   * characters, and matching any spacing costs time in proportion to its length.
   */
  private static final int MAX_SPACED_MATCH = 2_000;

  private Excerpts() {}

  /**
   * A passage cut around its answering sentence, in three pieces so that each renderer can set the
   * answer off in its own way (bold, a terminal's bold) and escape each piece.
   *
   * @param before the passage before the answer, beginning with "… " when cut
   * @param answer the answering sentence, or empty when there is none
   * @param after the passage after the answer, ending with " …" when cut
   */
  public record Excerpt(String before, String answer, String after) {
    /** The excerpt as plain text. */
    public String text() {
      return before + answer + after;
    }
  }

  /**
   * {@code passage} with {@code sentence} in it, within {@code maxChars}: the whole passage when it
   * fits, otherwise the sentence with as many whole sentences around it as fit, taken in turn
   * before and after. The sentence is found whatever the line breaks and spaces between its words;
   * one that is not in the passage at all comes first, with the passage after it. An empty one
   * leaves the passage cut from its start.
   */
  public static Excerpt around(String passage, String sentence, int maxChars) {
    String wanted = sentence == null ? "" : sentence.strip();
    if (wanted.isEmpty()) {
      return new Excerpt("", "", cut(passage, maxChars));
    }
    int at = passage.indexOf(wanted);
    int end = at + wanted.length();
    if (at < 0 && wanted.length() <= MAX_SPACED_MATCH) {
      Matcher found = spacedAnyhow(wanted).matcher(passage);
      if (found.find()) {
        at = found.start();
        end = found.end();
      }
    }
    if (at < 0) {
      String answer = cut(wanted, Math.max(1, maxChars / 2));
      int room = maxChars - answer.length() - 1;
      return new Excerpt(
          "", answer, passage.isBlank() || room < 2 ? "" : " " + cut(passage.strip(), room));
    }
    return aroundFound(passage, at, end, maxChars);
  }

  /** {@link #around} once the answer is found at {@code at..end} in the passage. */
  private static Excerpt aroundFound(String passage, int at, int end, int maxChars) {
    String answer = passage.substring(at, end);
    if (passage.length() <= maxChars) {
      return new Excerpt(passage.substring(0, at), answer, passage.substring(end));
    }
    // Room for the "… " and " …" that mark a cut.
    int room = Math.max(1, maxChars - 2 * (ELLIPSIS.length() + 1));
    if (answer.length() >= room) {
      return marked(passage, at, cut(answer, room), end, at, end);
    }
    List<Sentences.Span> spans = Sentences.split(passage);
    List<Sentences.Span> earlier =
        new ArrayList<>(spans.stream().filter(span -> span.end() <= at).toList());
    Collections.reverse(earlier);
    List<Sentences.Span> later = spans.stream().filter(span -> span.start() >= end).toList();
    int from = at;
    int to = end;
    int before = 0;
    int after = 0;
    boolean grew = true;
    while (grew) {
      grew = false;
      if (before < earlier.size() && to - earlier.get(before).start() <= room) {
        from = earlier.get(before++).start();
        grew = true;
      }
      if (after < later.size() && later.get(after).end() - from <= room) {
        to = later.get(after++).end();
        grew = true;
      }
    }
    return marked(passage, from, answer, to, at, end);
  }

  /** The sentence's words with any whitespace between them. */
  private static Pattern spacedAnyhow(String sentence) {
    StringBuilder regex = new StringBuilder();
    for (String word : sentence.split("\\s+")) {
      regex.append(regex.isEmpty() ? "" : "\\s+").append(Pattern.quote(word));
    }
    return Pattern.compile(regex.toString());
  }

  /** The answer with the passage's {@code from..at} before it and {@code end..to} after it. */
  private static Excerpt marked(String passage, int from, String answer, int to, int at, int end) {
    String lead = passage.substring(0, from).isBlank() ? "" : ELLIPSIS + " ";
    String tail = passage.substring(to).isBlank() ? "" : " " + ELLIPSIS;
    return new Excerpt(
        lead + passage.substring(from, at), answer, passage.substring(end, to) + tail);
  }

  /**
   * {@code text} if it fits in {@code maxChars}; otherwise its longest run of whole sentences that
   * fits, or failing that its words up to the limit with an ellipsis.
   */
  public static String cut(String text, int maxChars) {
    if (text.length() <= maxChars) {
      return text;
    }
    int end = 0;
    for (Sentences.Span span : Sentences.split(text)) {
      if (span.end() > maxChars) {
        break;
      }
      end = span.end();
    }
    if (end > 0) {
      return text.substring(0, end);
    }
    int space = text.lastIndexOf(' ', maxChars - ELLIPSIS.length());
    int cut = space > maxChars / 2 ? space : maxChars - ELLIPSIS.length();
    if (cut > 0 && Character.isHighSurrogate(text.charAt(cut - 1))) {
      cut--;
    }
    return text.substring(0, cut).stripTrailing() + ELLIPSIS;
  }
}
