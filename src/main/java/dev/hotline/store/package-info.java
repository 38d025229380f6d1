/**
 * What must survive a restart: per-server settings, daily subscriptions and their delivery log, in
 * an embedded SQLite file (or a PostgreSQL server) whose schema numbered migrations keep current.
 * Only the composition root uses this package; the chat layer and the daily posts see it through
 * their own interfaces.
 */
package dev.hotline.store;
