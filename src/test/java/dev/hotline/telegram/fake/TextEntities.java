package dev.hotline.telegram.fake;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the entities Telegram marks in a user's plain text: bot commands and @mentions. */
final class TextEntities {

  // A command starts a word; "/ask@HotlineBot" is one bot_command entity, not a command plus a
  // mention.
  private static final Pattern BOT_COMMAND =
      Pattern.compile("(?<![\\w/])/[A-Za-z0-9_]{1,32}(@[A-Za-z0-9_]{3,32})?");
  private static final Pattern MENTION = Pattern.compile("(?<![\\w@/])@[A-Za-z0-9_]{4,32}");

  private TextEntities() {}

  static List<TextEntity> find(String text) {
    List<TextEntity> entities = new ArrayList<>();
    add(entities, BOT_COMMAND.matcher(text), "bot_command");
    add(entities, MENTION.matcher(text), "mention");
    entities.sort(TextEntity.TELEGRAM_ORDER);
    return entities;
  }

  private static void add(List<TextEntity> entities, Matcher matcher, String type) {
    while (matcher.find()) {
      entities.add(new TextEntity(type, matcher.start(), matcher.end() - matcher.start()));
    }
  }
}
