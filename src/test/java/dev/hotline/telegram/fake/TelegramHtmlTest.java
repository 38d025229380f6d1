package dev.hotline.telegram.fake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TelegramHtmlTest {

  @Test
  void tagsBecomeEntitiesOverThePlainText() {
    TelegramHtml.Formatted formatted = TelegramHtml.parse("<b>1961</b>: the <i>Wall</i>");

    assertEquals("1961: the Wall", formatted.text());
    assertEquals(
        List.of(new TextEntity("bold", 0, 4), new TextEntity("italic", 10, 4)),
        formatted.entities());
  }

  @Test
  void offsetsCountUtf16UnitsSoAnEmojiCountsTwo() {
    TelegramHtml.Formatted formatted = TelegramHtml.parse("🚀 <b>Sputnik</b>");

    assertEquals(new TextEntity("bold", 3, 7), formatted.entities().get(0));
  }

  @Test
  void characterReferencesAreDecoded() {
    TelegramHtml.Formatted formatted =
        TelegramHtml.parse("NATO &amp; Warsaw Pact &lt;1955&gt; &#8212; &quot;x&quot; & more");

    assertEquals("NATO & Warsaw Pact <1955> — \"x\" & more", formatted.text());
  }

  @Test
  void linksAndPreWithLanguageCarryTheirAttributes() {
    TelegramHtml.Formatted formatted =
        TelegramHtml.parse(
            "<a href=\"https://example.org/?a=1&amp;b=2\">source</a> <pre><code"
                + " class=\"language-text\">x</code></pre>");

    assertEquals(
        List.of(
            new TextEntity("text_link", 0, 6, Map.of("url", "https://example.org/?a=1&b=2")),
            new TextEntity("pre", 7, 1, Map.of("language", "text"))),
        formatted.entities());
  }

  @Test
  void nestedEntitiesAreOrderedByOffsetThenLongestFirst() {
    TelegramHtml.Formatted formatted = TelegramHtml.parse("<b><i>Cuba</i> 1962</b>");

    assertEquals(
        List.of(new TextEntity("bold", 0, 9), new TextEntity("italic", 0, 4)),
        formatted.entities());
  }

  @Test
  void unescapedLessThanIsRefused() {
    ApiFailureException unclosed =
        assertThrows(ApiFailureException.class, () -> TelegramHtml.parse("troops <1000"));
    ApiFailureException unknown =
        assertThrows(ApiFailureException.class, () -> TelegramHtml.parse("1 <2> 3"));

    assertEquals(400, unclosed.failure().errorCode());
    assertTrue(unclosed.failure().description().startsWith("Bad Request: can't parse entities: "));
    assertTrue(
        unknown.failure().description().endsWith("Unsupported start tag \"2\" at byte offset 2"));
  }

  @Test
  void unsupportedTagIsRefusedWithItsByteOffset() {
    ApiFailureException failure =
        assertThrows(ApiFailureException.class, () -> TelegramHtml.parse("é<div>x</div>"));

    assertTrue(
        failure.failure().description().endsWith("Unsupported start tag \"div\" at byte offset 2"));
  }

  @Test
  void unclosedAndMismatchedTagsAreRefused() {
    assertThrows(ApiFailureException.class, () -> TelegramHtml.parse("<b>never closed"));
    assertThrows(ApiFailureException.class, () -> TelegramHtml.parse("<b><i>crossed</b></i>"));
    assertThrows(ApiFailureException.class, () -> TelegramHtml.parse("stray</b>"));
  }

  @Test
  void spanNeedsTheSpoilerClass() {
    assertEquals(
        List.of(new TextEntity("spoiler", 0, 6)),
        TelegramHtml.parse("<span class=\"tg-spoiler\">secret</span>").entities());
    assertThrows(ApiFailureException.class, () -> TelegramHtml.parse("<span>plain</span>"));
  }
}
