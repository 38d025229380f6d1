package dev.hotline.telegram.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The checker itself: it must accept what Telegram accepts and catch each way of breaking the
 * rules.
 */
class TelegramHtmlRulesTest {

  @Test
  void acceptsSupportedTagsLinksAndEntities() {
    String html =
        "<b>1961</b> <i>Wall</i> &amp; <code>x</code> <blockquote>q</blockquote> <a"
            + " href=\"https://example.org/?a=1&amp;b=&quot;2&quot;\">src</a> &lt;&gt; &#8212;"
            + " &#x1F680; 🚀";

    assertThat(TelegramHtmlRules.violations(html)).isEmpty();
    assertThat(TelegramHtmlRules.visibleText(html)).isEqualTo("1961 Wall & x q src <> — 🚀 🚀");
  }

  @Test
  void catchesEveryUnescapedSpecialCharacter() {
    assertThat(TelegramHtmlRules.violations("troops <1000")).isNotEmpty();
    assertThat(TelegramHtmlRules.violations("1 < 2 > 0")).isNotEmpty();
    assertThat(TelegramHtmlRules.violations("a > b")).isNotEmpty();
    assertThat(TelegramHtmlRules.violations("NATO & Warsaw")).isNotEmpty();
    assertThat(TelegramHtmlRules.violations("&nbsp;")).isNotEmpty();
  }

  @Test
  void catchesUnsupportedTagsAttributesAndBadLinks() {
    assertThat(TelegramHtmlRules.violations("<div>x</div>")).isNotEmpty();
    assertThat(TelegramHtmlRules.violations("<b class=\"x\">x</b>")).isNotEmpty();
    assertThat(TelegramHtmlRules.violations("<a>x</a>")).isNotEmpty();
    assertThat(TelegramHtmlRules.violations("<a href='x'>x</a>")).isNotEmpty();
    assertThat(TelegramHtmlRules.violations("<a href=\"x\" onclick=\"y\">x</a>")).isNotEmpty();
    assertThat(TelegramHtmlRules.violations("<a href=\"?a=1&b=2\">x</a>")).isNotEmpty();
  }

  @Test
  void catchesUnbalancedTags() {
    assertThat(TelegramHtmlRules.violations("<b>open")).isNotEmpty();
    assertThat(TelegramHtmlRules.violations("<b><i>x</b></i>")).isNotEmpty();
    assertThat(TelegramHtmlRules.violations("x</b>")).isNotEmpty();
  }

  @Test
  void countsParsedTextInUtf16Units() {
    String emoji = "🚀".repeat(2048); // 4096 UTF-16 units
    assertThat(TelegramHtmlRules.violations("<b>" + emoji + "</b>")).isEmpty();
    assertThat(TelegramHtmlRules.violations(emoji + "x")).isNotEmpty();
    assertThat(TelegramHtmlRules.violations("&amp;".repeat(4096))).isEmpty();
    assertThat(TelegramHtmlRules.violations("&amp;".repeat(4097))).isNotEmpty();
  }

  @Test
  void catchesLoneSurrogatesControlsAndEmptyText() {
    assertThat(TelegramHtmlRules.violations("x\uD800y")).isNotEmpty();
    assertThat(TelegramHtmlRules.violations("x\u0000y")).isNotEmpty();
    assertThat(TelegramHtmlRules.violations("<b> </b>")).isNotEmpty();
  }
}
