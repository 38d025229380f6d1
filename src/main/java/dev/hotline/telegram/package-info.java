/**
 * The Telegram adapter: {@link dev.hotline.telegram.TelegramAdapter} connects to a Bot API server
 * (official or self-hosted), turns updates into chat-layer commands and delivers the replies.
 *
 * <p>Long polling and outbound calls both go through the telegrambots library; this package decides
 * where they point, which messages are meant for Hotline, who may change settings, and how fast and
 * how often to send. Where several processes serve one bot, they poll in turns ({@link
 * dev.hotline.telegram.PollingTurn}), or Telegram pushes updates to a webhook ({@link
 * dev.hotline.telegram.TelegramWebhook}) that any of them receives; either way each update is
 * handled once. Rendering, escaping and Telegram's size limits are in {@link
 * dev.hotline.telegram.render}.
 */
package dev.hotline.telegram;
