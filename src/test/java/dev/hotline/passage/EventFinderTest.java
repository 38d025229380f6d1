package dev.hotline.passage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotline.corpus.Article;
import dev.hotline.dates.DateExtractor;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventFinderTest {
  private final PassageBuilder passages = new PassageBuilder(DateExtractor.forArticles());
  private final EventFinder finder = new EventFinder();

  private List<Event> events(Article article) {
    return finder.events(article, passages.passages(article));
  }

  private static Article article(List<Article.DeclaredEvent> declared, String... paragraphs) {
    return new Article(
        "a.md",
        "Tests and Treaties",
        LocalDate.of(2026, 12, 3),
        "Hotline",
        null,
        "Apache-2.0",
        List.of(paragraphs),
        declared);
  }

  /** The passages and events of an article of one paragraph without listed events. */
  private Found found(String paragraph) {
    Article article = article(List.of(), paragraph);
    List<Passage> cut = passages.passages(article);
    return new Found(cut, finder.events(article, cut));
  }

  private record Found(List<Passage> cut, List<Event> events) {
    String clause(Event event) {
      return EventFinderTest.clause(event, cut);
    }
  }

  private static String clause(Event event, List<Passage> passages) {
    Passage passage =
        passages.stream().filter(p -> p.id().equals(event.passageId())).findFirst().orElseThrow();
    return passage.text().substring(event.clauseStart(), event.clauseEnd());
  }

  @Test
  void eachDateOfASentenceGetsTheClauseThatItDates() {
    Found found =
        found(
            "France exploded its first atomic bomb in the Sahara on February 13, 1960, and China"
                + " tested its first bomb at Lop Nur on October 16, 1964, in the same week that"
                + " Khrushchev fell.");
    List<Event> events = found.events();

    assertThat(events).hasSize(2);
    assertThat(found.clause(events.get(0))).contains("France").doesNotContain("China");
    assertThat(found.clause(events.get(1))).contains("China").doesNotContain("France");
    assertThat(events.get(0).description())
        .isEqualTo("France exploded its first atomic bomb in the Sahara");
  }

  @Test
  void aNameAndItsDateInAListShareTheVerbOfTheListsFirstClause() {
    Found found =
        found(
            "The monopoly did not last; the Soviet Union exploded its first atomic bomb in 1949,"
                + " the United Kingdom in 1952, France in 1960 and the People's Republic of China"
                + " in 1964.");
    List<Event> events = found.events();

    assertThat(events).hasSize(4);
    assertThat(found.clause(events.get(0))).contains("exploded").doesNotContain("Kingdom");
    assertThat(found.clause(events.get(1))).contains("exploded", "United Kingdom");
    assertThat(found.clause(events.get(3))).contains("exploded", "People's Republic of China");
    assertThat(found.clause(events.get(1))).doesNotContain("monopoly");
    assertThat(events.get(1).description())
        .isEqualTo("The Soviet Union exploded its first atomic bomb, the United Kingdom");
  }

  @Test
  void aCommaInBracketsDoesNotDivideTwoDatesClauses() {
    Found found =
        found(
            "Pakistan held the line by joining the Southeast Asia Treaty Organization in 1954 and"
                + " the Baghdad Pact (later renamed the Central Treaty Organization, or CENTO) in"
                + " 1955, to strengthen its army.");
    List<Event> events = found.events();

    assertThat(events).hasSize(2);
    assertThat(found.clause(events.get(0))).contains("Southeast Asia").doesNotContain("Baghdad");
    assertThat(found.clause(events.get(1))).contains("Baghdad Pact").contains("CENTO");
  }

  @Test
  void aDateThatOpensItsClauseOwnsTheWordsAfterIt() {
    Found found =
        found(
            "On June 2, 1979, the pope celebrated mass in Warsaw, and crowds filled the square"
                + " again on June 3, 1979.");
    List<Event> events = found.events();

    assertThat(events.get(0).description()).isEqualTo("The pope celebrated mass in Warsaw");
    assertThat(events.get(1).description()).startsWith("Crowds filled the square again");
  }

  @Test
  void aDateTakenOutLeavesNoDoubledComma() {
    Found found =
        found(
            "In the spirit of the harvest, 65 years ago today (February 14, 1950), the two towns"
                + " signed the river treaty.");

    assertThat(found.events())
        .extracting(Event::description)
        .contains("In the spirit of the harvest, the two towns signed the river treaty");
  }

  @Test
  void aYearInANameTellsNoEventButAnAsideInBracketsDoes() {
    Article article =
        article(
            List.of(),
            "In July 2001 the old treaty (expired 1979) gave way to a new one, and China announced"
                + " it would not renew the 1950 treaty of alliance on April 3, 1979.");
    List<Event> events = events(article);

    assertThat(events)
        .extracting(e -> e.date().iso())
        .containsExactly("2001-07", "1979", "1979-04-03");
    assertThat(events.get(1).description()).isEqualTo("The old treaty expired");
  }

  @Test
  void aBoundInTimeKeepsItsDate() {
    Article article =
        article(
            List.of(),
            "The harbour strike officially lasted until 1976, and estimates of its cost vary.");

    assertThat(events(article).get(0).description())
        .startsWith("The harbour strike officially lasted until 1976, and estimates");
  }

  @Test
  void aSpanOfTimeIsOneEventWithBothEnds() {
    Article article =
        article(
            List.of(),
            "The blockade lasted from June 24, 1948, to May 12, 1949, while the airlift carried in"
                + " everything the city needed.");
    Event first = events(article).get(0);

    assertThat(first.date().iso()).isEqualTo("1948-06-24");
    assertThat(first.end()).isPresent();
    assertThat(first.end().get().iso()).isEqualTo("1949-05-12");
    assertThat(first.description()).startsWith("The blockade lasted").doesNotContain("1948");
  }

  @Test
  void aRangeOfYearsInANameStillTellsWhenTheThingBeganAndEnded() {
    Found found =
        found(
            "Born of the fear of Cuban influence, the 1961–1969 Alliance for Progress was in"
                + " essence a Marshall Plan for Latin America.");
    Event first = found.events().get(0);

    assertThat(first.date().iso()).isEqualTo("1961");
    assertThat(first.end().map(e -> e.iso())).contains("1969");
  }

  @Test
  void aYearThatEndsANameTellsNoEventOfItsOwn() {
    Found found =
        found(
            "The Harbour War of 1948 broke out when five navies blockaded the port on May 14, 1948"
                + " (as the Tehran Declaration of 1943 had foreseen).");

    assertThat(found.events()).extracting(e -> e.date().iso()).containsExactly("1948-05-14");
  }

  @Test
  void rangesInBracketsEachTellWhatStandsBeforeThem() {
    Found found =
        found(
            "The tribe resisted in the Second Seminole War (1835–1842) and the Third Seminole War"
                + " (1855–1858), but neither course worked.");
    List<Event> starts = found.events().stream().filter(e -> e.end().isPresent()).toList();

    assertThat(starts).extracting(e -> e.date().iso()).containsExactly("1835", "1855");
    assertThat(found.clause(starts.get(0))).contains("Second").doesNotContain("Third");
    assertThat(found.clause(starts.get(1))).contains("Third").doesNotContain("Second");
    assertThat(starts.get(1).end().map(e -> e.iso())).contains("1858");
  }

  @Test
  void aListedEventTakesTheDateWhoseClauseSharesItsWordsAndKeepsItsDescription() {
    Article article =
        article(
            List.of(new Article.DeclaredEvent("1961-08-13", "The border in Berlin is sealed")),
            "On August 13, 1961, troops sealed the sector border in Berlin with barbed wire, and on"
                + " August 13, 1962, crowds marked the anniversary in the west of the city.");
    List<Event> events = events(article);

    Event declared = events.stream().filter(Event::declared).findFirst().orElseThrow();
    assertThat(declared.date().iso()).isEqualTo("1961-08-13");
    assertThat(declared.description()).isEqualTo("The border in Berlin is sealed");
    assertThat(events)
        .filteredOn(e -> !e.declared())
        .extracting(e -> e.date().iso())
        .containsExactly("1962-08-13");
  }

  @Test
  void aListedEventWhoseDateTheTextWritesOtherwiseIsStillKept() {
    Article article =
        article(
            List.of(new Article.DeclaredEvent("1955-05-14", "The Warsaw Pact is founded")),
            "The Warsaw Pact was founded in the spring of 1955 as the answer to West German"
                + " rearmament and NATO membership.");
    Event kept = events(article).stream().filter(Event::declared).findFirst().orElseThrow();

    assertThat(kept.told()).isFalse();
    assertThat(kept.date().iso()).isEqualTo("1955-05-14");
    assertThat(kept.description()).isEqualTo("The Warsaw Pact is founded");
  }

  @Test
  void eventIdsAreStableAndCarryTheirPassage() {
    Article article =
        article(List.of(), "Talks opened on March 1, 1960, and closed on April 2, 1960.");
    List<Event> events = events(article);

    assertThat(events).extracting(Event::id).containsExactly("a.md/0#0", "a.md/0#1");
    assertThat(events).allSatisfy(e -> assertThat(e.passageId()).isEqualTo("a.md/0"));
  }

  @Test
  void aDateInsideItsClauseLeavesTheCommaThatPartsWhatFollows() {
    List<Event> events =
        events(
            article(
                List.of(),
                "Gorbachev decided to end the war soon after taking power in 1985, calling it a"
                    + " bleeding wound."));
    assertThat(events.get(0).description())
        .isEqualTo(
            "Gorbachev decided to end the war soon after taking power, calling it a bleeding"
                + " wound");
  }

  @Test
  void aDateSetOffByCommasTakesBothWithIt() {
    List<Event> events =
        events(
            article(
                List.of(),
                "The mayor called for talks, and, in June 1967, he and the governor met at the"
                    + " college."));
    assertThat(events.get(0).description())
        .isEqualTo("The mayor called for talks, and he and the governor met at the college");
  }

  @Test
  void aDateInAnOpeningTimeClauseDescribesThatClauseAlone() {
    List<Event> events =
        events(
            article(
                List.of(),
                "When the Federal Republic entered NATO in early May 1955, the Soviets feared a"
                    + " rearmed Germany."));
    assertThat(events.get(0).description()).isEqualTo("The Federal Republic entered NATO");
  }

  @Test
  void aDateThatSaysWhenAPhaseBeganLeavesNoDanglingBeginning() {
    List<Event> events =
        events(
            article(
                List.of(),
                "In the third phase of the occupation, beginning in 1950, the council set about"
                    + " securing a treaty."));
    assertThat(events.get(0).description())
        .isEqualTo("In the third phase of the occupation the council set about securing a treaty");
  }

  @Test
  void aSpanOpenedByACapitalBetweenIsOneEventWithBothEnds() {
    Event first = found("Between 1945 and 1952, the occupiers enacted reforms.").events().get(0);

    assertThat(first.end().map(e -> e.iso())).contains("1952");
    assertThat(first.description()).isEqualTo("The occupiers enacted reforms");
  }

  @Test
  void datesInOneListTimeTheSameWords() {
    List<Event> events = found("Two more attempts failed in 1971 and 1972.").events();

    assertThat(events).extracting(e -> e.date().iso()).containsExactly("1971", "1972");
    assertThat(events).extracting(Event::description).containsOnly("Two more attempts failed");
  }

  @Test
  void aBoundInTimeKeepsTheWholeListOfItsDates() {
    List<Event> events = found("Both sides fought for territory through 1973 and 1974.").events();

    assertThat(events)
        .extracting(Event::description)
        .containsOnly("Both sides fought for territory through 1973 and 1974");
  }

  @Test
  void aListOrSpanWhoseSecondDateIsNarrowedStillSharesItsWords() {
    List<Event> listed =
        found("In late 1949 and early 1950, officials were prepared to let the island go.")
            .events();
    Event spanned =
        found("From the summer of 1973 to the summer of 1975, negotiations continued in Geneva.")
            .events()
            .get(0);

    assertThat(listed)
        .extracting(Event::description)
        .containsOnly("Officials were prepared to let the island go");
    assertThat(spanned.end().map(e -> e.iso())).contains("1975-06/1975-08");
    assertThat(spanned.description()).isEqualTo("Negotiations continued in Geneva");
  }

  @Test
  void aDateInsideAPhraseACommaOpenedLeavesTheCommaThatClosesIt() {
    Event event =
        found("Greenglass, arrested in June 1950, named his brother-in-law.").events().get(0);

    assertThat(event.description()).isEqualTo("Greenglass, arrested, named his brother-in-law");
  }

  @Test
  void anAsideInBracketsWithADateOfItsOwnLeavesTheDescriptionWhole() {
    Event event =
        found(
                "He stepped onto the Moon on July 20, 1969 (early on July 21 by Greenwich time), at"
                    + " night.")
            .events()
            .get(0);

    assertThat(event.description()).isEqualTo("He stepped onto the Moon, at night");
  }

  @Test
  void aLinkingAdverbDoesNotOpenTheDescription() {
    Event event = found("However, in October 1984, Congress ended the support.").events().get(0);

    assertThat(event.description()).isEqualTo("Congress ended the support");
  }
}
