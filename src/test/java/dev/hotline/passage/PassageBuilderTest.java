package dev.hotline.passage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotline.corpus.Article;
import dev.hotline.corpus.PlainTextArticleReader;
import dev.hotline.dates.DateExtractor;
import dev.hotline.dates.DateMention;
import dev.hotline.testing.Articles;
import dev.hotline.testing.SharedMaterial;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PassageBuilderTest {
  private final PassageBuilder builder = new PassageBuilder(DateExtractor.forArticles());

  @Test
  void tinyParagraphsJoinTheNextAndLongOnesSplitAtSentences() {
    String tiny = "A short line.";
    String normal = words("Normal", 40) + ".";
    StringBuilder longParagraph = new StringBuilder();
    for (int i = 0; i < 30; i++) {
      longParagraph.append("Sentence number ").append(i).append(" has a few more words in it. ");
    }
    Article article =
        Articles.article("a.md", "Title", null, tiny, normal, longParagraph.toString().strip());
    List<Passage> passages = builder.passages(article);
    assertThat(passages.get(0).text()).startsWith("A short line. Normal");
    assertThat(passages).hasSizeGreaterThan(2);
    assertThat(passages)
        .allSatisfy(
            p ->
                assertThat(PassageBuilder.words(p.text()))
                    .isLessThanOrEqualTo(PassageBuilder.MAX_WORDS));
    assertThat(passages.subList(1, passages.size()))
        .allSatisfy(p -> assertThat(p.text()).endsWith("."));
  }

  @Test
  void anUndatedParagraphToldInThePresentIsDatedByPublication() {
    Article article =
        Articles.article(
            "a.md",
            "Title",
            LocalDate.of(2015, 2, 14),
            "The old treaty (expired 1979) was replaced in July 2001 by a new one between the two"
                + " neighbours, who had long since stopped quarrelling over their border.",
            "Postscript: Now the two countries are part of a group of fast-growing economies, and"
                + " they have gone so far as to collaborate on currency against the dollar.",
            "The old rivals now faced a harder choice than ever, and the quarrel went on for years"
                + " after the treaty had been signed by both sides in the capital.");
    List<Passage> passages = builder.passages(article);
    assertThat(passages.get(1).leadingDate().iso()).isEqualTo("2015");
    // The historian's "now" tells the past: the last date named still stands.
    assertThat(passages.get(2).leadingDate().iso()).isEqualTo("2001-07");
  }

  @Test
  void idsAreStableAndCarryTheArticle() {
    Article article =
        Articles.article(
            "folder/a.md", "Title", LocalDate.of(2020, 1, 1), words("One", 30), words("Two", 30));
    List<Passage> first = builder.passages(article);
    List<Passage> second = builder.passages(article);
    assertThat(first).extracting(Passage::id).containsExactly("folder/a.md/0", "folder/a.md/1");
    assertThat(second).extracting(Passage::id).isEqualTo(first.stream().map(Passage::id).toList());
    assertThat(first.get(1).title()).isEqualTo("Title");
    assertThat(first.get(1).url()).isEqualTo("https://example.org/folder/a.md");
    assertThat(first.get(1).published()).isEqualTo(LocalDate.of(2020, 1, 1));
  }

  @Test
  void relativeDatesCountFromTheDateInAnEarlierParagraph() {
    Article article =
        Articles.article(
            "a.md",
            "Title",
            null,
            "The treaty was signed in 1950 after long talks between the two governments in the"
                + " capital city, where delegations had met for many weeks of hard bargaining.",
            "Three years later the leader died, and the alliance began to change in ways that few"
                + " of the diplomats on either side had foreseen at all.");
    List<Passage> passages = builder.passages(article);
    assertThat(passages.get(1).dates()).extracting(DateMention::iso).containsExactly("1953");
  }

  @Test
  void everyEventDateOfTheSeedArticleIsFound() throws Exception {
    Article seed =
        new PlainTextArticleReader().read(SharedMaterial.seed(), "seed.txt", p -> {}).get(0);
    List<String> found = new ArrayList<>();
    for (Passage passage : builder.passages(seed)) {
      passage.dates().forEach(d -> found.add(d.iso()));
    }
    assertThat(found)
        .contains("1950-02-14", "1953", "1956", "1969", "1991", "2001-07", "1979", "1960/1963");
    assertThat(found)
        .doesNotContain("0567", "1930", "1985")
        .allMatch(iso -> iso.matches("(19|20)\\d\\d.*"));
  }

  private static String words(String word, int count) {
    return (word + " ").repeat(count).strip();
  }
}
