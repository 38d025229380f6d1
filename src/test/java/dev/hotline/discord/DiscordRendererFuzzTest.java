package dev.hotline.discord;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotline.chat.AnswerCard;
import dev.hotline.chat.ChatReply;
import dev.hotline.chat.ChatReply.Notice;
import dev.hotline.chat.ChatReply.NoticeKind;
import dev.hotline.chat.DayCard;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.interactions.commands.Command;
import org.junit.jupiter.api.Test;

/**
 * Replies built from hostile questions and article text (any unicode, markdown, mentions, lone
 * surrogates, very long runs) never make the renderer throw and never pass one of Discord's limits.
 */
class DiscordRendererFuzzTest {
  private static final int CASES = 1500;
  private static final long SEED = 0x1962_1989L;

  private final DiscordRenderer renderer = new DiscordRenderer();

  @Test
  void hostileRepliesStayWithinDiscordsLimits() {
    RandomText random = new RandomText(SEED);
    for (int i = 0; i < CASES; i++) {
      ChatReply reply = reply(random);
      String askerId = random.nextBoolean() ? "1300000000000000002" : random.maybe(30);
      boolean ephemeral = random.nextBoolean();
      String what = "case " + i + " of seed " + SEED;
      DiscordMessage rich =
          assertDoesNotThrow(() -> renderer.render(reply, askerId, ephemeral), what);
      DiscordMessage plain =
          assertDoesNotThrow(() -> renderer.renderPlain(reply, askerId, ephemeral), what);
      assertWithinLimits(rich, what);
      assertWithinLimits(plain, what);
      assertDoesNotThrow(rich::toCreateData, what);
      assertDoesNotThrow(plain::toCreateData, what);
    }
  }

  @Test
  void hostileTopicsMakeValidChoices() {
    RandomText random = new RandomText(SEED + 1);
    for (int i = 0; i < 300; i++) {
      List<String> topics = new ArrayList<>();
      for (int n = random.nextInt(40); n > 0; n--) {
        topics.add(random.text(500));
      }
      List<Command.Choice> choices = renderer.choices(topics);
      assertTrue(choices.size() <= DiscordRenderer.MAX_CHOICES);
      for (Command.Choice choice : choices) {
        assertFalse(choice.getName().isBlank());
        assertTrue(choice.getName().length() <= DiscordRenderer.CHOICE_LIMIT);
        assertTrue(choice.getAsString().length() <= DiscordRenderer.CHOICE_LIMIT);
        assertWellFormed(choice.getName(), "choice");
      }
    }
  }

  private static ChatReply reply(RandomText random) {
    return switch (random.nextInt(3)) {
      case 0 -> new ChatReply.AnswerReply(card(random), random.nextBoolean());
      case 1 -> new ChatReply.DayReply(day(random), random.nextBoolean());
      default -> notice(random);
    };
  }

  private static AnswerCard card(RandomText random) {
    String passage = random.text(20_000);
    String sentence =
        random.nextBoolean() && passage.length() > 10
            ? passage.substring(
                random.nextInt(passage.length() / 2), passage.length() - random.nextInt(5))
            : random.text(5_000);
    Optional<AnswerCard.CardDate> date =
        random.nextBoolean()
            ? Optional.of(new AnswerCard.CardDate(random.text(40), random.text(400)))
            : Optional.empty();
    int total = 1 + random.nextInt(5);
    List<String> notes =
        random.nextBoolean() ? List.of() : List.of(random.text(3000), random.text(100));
    String token = random.nextBoolean() ? "abcdefgh23" : String.valueOf(random.maybe(120));
    return new AnswerCard(
        random.text(10_000),
        sentence,
        passage,
        date,
        random.text(2000),
        random.text(500),
        random.nextBoolean() ? LocalDate.of(2026, 11, 27) : null,
        random.url(),
        1 + random.nextInt(total),
        total,
        token,
        notes);
  }

  private static DayCard day(RandomText random) {
    List<DayCard.DayEvent> events = new ArrayList<>();
    for (int n = random.nextInt(8); n > 0; n--) {
      events.add(
          new DayCard.DayEvent(
              random.text(50),
              random.text(500),
              random.text(5000),
              random.text(2000),
              random.text(300),
              random.url()));
    }
    return new DayCard(MonthDay.of(2, 29), MonthDay.of(3, 1), random.nextBoolean(), events);
  }

  private static Notice notice(RandomText random) {
    List<String> lines = new ArrayList<>();
    for (int n = random.nextInt(12); n > 0; n--) {
      lines.add(random.text(3000));
    }
    NoticeKind kind = NoticeKind.values()[random.nextInt(NoticeKind.values().length)];
    return new Notice(kind, random.text(1000), lines, random.nextBoolean());
  }

  private static void assertWithinLimits(DiscordMessage message, String what) {
    assertTrue(message.content().length() <= DiscordRenderer.CONTENT_LIMIT, what + ": content");
    assertWellFormed(message.content(), what);
    assertFalse(
        message.content().isEmpty() && message.embeds().isEmpty(), what + ": nothing to send");
    for (MessageEmbed embed : message.embeds()) {
      assertTrue(embed.isSendable(), what + ": embed of length " + embed.getLength());
      assertTrue(embed.getLength() <= DiscordRenderer.EMBED_TOTAL_LIMIT, what + ": total");
      check(embed.getTitle(), DiscordRenderer.TITLE_LIMIT, what + ": title");
      check(embed.getDescription(), DiscordRenderer.DESCRIPTION_LIMIT, what + ": description");
      if (embed.getFooter() != null) {
        check(embed.getFooter().getText(), DiscordRenderer.FOOTER_LIMIT, what + ": footer");
      }
      assertTrue(embed.getFields().size() <= 25, what + ": fields");
      for (MessageEmbed.Field field : embed.getFields()) {
        check(field.getName(), DiscordRenderer.FIELD_NAME_LIMIT, what + ": field name");
        check(field.getValue(), DiscordRenderer.FIELD_VALUE_LIMIT, what + ": field value");
        assertFalse(
            field.getName().isBlank() || field.getValue().isBlank(), what + ": blank field");
      }
    }
    for (Button button : message.buttons()) {
      assertTrue(
          button.getCustomId().length() <= DiscordRenderer.CUSTOM_ID_LIMIT, what + ": custom id");
      assertTrue(
          ButtonIds.parse(button.getCustomId()).isPresent(),
          what + ": unreadable id " + button.getCustomId());
    }
  }

  private static void check(String text, int limit, String what) {
    if (text != null) {
      assertTrue(text.length() <= limit, what + " of " + text.length());
      assertWellFormed(text, what);
    }
  }

  /** No lone surrogate (unencodable) and no control character but the line break. */
  private static void assertWellFormed(String text, String what) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        assertTrue(
            i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1)),
            what + ": lone high surrogate");
        i++;
      } else {
        assertFalse(Character.isLowSurrogate(c), what + ": lone low surrogate");
        assertFalse(
            Character.isISOControl(c) && c != '\n', what + ": control character " + (int) c);
      }
    }
  }
}
