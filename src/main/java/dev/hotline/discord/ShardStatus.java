package dev.hotline.discord;

import java.time.Duration;

/**
 * One gateway shard of this process, for health checks and metrics.
 *
 * @param downFor how long it has been without its gateway connection (zero while connected)
 * @param reconnects how often it connected again after losing the connection
 * @param servers the servers (guilds) it serves
 */
public record ShardStatus(
    int id, int total, boolean connected, Duration downFor, long reconnects, long servers) {}
