package dev.hotline.app;

import dev.hotline.chat.ChatAdapter;
import dev.hotline.discord.DiscordAdapter;
import dev.hotline.discord.ShardStatus;
import dev.hotline.index.LiveIndex;
import dev.hotline.ops.ConnectionHealth;
import dev.hotline.ops.PrometheusMetrics;
import dev.hotline.telegram.TelegramAdapter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What {@code serve} shows operators beyond the counters of the chat layer: a health check per
 * adapter and per Discord shard of this process, and gauges for each shard, the Telegram polling
 * turn and the processes sharing the database.
 */
final class ServeHealth {
  private ServeHealth() {}

  /**
   * The checks {@code /health} answers, asked for on each request: the index, the database, each
   * adapter, and {@code discord-shard-N} for each shard this process runs (known once connected),
   * down once it has been without its gateway for {@code downAfter}.
   */
  static Supplier<Map<String, BooleanSupplier>> checks(
      LiveIndex index,
      ChatRuntime runtime,
      Map<ChatAdapter, ConnectionHealth> adapters,
      Duration downAfter) {
    return () -> {
      Map<String, BooleanSupplier> checks = new LinkedHashMap<>();
      checks.put("index", () -> index.withIndex(i -> i.passageCount() > 0));
      checks.put("database", runtime::databaseWritable);
      adapters.forEach(
          (adapter, health) ->
              checks.put(adapter.platform().name().toLowerCase(Locale.ROOT), health::up));
      for (ChatAdapter adapter : adapters.keySet()) {
        if (adapter instanceof DiscordAdapter discord) {
          for (ShardStatus shard : discord.shardStatuses()) {
            int id = shard.id();
            checks.put("discord-shard-" + id, () -> shardUp(discord, id, downAfter));
          }
        }
      }
      return checks;
    };
  }

  private static boolean shardUp(DiscordAdapter discord, int id, Duration downAfter) {
    return discord.shardStatuses().stream()
        .filter(s -> s.id() == id)
        .anyMatch(s -> s.connected() || s.downFor().compareTo(downAfter) < 0);
  }

  /** Registers the gauges of this process's shards, polling turn and fellow processes. */
  static void metrics(PrometheusMetrics metrics, List<ChatAdapter> adapters, ChatRuntime runtime) {
    for (ChatAdapter adapter : adapters) {
      if (adapter instanceof DiscordAdapter discord) {
        metrics.gauge(
            "hotline_discord_shard_connected",
            "Whether this process's Discord shard is connected to the gateway (1) or not (0).",
            perShard(discord, s -> s.connected() ? 1 : 0));
        metrics.gauge(
            "hotline_discord_shard_servers",
            "Servers (guilds) this process's Discord shard serves.",
            perShard(discord, ShardStatus::servers));
        metrics.counter(
            "hotline_discord_shard_reconnects_total",
            "Times this process's Discord shard connected again after losing the gateway.",
            perShard(discord, ShardStatus::reconnects));
      }
      if (adapter instanceof TelegramAdapter telegram) {
        metrics.gauge(
            "hotline_telegram_polling",
            "Whether this process polls the bot's Telegram updates now (1) or another does (0).",
            () -> Map.of("", telegram.pollsNow() ? 1 : 0));
      }
    }
    if (runtime.liveProcesses().isPresent()) {
      metrics.gauge(
          "hotline_processes",
          "Hotline processes alive on the shared database at the last heartbeat.",
          () -> Map.of("", runtime.liveProcesses().orElse(1)));
    }
  }

  private static Supplier<Map<String, Number>> perShard(
      DiscordAdapter discord, Function<ShardStatus, Number> value) {
    return () -> {
      Map<String, Number> samples = new LinkedHashMap<>();
      discord.shardStatuses().forEach(s -> samples.put("shard=\"" + s.id() + "\"", value.apply(s)));
      return samples;
    };
  }
}
