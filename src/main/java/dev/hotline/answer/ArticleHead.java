package dev.hotline.answer;

import dev.hotline.index.Concept;
import dev.hotline.index.PassageHit;
import dev.hotline.index.QuestionQuery;
import dev.hotline.passage.Passage;
import dev.hotline.passage.Sentences;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What answers when an article was published: the article's head (its date line, its title and its
 * opening paragraph), where it says so, unless the question names something only one other
 * paragraph tells ("the piece with the BRIC postscript"), which then shows which article is meant.
 */
final class ArticleHead {
  private static final DateTimeFormatter DATE_LINE =
      DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);

  private ArticleHead() {}

  /**
   * Whether the question names something {@code hit}'s passage tells and no other paragraph of its
   * article, nor its title, does.
   */
  static boolean pointsAt(QuestionQuery query, PassageHit hit) {
    List<Set<String>> passages = hit.article().passages();
    int own = hit.passage().position();
    if (own == 0 || own >= passages.size()) {
      return false;
    }
    for (Concept concept : query.concepts()) {
      if (concept.coverage(passages.get(own)) < 1f || concept.coverage(hit.article().title()) > 0) {
        continue;
      }
      boolean elsewhere = false;
      for (int i = 0; i < passages.size() && !elsewhere; i++) {
        elsewhere = i != own && concept.coverage(passages.get(i)) > 0;
      }
      if (!elsewhere) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code answer} told by {@code lead}, its article's first paragraph, under the article's head.
   */
  static Answer of(Passage lead, Answer answer) {
    LocalDate published = lead.published();
    // Set apart as the article sets them apart, where chat shows one line.
    String head = DATE_LINE.format(published) + " — " + lead.title() + " — ";
    List<Sentences.Span> sentences = Sentences.split(lead.text());
    String opening = sentences.isEmpty() ? lead.text() : sentences.get(0).of(lead.text());
    return new Answer(
        lead.id(),
        head + lead.text(),
        opening,
        answer.date(),
        published,
        lead.title(),
        lead.source(),
        lead.url(),
        answer.score(),
        answer.confidence(),
        answer.event());
  }
}
