/**
 * A fake Telegram Bot API server for tests: the real telegrambots client long-polls it and calls
 * it, tests queue updates into it, script failures and inspect every recorded call.
 *
 * <p>It imitates the real server's wire behaviour where a bot can trip over it (held long polls,
 * offsets, string chat ids, lower-case method names, error envelopes with {@code retry_after} and
 * {@code migrate_to_chat_id}, HTML parse errors, "message is not modified"), not its full feature
 * set.
 */
package dev.hotline.telegram.fake;
