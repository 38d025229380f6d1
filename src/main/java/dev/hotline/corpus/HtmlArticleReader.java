package dev.hotline.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a saved HTML page: the title from Open Graph or {@code <title>}, the publication date from
 * the usual meta tags or {@code <time>}, and the paragraphs of the main text, leaving out
 * navigation, headers, footers and asides. A figure's caption is kept with the paragraph before it,
 * as the plain-text reader keeps a picture's caption.
 */
public final class HtmlArticleReader implements ArticleReader {
  private static final List<String> DATE_SELECTORS =
      List.of(
          "meta[property=article:published_time]",
          "meta[name=article:published_time]",
          "meta[itemprop=datePublished]",
          "meta[name=date]",
          "meta[name=dc.date]",
          "meta[name=DC.date.issued]",
          "meta[name=pubdate]",
          "meta[name=publish-date]",
          "time[datetime]");

  @Override
  public List<Article> read(Path file, String id, Consumer<CorpusProblem> problems)
      throws IOException, ArticleFormatException {
    Document page = Jsoup.parse(file.toFile(), null);
    page.select("script, style, nav, header, footer, aside, form, noscript").remove();
    String title =
        firstNonBlank(
            attr(page, "meta[property=og:title]", "content"), page.title(), text(page, "h1"));
    if (title == null) {
      throw new ArticleFormatException("the page has no title (og:title, <title> or <h1>)", 0);
    }
    Element main = firstPresent(page, "article", "main", "[role=main]", "body");
    List<String> paragraphs = new ArrayList<>();
    if (main != null) {
      for (Element p : main.select("p, blockquote, figcaption")) {
        String text = Text.normalizeSpace(p.text());
        boolean caption = p.tagName().equals("figcaption");
        // A figure's other text is a credit line or the like.
        if (text.isEmpty()
            || p.parents().stream()
                .anyMatch(parent -> holdsItsText(parent) || !caption && parent.is("figure"))) {
          continue;
        }
        if (caption && !paragraphs.isEmpty()) {
          paragraphs.set(paragraphs.size() - 1, paragraphs.getLast() + " " + text);
        } else {
          paragraphs.add(text);
        }
      }
    }
    if (paragraphs.isEmpty()) {
      throw new ArticleFormatException("the page has no paragraphs of text", 0);
    }
    String url =
        firstNonBlank(
            attr(page, "link[rel=canonical]", "href"),
            attr(page, "meta[property=og:url]", "content"));
    String source = attr(page, "meta[property=og:site_name]", "content");
    return List.of(
        new Article(
            id,
            Text.normalizeSpace(title),
            published(page),
            source,
            url,
            "",
            paragraphs,
            List.of()));
  }

  /** An element whose text is read whole, with the paragraphs inside it. */
  private static boolean holdsItsText(Element parent) {
    return parent.tagName().equals("blockquote") || parent.tagName().equals("figcaption");
  }

  private static LocalDate published(Document page) {
    for (String selector : DATE_SELECTORS) {
      Element element = page.selectFirst(selector);
      if (element != null) {
        String value =
            element.hasAttr("content") ? element.attr("content") : element.attr("datetime");
        var date = PublicationDate.parse(value);
        if (date.isPresent()) {
          return date.get();
        }
      }
    }
    return null;
  }

  private static Element firstPresent(Document page, String... selectors) {
    for (String selector : selectors) {
      Element element = page.selectFirst(selector);
      if (element != null) {
        return element;
      }
    }
    return null;
  }

  private static String attr(Document page, String selector, String attribute) {
    Element element = page.selectFirst(selector);
    return element == null ? null : element.attr(attribute);
  }

  private static String text(Document page, String selector) {
    Element element = page.selectFirst(selector);
    return element == null ? null : element.text();
  }

  private static String firstNonBlank(String... values) {
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        return value;
      }
    }
    return null;
  }
}
