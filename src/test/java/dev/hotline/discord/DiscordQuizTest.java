package dev.hotline.discord;

import static dev.hotline.discord.BotOnFakeDiscord.WAIT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hotline.chat.Platform;
import dev.hotline.discord.fake.CommandOption;
import dev.hotline.discord.fake.DispatchedInteraction;
import dev.hotline.discord.fake.FakeDiscord;
import dev.hotline.discord.fake.FakeUser;
import dev.hotline.discord.fake.RestCall;
import dev.hotline.quiz.Round;
import dev.hotline.store.SqlQuizStore;
import dev.hotline.testing.BundledIndex;
import dev.hotline.testing.DailyWiring;
import dev.hotline.testing.MutableClock;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Quizzes on Discord end to end: the real JDA on the fake Discord, quizzes and scores in SQLite as
 * ChatRuntime wires them, and a clock the test moves: the embed with four buttons, each click
 * acknowledged to the clicker alone, the reveal edit, and late clicks told it is over.
 */
@Timeout(60)
class DiscordQuizTest {
  private static final int EPHEMERAL = 64;
  private static final int DEFERRED = 5;
  private static final Instant START = Instant.parse("2027-03-02T07:00:00Z");

  @TempDir Path dataFolder;
  private final MutableClock clock = new MutableClock(START);
  private DailyWiring wiring;
  private SqlQuizStore quizStore;
  private FakeDiscord fake;
  private DiscordAdapter adapter;
  private FakeUser clara;

  @BeforeEach
  void start() throws Exception {
    wiring = DailyWiring.build(BundledIndex.bundled(), dataFolder, clock);
    quizStore = new SqlQuizStore(wiring.database());
    fake = FakeDiscord.start();
    clara = new FakeUser(1_300_000_000_000_000_077L, "clara", false);
    adapter =
        new DiscordAdapter(
            wiring.chat(), fake.token(), DiscordEndpoints.of(fake.restUrl(), fake.gatewayUrl()));
    adapter.start();
    wiring.quizzes().register(Platform.DISCORD, adapter.quizRevealer());
    wiring.scheduler().registerQuizzes(Platform.DISCORD, adapter.quizPoster());
    wiring.scheduler().recoverAfterRestart();
  }

  @AfterEach
  void stop() {
    adapter.close();
    fake.close();
    wiring.close();
  }

  @Test
  void fourButtonsLockInEachMembersAnswerAndTheMessageIsEditedToTheAnswer() {
    FakeUser member = fake.guild().member();
    FakeUser admin = fake.guild().admin();
    DispatchedInteraction quiz =
        fake.dispatchSlashCommand(member, "quiz", CommandOption.string("topic", "berlin"));
    RestCall deferral = fake.awaitRequest(c -> c.is("POST", quiz.callbackPath()), WAIT);
    assertThat(deferral.json().path("type").asInt()).isEqualTo(DEFERRED);
    assertThat(deferral.json().at("/data/flags").asInt() & EPHEMERAL).as("for everyone").isZero();
    RestCall shown = fake.awaitRequest(c -> c.is("PATCH", quiz.originalMessagePath()), WAIT);
    assertThat(shown.text("/embeds/0/title")).isEqualTo("Quiz");
    assertThat(shown.text("/embeds/0/description"))
        .contains("**4.** ")
        .contains("Answers close <t:");
    JsonNode buttons = shown.json().at("/components/0/components");
    assertThat(buttons).hasSize(4);
    assertThat(buttons.findValuesAsText("label"))
        .allSatisfy(
            label -> assertThat(label).hasSizeBetween(1, DiscordRenderer.BUTTON_LABEL_LIMIT));
    assertThat(buttons.findValuesAsText("label").get(0)).startsWith("1 · ");
    String firstButton = buttons.get(0).path("custom_id").asText();
    long roundId = Long.parseLong(firstButton.split(":")[2]);
    Round round = quizStore.round(roundId).orElseThrow();
    int right = round.question().correct() + 1;
    int wrong = right % 4 + 1;
    String messageId = fake.originalMessage(quiz).orElseThrow().path("id").asText();

    assertThat(click(member, roundId, right, messageId)).isEqualTo("Locked in");
    assertThat(click(admin, roundId, wrong, messageId)).isEqualTo("Locked in");
    assertThat(click(clara, roundId, right, messageId)).isEqualTo("Locked in");
    assertThat(click(member, roundId, wrong, messageId)).isEqualTo("Already locked in");

    clock.set(round.revealAt());
    assertThat(click(clara, roundId, right, messageId)).isEqualTo("This quiz is over");
    wiring.quizzes().revealDue();
    RestCall reveal =
        fake.awaitRequest(
            c ->
                c.is("PATCH", quiz.originalMessagePath())
                    && c.text("/embeds/0/title").equals("Quiz — the answer"),
            WAIT);
    String description = reveal.text("/embeds/0/description");
    assertThat(description)
        .contains(QuizEmbed.RIGHT + " **" + right + ".** ")
        .contains("**2 of 3** got it right.")
        .contains(round.question().dateWords());
    assertThat(reveal.text("/embeds/0/fields/0/name")).isEqualTo("Source");
    assertThat(reveal.text("/embeds/0/fields/0/value")).contains(round.question().source().title());
    assertThat(reveal.json().path("components")).as("no buttons once revealed").isEmpty();
    assertThat(reveal.json().at("/allowed_mentions/parse")).isEmpty();

    DispatchedInteraction board = fake.dispatchSlashCommand(admin, "leaderboard");
    RestCall leaderboard = fake.awaitRequest(c -> c.is("POST", board.callbackPath()), WAIT);
    assertThat(leaderboard.json().at("/data/flags").asInt() & EPHEMERAL).isZero();
    assertThat(leaderboard.text("/data/embeds/0/description"))
        .isEqualTo(
            "1. student — 1 right of 1\n1. clara — 1 right of 1\n3. archivist — 0 right of 1");
    assertThat(leaderboard.json().at("/data/allowed_mentions/parse")).isEmpty();
  }

  @Test
  void theDailyQuizIsPostedInTheChannelWithTheNonceAndEditedThereWhenItCloses() {
    DispatchedInteraction on =
        fake.dispatchSlashCommand(
            fake.guild().admin(),
            "quiz-settings",
            CommandOption.group(
                "daily",
                CommandOption.subcommand(
                    "on",
                    CommandOption.string("time", "09:00"),
                    CommandOption.string("timezone", "Europe/Berlin"))));
    RestCall reply = fake.awaitRequest(c -> c.is("POST", on.callbackPath()), WAIT);
    assertThat(reply.text("/data/embeds/0/title")).isEqualTo("Daily quiz on");

    clock.set(Instant.parse("2027-03-02T08:00:05Z"));
    assertThat(wiring.scheduler().tick().sent()).isEqualTo(1);
    assertThat(wiring.scheduler().tick().sent()).isZero();
    List<RestCall> posts =
        fake.requests().stream().filter(c -> c.is("POST", "/channels/{channel}/messages")).toList();
    assertThat(posts).singleElement();
    RestCall post = posts.get(0);
    assertThat(post.text("/nonce")).isEqualTo("1-20270302");
    assertThat(post.text("/embeds/0/title")).isEqualTo("Daily quiz");
    assertThat(post.json().at("/components/0/components")).hasSize(4);
    Round round = quizStore.round(1).orElseThrow();
    String ref = round.ref().orElseThrow();
    assertThat(ref).startsWith("m:" + fake.guild().textChannelId() + "/");
    String messageId = ref.substring(ref.indexOf('/') + 1);
    clock.set(round.revealAt());
    wiring.quizzes().revealDue();
    RestCall edit =
        fake.awaitRequest(c -> c.is("PATCH", "/channels/{channel}/messages/{message}"), WAIT);
    assertThat(edit.text("/embeds/0/title")).isEqualTo("Daily quiz — the answer");
    assertThat(edit.text("/embeds/0/description")).contains("Nobody answered.");
    assertThat(fake.message(messageId).orElseThrow().path("components")).isEmpty();
  }

  @Test
  void practiceInADirectMessageTurnsEachQuestionIntoItsAnswerAndAsksTheNext() {
    FakeUser member = fake.guild().member();
    DispatchedInteraction study = fake.dispatchDirectSlashCommand(member, "study");
    RestCall shown = fake.awaitRequest(c -> c.is("PATCH", study.originalMessagePath()), WAIT);
    assertThat(shown.text("/embeds/0/title")).isEqualTo("Practice");
    assertThat(shown.text("/embeds/0/description")).contains("Pick your answer below.");
    String button = shown.json().at("/components/0/components/0/custom_id").asText();
    Round round = quizStore.round(Long.parseLong(button.split(":")[2])).orElseThrow();
    assertThat(round.solo()).isTrue();
    String messageId = fake.originalMessage(study).orElseThrow().path("id").asText();

    int right = round.question().correct() + 1;
    DispatchedInteraction click =
        fake.dispatchDirectButtonClick(member, ButtonIds.quizChoice(round.id(), right), messageId);
    RestCall answer = fake.awaitRequest(c -> c.is("POST", click.callbackPath()), WAIT);
    assertThat(answer.json().path("type").asInt())
        .as("the question becomes its answer")
        .isEqualTo(7);
    assertThat(answer.text("/data/embeds/0/title")).isEqualTo("Practice — the answer");
    assertThat(answer.text("/data/embeds/0/description")).contains("**Right!**");
    assertThat(answer.json().at("/data/components")).isEmpty();
    RestCall next = fake.awaitRequest(c -> c.is("POST", click.followupPath()), WAIT);
    assertThat(next.text("/embeds/0/title")).isEqualTo("Practice");
    assertThat(next.json().at("/components/0/components")).hasSize(4);

    DispatchedInteraction stop = fake.dispatchDirectSlashCommand(member, "study-stop");
    RestCall stopped = fake.awaitRequest(c -> c.is("POST", stop.callbackPath()), WAIT);
    assertThat(stopped.text("/data/embeds/0/description")).contains("This session: 1 right of 1.");
  }

  @Test
  void quizCommandsAreRegisteredWithTopicSuggestionsAndModeratorsOnlySettings() {
    RestCall registration = fake.awaitRequest("PUT", "/applications/{app}/commands", WAIT);
    List<String> names = registration.json().findValuesAsText("name");
    assertThat(names).contains("quiz", "quiz-stats", "leaderboard", "study", "study-stop");
    JsonNode quiz = command(registration, "quiz");
    assertThat(
            quiz.has("default_member_permissions")
                && !quiz.get("default_member_permissions").isNull())
        .as("everyone may ask for a quiz")
        .isFalse();
    assertThat(quiz.at("/options/0/name").asText()).isEqualTo("topic");
    assertThat(quiz.at("/options/0/autocomplete").asBoolean()).isTrue();
    assertThat(command(registration, "quiz-settings").path("default_member_permissions").asText())
        .as("Manage Server")
        .isEqualTo("32");

    DispatchedInteraction typing =
        fake.dispatchAutocomplete(
            fake.guild().member(), "quiz", CommandOption.string("topic", "berlin"));
    RestCall choices = fake.awaitRequest(c -> c.is("POST", typing.callbackPath()), WAIT);
    assertThat(choices.json().at("/data/choices").findValuesAsText("name"))
        .isNotEmpty()
        .allSatisfy(title -> assertThat(title).containsIgnoringCase("berlin"));
  }

  private static JsonNode command(RestCall registration, String name) {
    for (JsonNode command : registration.json()) {
      if (command.path("name").asText().equals(name)) {
        return command;
      }
    }
    throw new AssertionError("no /" + name + " in " + registration);
  }

  /** Clicks a choice and returns the title of the reply only the clicker sees. */
  private String click(FakeUser user, long roundId, int choice, String messageId) {
    DispatchedInteraction click =
        fake.dispatchButtonClick(user, ButtonIds.quizChoice(roundId, choice), messageId);
    RestCall reply = fake.awaitRequest(c -> c.is("POST", click.callbackPath()), WAIT);
    assertThat(reply.json().path("type").asInt()).as("a reply of its own").isEqualTo(4);
    assertThat(reply.json().at("/data/flags").asInt() & EPHEMERAL)
        .as("ephemeral")
        .isEqualTo(EPHEMERAL);
    return reply.text("/data/embeds/0/title");
  }
}
