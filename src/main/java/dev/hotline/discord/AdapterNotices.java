package dev.hotline.discord;

import dev.hotline.chat.ChatReply.Notice;
import dev.hotline.chat.ChatReply.NoticeKind;

/** What the adapter itself says, about Discord matters the chat layer never sees. */
final class AdapterNotices {
  private AdapterNotices() {}

  static Notice unknownCommand() {
    return Notice.of(
        NoticeKind.USER_ERROR, "Unknown command", "Hotline does not know that command; try /help.");
  }

  static Notice busy() {
    return Notice.of(
        NoticeKind.COOLDOWN,
        "Hotline is busy",
        "Too many questions at once. Try again in a few seconds.");
  }

  static Notice staleButton() {
    return Notice.of(
        NoticeKind.USER_ERROR,
        "This button no longer works",
        "Ask the question again for fresh answers.");
  }

  static Notice deleteRefused() {
    return Notice.of(
        NoticeKind.REFUSED,
        "Not yours to delete",
        "Only the person who asked, or a moderator, can delete this answer.");
  }
}
