package dev.hotline.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hotline.corpus.CorpusReader;
import dev.hotline.testing.SmallIndex;
import dev.hotline.testing.TestCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PassageIndexTest {
  @TempDir Path dir;

  @Test
  void findsPassagesByConceptsWithSynonymsAndMisspellings() throws IOException {
    IndexLocation location = TestCorpus.index(dir);
    try (PassageIndex index = PassageIndex.open(location, Synonyms.bundled())) {
      assertThat(index.passageCount()).isEqualTo(12);
      assertThat(index.articleCount()).isEqualTo(6);
      assertThat(index.titles()).contains("The Berlin Wall", "Sputnik");

      QuestionQuery borderWar =
          index.questionQuery("when did the border war happen?").orElseThrow();
      assertThat(borderWar.concepts()).hasSize(1);
      List<PassageHit> hits = index.search(borderWar, Optional.empty(), 3);
      assertThat(hits.get(0).passage().text()).contains("Zhenbao");
      assertThat(hits.get(0).matches()).isNotEmpty();

      QuestionQuery misspelt = index.questionQuery("what did khruschev denounce").orElseThrow();
      assertThat(index.search(misspelt, Optional.empty(), 1).get(0).passage().text())
          .contains("secret speech");

      QuestionQuery typo = index.questionQuery("sputnick laika").orElseThrow();
      assertThat(index.search(typo, Optional.empty(), 1).get(0).passage().title())
          .isEqualTo("Sputnik");
    }
  }

  @Test
  void theDeedIsTheVerbADoQuestionTurnsOn() throws IOException {
    IndexLocation location = TestCorpus.index(dir);
    try (PassageIndex index = PassageIndex.open(location, Synonyms.bundled())) {
      assertThat(deed(index, "when did the cia trained exiles land in cuba")).isEqualTo("land");
      assertThat(deed(index, "when did the cia trained exiles actually land in cuba"))
          .as("an adverb between the subject and its verb")
          .isEqualTo("land");
      assertThat(deed(index, "when did angola become independent")).isNull();
      assertThat(deed(index, "why does the article bring up berlin"))
          .as("'the article' is no verb, and 'bring up' is no bringing")
          .isNull();
      assertThat(deed(index, "why did new zealand fall out of anzus")).isNull();
      assertThat(deed(index, "when did nixon make his trip to china"))
          .as("a light verb: the trip is what was done")
          .isNull();
      assertThat(deed(index, "when was the wall built")).isNull();
      assertThat(deed(index, "what day did the siege of port berlin begin"))
          .as("after a preposition, a verb's spelling is a noun's")
          .isNull();
    }
  }

  private static String deed(PassageIndex index, String question) {
    QuestionQuery query = index.questionQuery(question).orElseThrow();
    return query.deed() < 0 ? null : query.concepts().get(query.deed()).word();
  }

  @Test
  void twoKnownWordsRunTogetherAreReadAsBoth() throws IOException {
    IndexLocation location = TestCorpus.index(dir);
    try (PassageIndex index = PassageIndex.open(location, Synonyms.bundled())) {
      QuestionQuery runTogether = index.questionQuery("when did the berlinwall open").orElseThrow();
      assertThat(runTogether.unknownShare()).isZero();
      assertThat(index.search(runTogether, Optional.empty(), 1).get(0).passage().title())
          .isEqualTo("The Berlin Wall");
      assertThat(index.questionQuery("xqzvwk berlin").orElseThrow().unknownShare()).isPositive();
      // A slip in a question word is not a word Hotline has never read.
      assertThat(index.questionQuery("wehre was sputnik launched").orElseThrow().unknownShare())
          .isZero();
      // A stop word is no run-together pair, however its halves read ("star ted").
      assertThat(index.questionQuery("when was it started sputnik").orElseThrow().concepts())
          .hasSize(1);
    }
  }

  @Test
  void aNameIsNotReadAsAQuestionWordOneSlipAway() throws IOException {
    try (PassageIndex index =
        oneArticle(
            "letter-short",
            "The Beijing Visit",
            "The president landed in Beijing in February 1972, and he waited an hour for the"
                + " talks.\n")) {
      // "bejing" is one slip from "being", a question word, and from "beijing", a longer word.
      QuestionQuery name =
          index.questionQuery("when did the president land in bejing").orElseThrow();
      assertThat(name.concepts()).extracting(Concept::word).contains("beje");
      assertThat(name.concepts().stream().flatMap(c -> c.terms().stream())).contains("beij");
      // A slip in a question word near a word no longer than it stays the question word.
      assertThat(conceptWords(index, "waht did the president do in beijing"))
          .doesNotContain("wait", "waht");
      // A slip keeps the first letter, or swaps the first two: "rust" is a name, not "just".
      assertThat(conceptWords(index, "when did rust land in beijing")).contains("rust");
      assertThat(index.questionQuery("hwen did the president land").orElseThrow().unknownShare())
          .isZero();
    }
  }

  @Test
  void anUnknownWordIsNotReadAsAPrefixAndAWord() throws IOException {
    try (PassageIndex index =
        oneArticle(
            "prefix",
            "The Border Truce",
            "The pre-war line held until 1962. Medics were tending the wounded in 1963.\n")) {
      String question = "when did the truce stop pretending";
      // "Pre tending" would be two known words; "pretending" is one the articles never use.
      assertThat(conceptWords(index, question)).doesNotContain("pre", "tend");
      assertThat(index.questionQuery(question).orElseThrow().unknownShare()).isPositive();
    }
  }

  @Test
  void beingBeenSupposedAndHowManyAskNothing() throws IOException {
    try (PassageIndex index =
        oneArticle(
            "being",
            "The Border Truce",
            "Being neutral, the truce has been kept as it was supposed to be.\n")) {
      assertThat(conceptWords(index, "when was the truce being kept"))
          .containsExactly("truce", "kept");
      assertThat(conceptWords(index, "how was the truce supposed to be kept"))
          .containsExactly("truce", "kept");
      // "How many" asks for a number; "many" read as a word found "man".
      assertThat(conceptWords(index, "how many times was the truce kept"))
          .containsExactly("truce", "kept");
    }
  }

  @Test
  void anIrregularVerbWeighsAsItsCommonestForm() throws IOException {
    try (PassageIndex index =
        oneArticle(
            "forms",
            "The Colonies",
            colony("Ghana became independent in 1957")
                + colony("Guinea became independent in 1958")
                + colony("Togo became independent in 1960")
                + colony("Mali would become a republic in 1960"))) {
      // "Become" stands in one passage, like "Mali", but its form "became" in three: the verb
      // tells the passages apart no better than "became" does.
      Map<String, Float> weights =
          index.questionQuery("when did mali become independent").orElseThrow().concepts().stream()
              .collect(Collectors.toMap(Concept::word, Concept::weight));
      assertThat(weights.get("becom")).isLessThan(weights.get("mali"));
      assertThat(weights.get("becom")).isEqualTo(weights.get("independ"));
    }
  }

  /** A paragraph long enough to be a passage of its own, telling {@code news}. */
  private static String colony(String news) {
    return news
        + ". The colonial governor left the capital by ship, the new flag was raised over the"
        + " assembly building, crowds filled the streets of the port, and delegations from many"
        + " countries came to the ceremonies.\n\n";
  }

  /** The words of a question's concepts, as the index reads them. */
  private static List<String> conceptWords(PassageIndex index, String question) {
    return index.questionQuery(question).orElseThrow().concepts().stream()
        .map(Concept::word)
        .toList();
  }

  /** An index of one Markdown article with {@code title} and {@code body}. */
  private PassageIndex oneArticle(String name, String title, String body) throws IOException {
    return SmallIndex.in(dir.resolve(name)).article(title, body).open();
  }

  @Test
  void aPhrasalVerbFindsTheOneWordArticlesWrite() throws IOException {
    try (PassageIndex index =
        oneArticle(
            "phrasal",
            "The Harbour Vote",
            "In April 1978 the council deferred the harbour vote, and in May it cancelled the"
                + " ferry contract. The breakdown of the ferry talks followed in June, and the"
                + " council secretly reopened them in July.\n")) {
      assertSearchedAs(index, "when did the council put off the vote", "defer");
      assertSearchedAs(index, "when was the contract called off", "cancel");
      assertSearchedAs(index, "when did the ferry talks fall apart", "breakdown");
      assertSearchedAs(index, "when did the council meet behind closed doors", "secretli");
    }
  }

  /** One article holding what the synonym cases below ask for, each in an article's words. */
  private static final String WORDS_ARTICLES_WRITE =
      "The republic's entry into the harbour league in 1955 followed its accession to the customs"
          + " union. Three years later, the councils found out that the ledger had been forged."
          + " Mayor Orsk dismissed the harbour master on May 2, 1956. The Soviet Union and"
          + " Moscow's allies agreed to the harbour talks in 1956. On May 2, 1961, the council"
          + " voted the harbour league out of existence, and the ferries it ran ceased to exist"
          + " within a year. The Six-Day Strike shut the harbour in 1957, and the crackdown on"
          + " the strikers followed. The two ports vied for the ferry trade. Mayor Orsk was"
          + " assassinated in 1962, and his deputy died in 1963. The guards deposed the regent in"
          + " 1964, and the assembly stripped the governor of power in 1965. The first human to"
          + " swim the strait reached the far shore in 1966.\n";

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "when did the republic join the league | entri",
        "when did the councils learn of the forgery | found out",
        "when did orsk fire the harbour master | dismiss",
        "when did the kremlin agree | soviet union",
        "when did the kremlin agree | moscow",
        "when did russia agree | soviet union",
        "when did the harbour league collapse | out exist",
        "when did the harbour league collapse | ceas exist",
        "when did the 6 day strike end | six",
        "when was the harbour massacre | crackdown",
        "when did the ports start competing for the trade | vi",
        "when did orsk die | assassin",
        "when did the regent fall | depos",
        "when was the governor overthrown | strip power",
        "when did the first person swim the strait | human"
      })
  void aQuestionsWordFindsWhatArticlesWriteForIt(String question, String written)
      throws IOException {
    try (PassageIndex index = oneArticle("synonyms", "The Harbour League", WORDS_ARTICLES_WRITE)) {
      assertSearchedAs(index, question, written.split(" "));
    }
  }

  @Test
  void aVerbOrAnAdjectiveNoPassageHoldsIsLeftOutNotGuessedAt() throws IOException {
    try (PassageIndex index =
        oneArticle(
            "telling",
            "The Harbour League",
            "The harbour league looked bright in 1955, and its ferries ran every hour.\n")) {
      QuestionQuery rosy =
          index.questionQuery("why did the harbour league look so rosy").orElseThrow();
      assertThat(rosy.concepts()).extracting(Concept::word).doesNotContain("rosi");
      assertThat(rosy.unknownShare()).isZero();
      // A noun no passage holds may be the thing asked about, which Hotline has not read of.
      QuestionQuery kitchen =
          index.questionQuery("when was the harbour kitchen built").orElseThrow();
      assertThat(kitchen.concepts()).extracting(Concept::word).contains("kitchen");
      assertThat(kitchen.unknownShare()).isPositive();
    }
  }

  @Test
  void theVerbADoQuestionTurnsOnTellsWhatWasDoneNotWhatWasAsked() throws IOException {
    try (PassageIndex index =
        oneArticle(
            "doing",
            "The Harbour League",
            "The harbour league put a tariff on the ports in 1955 and opened its offices.\n")) {
      QuestionQuery slap =
          index.questionQuery("why did the league slap a tariff on the ports").orElseThrow();
      assertThat(slap.concepts()).extracting(Concept::word).doesNotContain("slap");
      assertThat(slap.unknownShare()).isZero();
      // The subject's first word is never the verb, and a word just before a verb is the
      // subject's: both may be the thing asked about.
      assertThat(index.questionQuery("when did hiss testify").orElseThrow().concepts())
          .extracting(Concept::word)
          .contains("hiss");
      assertThat(index.questionQuery("when did the league tunnel open").orElseThrow().concepts())
          .extracting(Concept::word)
          .contains("tunnel");
    }
  }

  /** One article holding, in the essays' words, what people type otherwise in the cases below. */
  private static final String OTHER_WORDINGS =
      "Argentine forces landed on the islands in April 1982; French and Dutch ships stood off."
          + " The league abolished the harbour tariff in 1960 and the two ports cooperated. At a"
          + " press conference in 1961 the mayor spoke of reconnaissance flights. The Office of"
          + " Strategic Services watched the shelling of Jinmen in 1954 from Guangzhou, as it had"
          + " watched the Czechoslovak coup in 1948. The league was dissolved in 1991"
          + " after demonstrations in the ports. Its pilots' guild disbanded in 1993, and"
          + " the mayor resigned. His successor arrived in 1994, and"
          + " the northern province's secession followed.\n";

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // A country and an adjective its ending does not lead to.
        "when did argentina invade the islands | argentin",
        "did france send ships | french",
        "did the netherlands send ships | dutch",
        // A phrasal verb for the verb articles write.
        "when did they get rid of the tariff | abolish",
        "when did the ports team up | cooper",
        // A short form people type.
        "when did the mayor hold a presser | press confer",
        "what recon flights | reconnaiss",
        // A place or an agency by its other name.
        "when was quemoy shelled | jinmen",
        // Artillery fire by the texts' other word for it.
        "when was jinmen bombarded | shell",
        "what did the oss watch | offic strateg servic",
        "who watched from canton | guangzhou",
        "who watched the czech coup | czechoslovak",
        // The end of a body by the verb people know for it.
        "when was the league disbanded | dissolv",
        "when was the league scrapped | dissolv",
        "when did the league break up | dissolv",
        "when was the pilots guild dissolved | disband",
        // Quitting a post is resigning it.
        "when did the mayor quit | resign",
        // Showing up is arriving.
        "when did his successor show up | arriv",
        // A verb and the noun the stemmer does not join.
        "when did the province secede | secess",
        // A protest by the word the texts use for it.
        "when were the protests in the ports | demonstr"
      })
  void aWordPeopleTypeFindsTheOneArticlesWrite(String question, String written)
      throws IOException {
    try (PassageIndex index = oneArticle("wordings", "The Harbour League", OTHER_WORDINGS)) {
      assertSearchedAs(index, question, written.split(" "));
    }
  }

  @Test
  void anAssassinationIsADeathButNotEveryDeathAnAssassination() throws IOException {
    try (PassageIndex index = oneArticle("deaths", "The Harbour League", WORDS_ARTICLES_WRITE)) {
      assertThat(index.questionQuery("when was the deputy assassinated").orElseThrow().concepts())
          .noneSatisfy(c -> assertThat(c.alternatives()).contains(List.of("di")));
    }
  }

  @Test
  void moscowAloneIsOnlyItself() throws IOException {
    try (PassageIndex index = oneArticle("moscow", "The Harbour League", WORDS_ARTICLES_WRITE)) {
      assertThat(index.questionQuery("when was the moscow summit").orElseThrow().concepts())
          .noneSatisfy(c -> assertThat(c.alternatives()).contains(List.of("soviet", "union")));
    }
  }

  @Test
  void moscowActingIsTheSovietUnion() throws IOException {
    try (PassageIndex index = oneArticle("moscow-acts", "The Harbour League", WORDS_ARTICLES_WRITE)) {
      assertThat(index.questionQuery("when did moscow lift the blockade").orElseThrow().concepts())
          .anySatisfy(c -> assertThat(c.alternatives()).contains(List.of("soviet", "union")));
    }
  }

  @Test
  void aTreatyComingIntoForceFindsTheWordsArticlesWrite() throws IOException {
    try (PassageIndex index =
        oneArticle(
            "in-force",
            "The Harbour Pact",
            "The harbour pact was signed in 1951 and entered into force in 1952.\n")) {
      assertSearchedAs(index, "when did the pact come into force", "enter", "forc");
      assertSearchedAs(index, "when did the pact come into effect", "enter", "forc");
      assertSearchedAs(index, "when did the pact take effect", "enter", "forc");
    }
  }

  @Test
  void aPlaceFindsItsAdjectiveWhereBothAreWritten() throws IOException {
    try (PassageIndex index =
        oneArticle(
            "places",
            "The Harbour Republics",
            "Croatia left the harbour league in 1991 after a Croatian referendum in May 1991.\n")) {
      assertSearchedAs(index, "when did croatia hold its referendum", "croatian");
      // A form the articles never write is not searched for.
      assertThat(index.questionQuery("when was the harbour league").orElseThrow().concepts())
          .allSatisfy(c -> assertThat(c.alternatives()).hasSize(1));
    }
  }

  @Test
  void aWordFindsTheKindredFormTheStemmerLeavesApart() throws IOException {
    try (PassageIndex index =
        oneArticle(
            "kindred",
            "The Harbour Uprising",
            "The harbour revolution of 1848 ended the old league's diplomacy. Its revolutionary"
                + " songs and diplomatic notes are kept in the archive.\n")) {
      assertSearchedAs(index, "when did the revolutionary war in the harbour start", "revolut");
      assertSearchedAs(index, "when did harbour diplomatic calm end", "diplomaci");
    }
  }

  @Test
  void aPhrasalVerbFindsTheVerbArticlesWrite() throws IOException {
    try (PassageIndex index =
        oneArticle(
            "phrasal",
            "The Harbour Coup",
            "The guards seized control of the harbour in 1950. A year later the old captain was"
                + " replaced, and the keys were transferred to the league.\n")) {
      assertSearchedAs(index, "when did the guards take over the harbour", "seiz", "control");
      assertSearchedAs(index, "who took over from the old captain", "replac");
      assertSearchedAs(index, "when were the keys handed over", "transfer");
    }
  }

  @Test
  void aVerbPeopleTypeFindsTheOneArticlesWrite() throws IOException {
    try (PassageIndex index =
        oneArticle(
            "verbs",
            "The Harbour Plan",
            "The council deferred the harbour plan in 1950. A year later the old captain was"
                + " abducted by his own guards.\n")) {
      // "Shelve" is in no passage, and would else be respelt as the nearest word that is: "shell".
      assertSearchedAs(index, "when did the council shelve the harbour plan", "defer");
      assertSearchedAs(index, "when was the captain kidnapped", "abduct");
    }
  }

  @Test
  void wordsThatOnlyPhraseAQuestionAreNotSearchedFor() throws IOException {
    try (PassageIndex index =
        oneArticle(
            "phrasing",
            "The Harbour Council",
            "The council did not think the ferry would pay, and even so it clearly ran one"
                + " itself.\n")) {
      assertThat(
              index
                  .questionQuery("what did the council even think the ferry clearly meant")
                  .orElseThrow()
                  .concepts())
          .extracting(Concept::word)
          .doesNotContain("think", "even", "clearli");
      // "When did the mayor kill himself" is not about any other "himself" in the articles.
      assertThat(index.questionQuery("why did the council run it itself").orElseThrow().concepts())
          .extracting(Concept::word)
          .doesNotContain("itself");
    }
  }

  @Test
  void favouredWordsLiftThePassagesThatHoldThem() throws IOException {
    String war =
        """
        The Zarn war began when the river towns quarrelled, and the Zarn war spread to the hills \
        within a year of the first raids on the ferries and the mills along the river.

        The surrender of Velt ended the Zarn war, and the towns along the river slowly rebuilt \
        their ferries, their mills and their markets over the next ten years of peace.
        """;
    try (PassageIndex index = oneArticle("favoured", "The River Towns", war)) {
      QuestionQuery question = index.questionQuery("zarn war").orElseThrow();
      assertThat(index.search(question, Optional.empty(), 2).get(0).passage().text())
          .startsWith("The Zarn war began");
      assertThat(
              index
                  .search(question, Optional.empty(), 2, List.of("end", "ended"), 0.5f)
                  .get(0)
                  .passage()
                  .text())
          .startsWith("The surrender of Velt");
    }
  }

  @Test
  void vagueWordsThatPadAQuestionAreNotSearchedFor() throws IOException {
    try (PassageIndex index =
        oneArticle(
            "vague",
            "The Harbour Council",
            "The whole council runs the ferry, and just so; things and stuff filled its boat.\n")) {
      assertThat(
              index
                  .questionQuery("yo so when did the whole council run the ferry, that stuff mess")
                  .orElseThrow()
                  .concepts())
          .extracting(Concept::word)
          .containsExactlyInAnyOrder("council", "run", "ferri");
    }
  }

  @Test
  void oneStandingForTheThingNamedIsNotSearchedFor() throws IOException {
    try (PassageIndex index =
        oneArticle(
            "one",
            "The Harbour Council",
            "The council replaced its old charter with a new one; one ferry ran each day.\n")) {
      assertThat(
              index
                  .questionQuery("when did the council replace the old charter with a new one")
                  .orElseThrow()
                  .concepts())
          .extracting(Concept::word)
          .containsExactlyInAnyOrder("council", "replac", "old", "charter", "new");
    }
  }

  @Test
  void aPhraseThatOnlySaysDuringIsNotSearchedFor() throws IOException {
    try (PassageIndex index =
        oneArticle(
            "during",
            "The Harbour Feud",
            "In the middle of the feud with the league, the republic reached out to the port.\n")) {
      assertThat(
              index
                  .questionQuery("who did the republic reach out to in the middle of its feud")
                  .orElseThrow()
                  .concepts())
          .extracting(Concept::word)
          .doesNotContain("middl");
    }
  }

  @Test
  void aVagueWordForAPersonIsNotSearchedFor() throws IOException {
    try (PassageIndex index =
        oneArticle(
            "person",
            "The Harbour Council",
            "The council removed the ferry master; folks called him the guy in charge.\n")) {
      QuestionQuery query =
          index
              .questionQuery("when did the council remove the guy in charge of the ferry, folks")
              .orElseThrow();
      assertThat(query.concepts())
          .extracting(Concept::word)
          .containsExactlyInAnyOrder("council", "remov", "charg", "ferri");
      assertThat(query.unknownShare()).isZero();
    }
  }

  @Test
  void chatShorthandIsNotSearchedFor() throws IOException {
    try (PassageIndex index =
        oneArticle(
            "shorthand",
            "The Harbour Council",
            "The actual council runs the ferry; lol was the name of its boat, pls its dock.\n")) {
      assertThat(
              index
                  .questionQuery("lol when did the council actual run the ferry pls")
                  .orElseThrow()
                  .concepts())
          .extracting(Concept::word)
          .containsExactlyInAnyOrder("council", "run", "ferri");
    }
  }

  @Test
  void aMisspeltWordBringsTheSynonymsOfTheWordMeant() throws IOException {
    try (PassageIndex index =
        oneArticle(
            "misspelt",
            "The Harbour Council",
            "The harbour council was established in 1951 and founded a ferry line in 1952.\n")) {
      assertThat(index.questionQuery("when was the council fonuded").orElseThrow().concepts())
          .anySatisfy(
              c -> assertThat(c.alternatives()).contains(List.of("found"), List.of("establish")));
    }
  }

  @Test
  void aVerbBringsItsNoun() throws IOException {
    try (PassageIndex index =
        oneArticle(
            "flight",
            "The Harbour Pilot",
            "The harbour pilot made the first flight over the bay in 1951.\n")) {
      assertSearchedAs(index, "when did the harbour pilot fly", "flight");
    }
  }

  @Test
  void chatsShortFormsFindTheWordsArticlesWrite() throws IOException {
    try (PassageIndex index =
        oneArticle(
            "talks",
            "The Harbour Talks",
            "Talks between the national government's representative and the union on the shipping"
                + " technology operation opened in the harbour square in 1951, the New York Times"
                + " reported.\n")) {
      assertEveryWordKnown(
          index,
          Stream.of("govt", "tech", "natl", "sq", "nyt", "rep", "op")
              .map(shortForm -> "when did the harbour talks with the " + shortForm + " open")
              .toList());
    }
  }

  @Test
  void shortFirstNamesAndChatWordsFindTheArticlesWords() throws IOException {
    try (PassageIndex index =
        oneArticle(
            "swap",
            "The Harbour Exchange",
            "Prime Minister Theodore Vance and Senator Robert Ames exchanged the captured pilots"
                + " for the seized ships at the harbour of Philadelphia in 1951, approved by the"
                + " council; they had fought before, and Vance smiled at the handshake.\n")) {
      assertEveryWordKnown(
          index,
          List.of(
              "when did teddy vance swap the pilots",
              "when did bob ames grab the ships",
              "why did the pm swap the pilots",
              "who nabbed the pilots in philly",
              "who greenlit the swap",
              "why did vance and ames come to blows",
              "why did vance grin",
              "why did vance and ames shake hands"));
    }
  }

  @Test
  void chatsContractionsYesAndVersusAreNoTopic() throws IOException {
    try (PassageIndex index =
        oneArticle(
            "strike",
            "The Harbour Strike",
            "The ferry crews accepted the council's offer and ended the harbour strike in 1951;"
                + " the dockers against the council officially began the quarrel in 1949.\n")) {
      assertEveryWordKnown(
          index,
          List.of(
              "when'd the crews accept the council's offer",
              "yes but when did the council end the strike",
              "when did the crews end the strike hed accepted",
              "when did the dockers vs council quarrel begin",
              "when did the dockers versus council quarrel officialy begin",
              "okay so when did the crews end the strike, yeah they'd accepted the offer"));
    }
  }

  @Test
  void aCollapseAskedFindsTheFallTextsTellAndNotTheOtherWayRound() throws IOException {
    try (PassageIndex index =
        oneArticle(
            "fall",
            "The Harbour League",
            "The fall of the harbour league in 1952 ended the quarrel over the quays.\n")) {
      for (String question :
          List.of("when did the harbour league collapse", "when did the league break apart")) {
        assertThat(index.questionQuery(question).orElseThrow().concepts())
            .as(question)
            .anySatisfy(c -> assertThat(c.coverage(Set.of("fall"))).isGreaterThan(0.8f));
      }
      assertThat(index.questionQuery("when did the league fall").orElseThrow().concepts())
          .allSatisfy(c -> assertThat(c.coverage(Set.of("collaps"))).isZero());
    }
  }

  @Test
  void aKnownWordIsNotCutInTwoNorIsAWordOneSlipFromOne() throws IOException {
    try (PassageIndex index =
        oneArticle(
            "cuts",
            "The Harbour Cuts",
            "The council pushed hardest for the harbour cuts, which officially began in 1951 as"
                + " a hard fast rule; the shoot went down well.\n")) {
      assertThat(index.questionQuery("who pushed hardest for the cuts").orElseThrow().concepts())
          .extracting(Concept::word)
          .contains("hardest")
          .doesNotContain("st");
      assertThat(index.questionQuery("when did the cuts officialy begin").orElseThrow().concepts())
          .extracting(Concept::word)
          .doesNotContain("aly");
      assertThat(index.questionQuery("when did the shootdown happen").orElseThrow().concepts())
          .extracting(Concept::word)
          .contains("shoot", "down");
    }
  }

  @ParameterizedTest
  @CsvSource({
    "when did the u-boats sink the liner, submarines",
    "when did the league trade warships for harbours, destroyers",
    "when were the choppers shot down, helicopters",
    "when did the planes bomb the port, aircraft",
    "when did the spy plane cross into league air space, spyplane airspace"
  })
  void chatWordsForShipsAircraftAndCompoundsFindTheEssaysWords(String question, String written)
      throws IOException {
    try (PassageIndex index =
        oneArticle(
            "ships",
            "The Harbour War",
            "In 1917, the league's submarines sank the liner. In 1940, the league traded fifty"
                + " destroyers for harbours. In 1993, two helicopters were shot down, a spyplane"
                + " crossed into league airspace, and league aircraft bombed the port.\n")) {
      assertThat(bestCoverage(index, question, index.typedTerms(written)))
          .as(question)
          .isGreaterThan(0.8);
    }
  }

  @ParameterizedTest
  @CsvSource({
    "when did the republic finally pay off its debts, settled",
    "when was the harbour board renamed the port office, changed name",
    "what set off the harbour riots, sparked",
    "when did the republic set off its first mine, exploded",
    "when did the republic first sit down with the league, met",
    "who came up with the customs union, proposed",
    "when did the envoys put their names on the customs union, signed",
    "when did the council sign off on the customs union, ratified",
    "when did the governor lay out his harbour policy, outlined",
    "when did the governor roll out the fishing plan, launched",
    "when did the port walk out of the league, seceded",
    "when did the republic pull off its first mine test, conducted"
  })
  void phrasalVerbsFindTheWordsArticlesWrite(String question, String written)
      throws IOException {
    try (PassageIndex index =
        oneArticle(
            "phrasal",
            "The Harbour Debts",
            "In 1795, the republic was finally able to settle its debts with the league. In the"
                + " same year, the council changed the name of the harbour board to the port"
                + " office. A new tax sparked the harbour riots, and the republic exploded its"
                + " first mine. Its envoys met the league's in 1796. In 1797, the governor"
                + " proposed a customs union, the envoys signed it and the council ratified it;"
                + " he outlined a harbour policy and launched a fishing plan. The port seceded"
                + " from the league in 1798, and the republic conducted a mine test.\n")) {
      assertThat(bestCoverage(index, question, index.typedTerms(written)))
          .as(question)
          .isGreaterThan(0.8);
    }
  }

  @ParameterizedTest
  @CsvSource({
    "when did the harbour republics sign their pact, treaty",
    "when did the harbour republics sign the friendship deal, treaty",
    "when did the governor start trashing the league, criticized",
    "why did the governor badmouth the league, criticized",
    "who did the governor start bashing, criticized",
    "when did the admiral vanish, disappeared",
    "when did the harbour republics ink their pact, signed",
    "when did the two republics become buddies, friendship",
    "when did the harbour pals sign a treaty, friendship",
    "when did the greenback lose its gold, dollar"
  })
  void chatWordsFindTheWordsArticlesWrite(String question, String written) throws IOException {
    try (PassageIndex index =
        oneArticle(
            "chat",
            "The Harbour Friendship",
            "On February 14, 1950, the two harbour republics signed a treaty of friendship. The"
                + " governor criticized the league, and the admiral disappeared. The dollar lost"
                + " its gold.\n")) {
      assertThat(bestCoverage(index, question, index.typedTerms(written)))
          .as(question)
          .isGreaterThan(0.8);
    }
  }

  /** How much of its best-covered concept the question's words find among {@code terms}. */
  private static double bestCoverage(PassageIndex index, String question, Set<String> terms) {
    return index.questionQuery(question).orElseThrow().concepts().stream()
        .mapToDouble(c -> c.coverage(terms))
        .max()
        .orElse(0);
  }

  @Test
  void idiomsFindTheWordsArticlesWrite() throws IOException {
    try (PassageIndex index =
        oneArticle(
            "idioms",
            "The Harbour League",
            "The governor sought no second term and died in 1931; the league collapsed, its plan"
                + " failed, a plane was shot down and a new charter replaced the old one.\n")) {
      for (String question :
          List.of(
              "when did the governor kick the bucket",
              "when did the governor pass away",
              "when did the league break apart",
              "when did the league start coming apart",
              "when was the old charter swapped out",
              "when did the league's plan flop",
              "when was the plane knocked out of the sky",
              "when did the governor decide not to run again")) {
        assertThat(index.search(index.questionQuery(question).orElseThrow(), Optional.empty(), 1))
            .as(question)
            .hasSize(1);
        assertThat(
                bestCoverage(
                    index,
                    question,
                    Set.of("di", "collaps", "replac", "fail", "shot", "down", "second", "term")))
            .as(question)
            .isGreaterThan(0.8);
      }
    }
  }

  @Test
  void floatingAnIdeaFindsTheProposalArticlesWrite() throws IOException {
    try (PassageIndex index =
        oneArticle(
            "float",
            "The Harbour League",
            "The governor proposed a league of the harbour towns in 1931.\n")) {
      for (String question :
          List.of(
              "when did the governor first float the idea of a league",
              "who floated the idea of a harbour league")) {
        assertThat(bestCoverage(index, question, index.typedTerms("proposed")))
            .as(question)
            .isGreaterThan(0.8);
      }
    }
  }

  @Test
  void shortFormsInNamesAndPlainWordsFindTheEssaysWords() throws IOException {
    try (PassageIndex index =
        oneArticle(
            "war",
            "The Harbour War",
            "India and Pakistan went to war over the harbour in 1951, and the admirals were"
                + " frustrated.\n")) {
      assertEveryWordKnown(
          index, List.of("when was the indo pak harbour war", "why were the admirals mad"));
    }
  }

  @Test
  void aWordInAFormTheSynonymListDoesNotNameBringsItsEntrysSynonyms() throws IOException {
    try (PassageIndex index =
        oneArticle(
            "inflected",
            "The Harbour League",
            "The harbour league collapsed in 1952, and its dissolution was signed in 1953.\n")) {
      // The list names "dissolved" and "collapse", not "dissolve" and "dissolving"; the article
      // holds neither of the two.
      for (String question :
          List.of("when did the harbour league dissolve", "when was the league dissolving")) {
        assertThat(index.questionQuery(question).orElseThrow().concepts())
            .anySatisfy(
                c ->
                    assertThat(c.alternatives()).contains(List.of("collaps"), List.of("dissolut")));
      }
    }
  }

  @Test
  void anAnnouncementAskedOfFindsAProclamation() throws IOException {
    try (PassageIndex index =
        oneArticle(
            "proclaimed",
            "The Harbour Neutrality",
            "The governor issued a proclamation of neutrality in 1793, and the harbour stayed"
                + " open.\n")) {
      QuestionQuery asked =
          index.questionQuery("when did the governor announce the harbour would stay neutral")
              .orElseThrow();
      assertThat(asked.concepts())
          .anySatisfy(c -> assertThat(c.alternatives()).contains(List.of("proclam")));
      assertThat(index.search(asked, Optional.empty(), 1).get(0).matches())
          .anySatisfy(m -> assertThat(m.term()).isEqualTo("proclam"));
    }
  }

  @Test
  void questionWordsAloneLeaveNothingToSearch() throws IOException {
    try (PassageIndex index = PassageIndex.open(TestCorpus.index(dir), Synonyms.bundled())) {
      assertThat(index.questionQuery("when did it happen?")).isEmpty();
      assertThat(index.questionQuery("")).isEmpty();
    }
  }

  @Test
  void findsEventsByCalendarDay() throws IOException {
    try (PassageIndex index = PassageIndex.open(TestCorpus.index(dir), Synonyms.bundled())) {
      List<PassageHit> hits = index.onMonthDay(MonthDay.of(10, 22), Optional.empty(), 10);
      assertThat(hits)
          .singleElement()
          .satisfies(h -> assertThat(h.passage().text()).contains("quarantine"));
    }
  }

  @Test
  void aRebuildRemovesEveryOldGenerationNoReaderHasOpen() throws IOException {
    IndexLocation location = TestCorpus.index(dir);
    Path first = location.current().orElseThrow();
    CorpusIndexer indexer = TestCorpus.indexer();
    indexer.index(List.of(dir.resolve("articles")), location, CorpusReader.Progress.NONE);
    Path second = location.current().orElseThrow();
    assertThat(second).isNotEqualTo(first);
    assertThat(generations(location)).containsExactly(second);
  }

  /** The case that used to break a server: two rebuilds before it reloads. */
  @Test
  void aGenerationBeingReadOutlivesAnyNumberOfRebuilds() throws IOException {
    IndexLocation location = TestCorpus.index(dir);
    CorpusIndexer indexer = TestCorpus.indexer();
    try (PassageIndex reading = PassageIndex.open(location, Synonyms.bundled())) {
      Path first = reading.generation();
      indexer.index(List.of(dir.resolve("articles")), location, CorpusReader.Progress.NONE);
      indexer.index(List.of(dir.resolve("articles")), location, CorpusReader.Progress.NONE);
      Path third = location.current().orElseThrow();
      assertThat(generations(location)).containsExactlyInAnyOrder(first, third);
      assertThat(reading.passageCount()).isEqualTo(12);
      assertThat(reading.within(dev.hotline.dates.DateValue.year(1962), 10)).isNotEmpty();
    }
    indexer.index(List.of(dir.resolve("articles")), location, CorpusReader.Progress.NONE);
    assertThat(generations(location)).containsExactly(location.current().orElseThrow());
  }

  @Test
  void aRunThatReadsNothingLeavesTheLiveIndexAlone() throws IOException {
    IndexLocation location = TestCorpus.index(dir);
    Path live = location.current().orElseThrow();
    Path empty = Files.createDirectories(dir.resolve("empty"));
    assertThatThrownBy(
            () -> TestCorpus.indexer().index(List.of(empty), location, CorpusReader.Progress.NONE))
        .hasMessageContaining("no article could be read");
    assertThat(location.current()).contains(live);
  }

  @Test
  void aMissingIndexSaysHowToBuildIt() {
    IndexLocation location = new IndexLocation(dir.resolve("nothing-here"));
    assertThatThrownBy(() -> PassageIndex.open(location, Synonyms.bundled()))
        .isInstanceOf(IndexUnavailableException.class)
        .hasMessageContaining("No index at")
        .hasMessageContaining("./hotline index --index");
  }

  @Test
  void aCorruptIndexSaysHowToRebuildIt() throws IOException {
    IndexLocation location = TestCorpus.index(dir);
    try (Stream<Path> files = Files.list(location.current().orElseThrow())) {
      for (Path file : files.toList()) {
        Files.write(file, new byte[] {1, 2, 3});
      }
    }
    assertThatThrownBy(() -> PassageIndex.open(location, Synonyms.bundled()))
        .isInstanceOf(IndexUnavailableException.class)
        .hasMessageContaining("Rebuild it with: ./hotline index");
  }

  @Test
  void aDamagedPointerIsReported() throws IOException {
    IndexLocation location = TestCorpus.index(dir);
    Files.writeString(location.root().resolve("CURRENT"), "../../etc");
    assertThatThrownBy(() -> PassageIndex.open(location, Synonyms.bundled()))
        .isInstanceOf(IndexUnavailableException.class)
        .hasMessageContaining("damaged");
  }

  private static List<Path> generations(IndexLocation location) throws IOException {
    try (Stream<Path> children = Files.list(location.root())) {
      return children.filter(p -> p.getFileName().toString().startsWith("gen-")).toList();
    }
  }

  /** Every word of each question is one the index knows, itself or through a synonym. */
  private static void assertEveryWordKnown(PassageIndex index, List<String> questions) {
    for (String question : questions) {
      assertThat(index.questionQuery(question).orElseThrow().unknownShare()).as(question).isZero();
    }
  }

  /** Asserts that some concept of {@code question} searches the index's {@code terms}. */
  private static void assertSearchedAs(PassageIndex index, String question, String... terms) {
    assertThat(index.questionQuery(question).orElseThrow().concepts())
        .anySatisfy(c -> assertThat(c.alternatives()).contains(List.of(terms)));
  }
}
