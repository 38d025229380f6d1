package dev.hotline.telegram.render;

import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;

/**
 * A rendered message: HTML for {@link #PARSE_MODE} within Telegram's limits, and its buttons.
 *
 * @param html the text, every piece of article and user text escaped
 * @param keyboard the inline keyboard, or {@code null} when the message has no buttons
 */
public record TelegramMessage(String html, InlineKeyboardMarkup keyboard) {

  /** The parse mode {@link #html()} is written for. */
  public static final String PARSE_MODE = "HTML";

  public boolean hasKeyboard() {
    return keyboard != null;
  }
}
