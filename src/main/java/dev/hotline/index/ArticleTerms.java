package dev.hotline.index;

import java.util.List;
import java.util.Set;

/**
 * What an article is about, in analysed terms: its title, the descriptions of the key events it
 * lists, its whole text, and each of its passages in order.
 */
public record ArticleTerms(
    String articleId,
    Set<String> title,
    Set<String> keyEvents,
    Set<String> body,
    List<Set<String>> passages) {
  public ArticleTerms {
    title = TermSet.copyOf(title);
    keyEvents = TermSet.copyOf(keyEvents);
    body = TermSet.copyOf(body);
    passages = List.copyOf(passages);
  }
}
