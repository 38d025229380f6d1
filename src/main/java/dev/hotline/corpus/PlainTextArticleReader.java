package dev.hotline.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Reads plain-text articles as web pages are saved: the publication date on the first line, the
 * title (a repeated title line counts once), then paragraphs; the site's trailing boilerplate
 * ("Image credit…", "About Us", "Our Contacts" and what follows) is left out, though it names the
 * site ("Russian Life is a publication of…"), which becomes the article's source. A picture's
 * caption is kept with the paragraph before it: it is what people see beside that paragraph, and
 * ask about ("what were they pretending in that pic").
 */
public final class PlainTextArticleReader implements ArticleReader {
  /** A line that starts the site's own text, after which nothing belongs to the article. */
  private static final Pattern BOILERPLATE =
      Pattern.compile(
          "^(Image credits?|Photo credits?|Images?:|About Us|Our Contacts|Contact Us|Share this"
              + "|Subscribe|Related (articles|posts)|Tags:|Comments|Copyright|©).*",
          Pattern.CASE_INSENSITIVE);

  /**
   * A site introducing itself in its "About" text: a capitalised name of up to five words, then "is
   * a", "is an" or "is the".
   */
  private static final Pattern SITE_INTRODUCED =
      Pattern.compile(
          "^(\\p{Lu}[\\p{L}\\p{N}'’&.-]*(?: \\p{Lu}[\\p{L}\\p{N}'’&.-]*){0,4}) is (?:a|an|the) .*");

  /** Paragraph text ends like a sentence; a caption under a picture usually does not. */
  private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?:;\"”’)]$");

  private static final int CAPTION_MAX_WORDS = 20;

  @Override
  public List<Article> read(Path file, String id, Consumer<CorpusProblem> problems)
      throws IOException, ArticleFormatException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    int index = skipBlank(lines, 0);
    if (index >= lines.size()) {
      throw new ArticleFormatException("the file is empty", 0);
    }
    String dateLine = Text.normalizeSpace(stripBom(lines.get(index)));
    LocalDate published =
        PublicationDate.parse(dateLine)
            .orElseThrow(
                () ->
                    new ArticleFormatException(
                        "the first line should be the publication date (e.g. \"February 14,"
                            + " 2015\"), but is \""
                            + abbreviate(dateLine)
                            + "\"",
                        1 + skipBlank(lines, 0)));
    index = skipBlank(lines, index + 1);
    if (index >= lines.size()) {
      throw new ArticleFormatException("there is no title after the date", index + 1);
    }
    String title = Text.normalizeSpace(lines.get(index));
    index = skipBlank(lines, index + 1);
    if (index < lines.size() && Text.normalizeSpace(lines.get(index)).equals(title)) {
      index = skipBlank(lines, index + 1);
    }
    int boilerplate = boilerplateStart(lines, index);
    List<String> paragraphs = paragraphs(lines, index, boilerplate);
    if (paragraphs.isEmpty()) {
      throw new ArticleFormatException("the article has a title but no body text", index + 1);
    }
    String site = siteName(lines, boilerplate);
    return List.of(new Article(id, title, published, site, null, "", paragraphs, List.of()));
  }

  /** Where the site's own text starts: the first boilerplate line, or the end. */
  private static int boilerplateStart(List<String> lines, int from) {
    int i = from;
    while (i < lines.size() && !BOILERPLATE.matcher(lines.get(i).strip()).matches()) {
      i++;
    }
    return i;
  }

  /** The name the site's own text introduces itself by, or "" when it names none. */
  private static String siteName(List<String> lines, int boilerplate) {
    for (int i = boilerplate; i < lines.size(); i++) {
      var introduced = SITE_INTRODUCED.matcher(Text.normalizeSpace(lines.get(i)));
      if (introduced.matches()) {
        return introduced.group(1);
      }
    }
    return "";
  }

  private static List<String> paragraphs(List<String> lines, int from, int to) {
    List<String> paragraphs = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (int i = from; i < to; i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty()) {
        flush(current, paragraphs);
      } else {
        current.append(current.isEmpty() ? "" : " ").append(line);
      }
    }
    flush(current, paragraphs);
    return paragraphs;
  }

  /** Adds the paragraph read so far; a caption joins the paragraph before it, if there is one. */
  private static void flush(StringBuilder current, List<String> paragraphs) {
    String paragraph = Text.normalizeSpace(current.toString());
    current.setLength(0);
    if (paragraph.isEmpty()) {
      return;
    }
    if (isCaption(paragraph) && !paragraphs.isEmpty()) {
      paragraphs.set(paragraphs.size() - 1, paragraphs.getLast() + " " + paragraph);
    } else {
      paragraphs.add(paragraph);
    }
  }

  private static boolean isCaption(String paragraph) {
    return !SENTENCE_END.matcher(paragraph).matches()
        && paragraph.split(" ").length <= CAPTION_MAX_WORDS;
  }

  private static int skipBlank(List<String> lines, int from) {
    int i = from;
    while (i < lines.size() && lines.get(i).isBlank()) {
      i++;
    }
    return i;
  }

  private static String stripBom(String line) {
    return line.startsWith("\uFEFF") ? line.substring(1) : line;
  }

  private static String abbreviate(String text) {
    return text.length() > 60 ? text.substring(0, 57) + "..." : text;
  }
}
