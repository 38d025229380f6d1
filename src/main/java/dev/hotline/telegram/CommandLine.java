package dev.hotline.telegram;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bot command as typed, {@code /name@Bot arguments}.
 *
 * @param name the command in lower case, without the slash
 * @param target the bot it is addressed to, or {@code null} when it names none
 * @param arguments the rest of the text, stripped; empty when there is none
 */
record CommandLine(String name, String target, String arguments) {

  // Telegram only treats a command at the very start of a message as one for bots.
  private static final Pattern COMMAND =
      Pattern.compile(
          "^/([A-Za-z0-9_]{1,32})(?:@([A-Za-z0-9_]{1,64}))?(?:\\s+(.*))?$", Pattern.DOTALL);

  static Optional<CommandLine> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher matcher = COMMAND.matcher(text.stripTrailing());
    if (!matcher.matches()) {
      return Optional.empty();
    }
    String arguments = matcher.group(3) == null ? "" : matcher.group(3).strip();
    return Optional.of(
        new CommandLine(matcher.group(1).toLowerCase(Locale.ROOT), matcher.group(2), arguments));
  }

  /** Whether the command is for {@code bot}: it names no bot, or names this one. */
  boolean isFor(BotProfile bot) {
    return target == null || bot.isNamed(target);
  }
}
