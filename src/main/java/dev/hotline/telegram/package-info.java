/**
 * Telegram adapter: for now only the connection to a Bot API server (official or self-hosted).
 *
 * <p>Long polling and outbound calls both go through the telegrambots library; this package decides
 * where they point, how long a poll may be held, and how everything shuts down.
 */
package dev.hotline.telegram;
