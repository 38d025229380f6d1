package dev.hotline.telegram;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Decides whether a message speaks to Hotline. In a private chat everything does; in a group only
 * commands for it, messages that mention it and replies to its own messages do, which is also all
 * that Telegram's privacy mode lets a bot see.
 */
final class MessageAddressing {

  /** What a message says to Hotline. */
  sealed interface Addressed {
    /** A command for Hotline. */
    record Command(CommandLine line) implements Addressed {}

    /** A question, with any mention of Hotline taken out. */
    record Question(String text) implements Addressed {}

    /** Nothing: someone else's command, or group talk not aimed at Hotline. */
    record NotForUs() implements Addressed {}
  }

  private final BotProfile bot;
  private final Pattern mention;

  MessageAddressing(BotProfile bot) {
    this.bot = bot;
    this.mention =
        Pattern.compile(
            "(?<![\\w@])@" + Pattern.quote(bot.username()) + "(?!\\w)", Pattern.CASE_INSENSITIVE);
  }

  Addressed read(Message message) {
    String text = message.getText();
    if (text == null || text.isBlank()) {
      return new Addressed.NotForUs();
    }
    Optional<CommandLine> command = CommandLine.parse(text);
    if (command.isPresent()) {
      return command.get().isFor(bot)
          ? new Addressed.Command(command.get())
          : new Addressed.NotForUs();
    }
    if (!TelegramPlaces.isGroup(message.getChatId())) {
      return new Addressed.Question(text.strip());
    }
    Matcher mentions = mention.matcher(text);
    if (mentions.find()) {
      return new Addressed.Question(mentions.replaceAll(" ").replaceAll("\\s+", " ").strip());
    }
    if (repliesToBot(message)) {
      return new Addressed.Question(text.strip());
    }
    return new Addressed.NotForUs();
  }

  private boolean repliesToBot(Message message) {
    Message replied = message.getReplyToMessage();
    User author = replied == null ? null : replied.getFrom();
    return author != null && author.getId() == bot.id();
  }
}
