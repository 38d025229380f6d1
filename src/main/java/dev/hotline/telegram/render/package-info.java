/**
 * Renders chat replies as Telegram messages: HTML parse mode, inline keyboards and inline-query
 * results.
 *
 * <p>Escaping and Telegram's size limits live here and nowhere else: everything else in the adapter
 * hands over plain text, and {@link dev.hotline.telegram.render.TelegramRenderer} alone decides
 * what reaches Telegram as markup.
 */
package dev.hotline.telegram.render;
