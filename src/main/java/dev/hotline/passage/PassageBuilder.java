package dev.hotline.passage;

import dev.hotline.corpus.Article;
import dev.hotline.dates.DateContext;
import dev.hotline.dates.DateExtractor;
import dev.hotline.dates.DateMention;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts an article into paragraph-sized passages (tiny paragraphs joined to the next, very long ones
 * split at sentence boundaries) and finds their dates, reading the article in order so that "three
 * years later" counts from the date before it.
 */
public final class PassageBuilder {
  /** Paragraphs shorter than this join the next one: alone they rarely answer anything. */
  static final int MIN_WORDS = 25;

  /** Paragraphs longer than this are split: a chat answer should be readable at a glance. */
  static final int MAX_WORDS = 220;

  private final DateExtractor dates;

  public PassageBuilder(DateExtractor dates) {
    this.dates = dates;
  }

  public List<Passage> passages(Article article) {
    DateContext context =
        new DateContext(article.published(), dates.periodOf(article.title()).orElse(null));
    List<Passage> passages = new ArrayList<>();
    DateMention lastMention = null;
    for (String text : chunks(article.paragraphs())) {
      int position = passages.size();
      context.nextPassage();
      List<DateMention> found = dates.extract(text, context);
      DateMention leading =
          found.isEmpty() && article.published() != null && TimeOfWriting.toldIn(text)
              ? TimeOfWriting.of(article.published())
              : lastMention;
      passages.add(
          new Passage(
              Passage.idOf(article.id(), position),
              article.id(),
              position,
              article.title(),
              article.published(),
              article.source(),
              article.url(),
              text,
              found,
              leading));
      if (!found.isEmpty()) {
        lastMention = found.get(found.size() - 1);
      }
    }
    return passages;
  }

  static List<String> chunks(List<String> paragraphs) {
    List<String> merged = new ArrayList<>();
    StringBuilder pending = new StringBuilder();
    for (String paragraph : paragraphs) {
      pending.append(pending.isEmpty() ? "" : " ").append(paragraph);
      if (words(pending.toString()) >= MIN_WORDS) {
        merged.add(pending.toString());
        pending.setLength(0);
      }
    }
    if (!pending.isEmpty()) {
      if (merged.isEmpty()) {
        merged.add(pending.toString());
      } else {
        merged.set(merged.size() - 1, merged.get(merged.size() - 1) + " " + pending);
      }
    }
    List<String> chunks = new ArrayList<>();
    for (String paragraph : merged) {
      chunks.addAll(splitLong(paragraph));
    }
    return chunks;
  }

  private static List<String> splitLong(String paragraph) {
    int total = words(paragraph);
    if (total <= MAX_WORDS) {
      return List.of(paragraph);
    }
    int pieces = (total + MAX_WORDS - 1) / MAX_WORDS;
    int target = total / pieces;
    List<String> parts = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (Sentences.Span sentence : Sentences.split(paragraph)) {
      current.append(current.isEmpty() ? "" : " ").append(sentence.of(paragraph));
      if (words(current.toString()) >= target && parts.size() < pieces - 1) {
        parts.add(current.toString());
        current.setLength(0);
      }
    }
    if (!current.isEmpty()) {
      parts.add(current.toString());
    }
    return parts;
  }

  static int words(String text) {
    String trimmed = text.strip();
    return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
  }
}
