/**
 * What must survive a restart: per-server settings, daily subscriptions and their delivery log,
 * quizzes (rounds, answers, scores, practice), in an embedded SQLite file (or a PostgreSQL server)
 * whose schema numbered migrations keep current. When several Hotline processes share a PostgreSQL,
 * it also keeps who is alive (process leases), turns one process holds at a time (the Telegram
 * poller) and which process claimed each daily post or daily quiz, and decides which of them each
 * process makes. Only the composition root uses this package; the chat layer and the daily posts
 * see it through their own interfaces.
 */
package dev.hotline.store;
