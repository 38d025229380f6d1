package dev.hotline.discord;

import static dev.hotline.discord.BotOnFakeDiscord.WAIT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hotline.chat.ServerSettings;
import dev.hotline.discord.fake.CommandOption;
import dev.hotline.discord.fake.DispatchedInteraction;
import dev.hotline.discord.fake.FakeDiscord;
import dev.hotline.discord.fake.RestCall;
import dev.hotline.testing.MutableClock;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A member's follow-up questions through the real JDA and the fake Discord, with the chat layer on
 * a clock the test moves: a burst is answered, and the question after it gets a cooldown notice
 * where it was asked.
 */
@Timeout(30)
class DiscordCooldownTest {
  private static final int EPHEMERAL = 64;

  @TempDir static Path folder;
  private static TestLibrary library;

  private final MutableClock clock = new MutableClock(Instant.parse("1969-03-02T12:00:00Z"));
  private AdapterOnFakeDiscord bot;
  private FakeDiscord fake;

  @BeforeAll
  static void buildIndex() {
    library = TestLibrary.build(folder);
  }

  @AfterAll
  static void closeIndex() throws IOException {
    library.close();
  }

  @BeforeEach
  void startBot() {
    bot = AdapterOnFakeDiscord.start(library.answers(), clock);
    fake = bot.fake();
  }

  @AfterEach
  void stopBot() {
    bot.close();
  }

  @Test
  void aSlashQuestionAndAMentionTwoSecondsLaterAreBothAnswered() {
    DispatchedInteraction slash = askBySlash();
    RestCall answer = fake.awaitRequest(c -> c.is("PATCH", slash.originalMessagePath()), WAIT);
    assertThat(answer.text("/embeds/0/title")).contains("1969");

    clock.advance(Duration.ofSeconds(2));
    String mention = fake.dispatchGuildMention(fake.guild().member(), TestLibrary.WALL_QUESTION);

    RestCall reply = replyTo(mention);
    assertThat(reply.text("/embeds/0/title")).contains("1989");
  }

  @Test
  void aFollowUpMentionFiveSecondsAfterASlashQuestionIsReadWithIt() {
    DispatchedInteraction slash = askBySlash();
    fake.awaitRequest(c -> c.is("PATCH", slash.originalMessagePath()), WAIT);

    clock.advance(Duration.ofSeconds(5));
    String mention = fake.dispatchGuildMention(fake.guild().member(), "and when did it end?");

    RestCall reply = replyTo(mention);
    assertThat(reply.text("/embeds/0/title")).contains("1969");
    assertThat(reply.json().at("/embeds/0/fields").findValuesAsText("value"))
        .anySatisfy(note -> assertThat(note).contains("question before"));
  }

  @Test
  void theQuestionAfterABurstOfMentionsGetsACooldownNoticeInPlace() {
    List<String> questions = new ArrayList<>();
    for (int i = 0; i <= ServerSettings.USER_BURST; i++) {
      questions.add(
          fake.dispatchGuildMention(fake.guild().member(), TestLibrary.BORDER_WAR_QUESTION));
    }

    List<RestCall> replies = replies(questions);

    assertThat(replies)
        .filteredOn(reply -> String.valueOf(reply.text("/embeds/0/title")).contains("1969"))
        .hasSize(ServerSettings.USER_BURST);
    RestCall notice =
        replies.stream()
            .filter(reply -> "One moment".equals(reply.text("/embeds/0/title")))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no cooldown notice among " + replies));
    assertThat(notice.path())
        .as("in the channel it was asked in")
        .contains(Long.toString(fake.guild().textChannelId()));
    assertThat(notice.text("/embeds/0/description")).startsWith("Ask again in ");
    bot.close();
    assertThat(fake.requests())
        .as("no direct message is opened for the notice")
        .noneMatch(c -> c.is("POST", "/users/@me/channels"));
  }

  @Test
  void theSlashQuestionAfterABurstGetsAnEphemeralCooldownNotice() {
    for (int i = 0; i < ServerSettings.USER_BURST; i++) {
      DispatchedInteraction sent = askBySlash();
      fake.awaitRequest(c -> c.is("PATCH", sent.originalMessagePath()), WAIT);
    }

    DispatchedInteraction sixth = askBySlash();

    RestCall notice = fake.awaitRequest(c -> c.is("POST", sixth.followupPath()), WAIT);
    assertThat(notice.text("/embeds/0/title")).isEqualTo("One moment");
    assertThat(notice.json().path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
    assertThat(fake.requests())
        .as("the public placeholder is removed, not edited into a public notice")
        .anyMatch(c -> c.is("DELETE", sixth.originalMessagePath()))
        .noneMatch(c -> c.is("PATCH", sixth.originalMessagePath()));
  }

  private DispatchedInteraction askBySlash() {
    return fake.dispatchSlashCommand(
        fake.guild().member(),
        "ask",
        CommandOption.string("question", TestLibrary.BORDER_WAR_QUESTION));
  }

  /** The channel reply to each question, in the order the questions were asked. */
  private List<RestCall> replies(List<String> questions) {
    List<RestCall> replies = new ArrayList<>();
    for (String question : questions) {
      replies.add(replyTo(question));
    }
    return replies;
  }

  /** The channel reply to a mention. */
  private RestCall replyTo(String mention) {
    return fake.awaitRequest(
        c ->
            c.is("POST", "/channels/{id}/messages")
                && mention.equals(c.text("/message_reference/message_id")),
        WAIT);
  }
}
