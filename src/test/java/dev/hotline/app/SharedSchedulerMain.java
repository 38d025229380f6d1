package dev.hotline.app;

import dev.hotline.chat.ChatPlace;
import dev.hotline.chat.DayCard;
import dev.hotline.chat.Platform;
import dev.hotline.daily.DailyRunner;
import dev.hotline.daily.DailyScheduler;
import dev.hotline.daily.DayCards;
import dev.hotline.daily.PostOutcome;
import dev.hotline.daily.SendPacing;
import dev.hotline.discord.DiscordAdapter;
import dev.hotline.store.Database;
import dev.hotline.store.ProcessInfo;
import dev.hotline.store.ShardRange;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The daily posts of one Hotline process sharing a PostgreSQL, alone in a JVM for {@link
 * SharedSchedulersIT}: it joins the others with its Discord shard, and posts what its scheduler is
 * given to an HTTP endpoint standing in for the platforms, until it is stopped or killed.
 *
 * <p>Arguments: JDBC URL, user, endpoint, clock offset in ms, name, shard, shard total, lease ms,
 * grace s.
 */
public final class SharedSchedulerMain {
  private SharedSchedulerMain() {}

  public static void main(String[] args) throws Exception {
    String url = args[0];
    String user = args[1];
    URI endpoint = URI.create(args[2]);
    Clock clock = Clock.offset(Clock.systemUTC(), Duration.ofMillis(Long.parseLong(args[3])));
    String name = args[4];
    int shard = Integer.parseInt(args[5]);
    int total = Integer.parseInt(args[6]);
    Duration lease = Duration.ofMillis(Long.parseLong(args[7]));
    Duration grace = Duration.ofSeconds(Long.parseLong(args[8]));

    Database database = Database.openUrl(url, user, "", clock);
    ProcessInfo self =
        new ProcessInfo(
            name + "-" + ProcessHandle.current().pid(),
            Set.of(Platform.DISCORD, Platform.TELEGRAM),
            new ShardRange(total, shard, shard));
    Cluster cluster =
        Cluster.join(
            database,
            self,
            (place, count) ->
                place.platform() == Platform.DISCORD
                    ? OptionalInt.of(
                        DiscordAdapter.shardOf(Long.parseUnsignedLong(place.serverId()), count))
                    : OptionalInt.empty(),
            lease,
            grace,
            clock);
    DailyScheduler scheduler =
        new DailyScheduler(cluster.dailyStore(), oneEvent(), SendPacing.unlimited(clock), clock);
    HttpClient http = HttpClient.newHttpClient();
    for (Platform platform : List.of(Platform.DISCORD, Platform.TELEGRAM)) {
      scheduler.register(platform, (place, card, key) -> post(http, endpoint, name, place, key));
    }
    DailyRunner runner = new DailyRunner(scheduler, clock);
    cluster.onMembershipChange(runner::wake);
    cluster.start();
    runner.start();
    System.out.println(name + " started as " + self.id());
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  runner.close();
                  cluster.close();
                  database.close();
                }));
    Thread.currentThread().join(); // until stopped or killed
  }

  private static DayCards oneEvent() {
    return day ->
        new DayCard(
            day,
            day,
            true,
            List.of(
                new DayCard.DayEvent(
                    "1961-08-13", "an event", "Event.", "Article", "Test", null, "a#1")));
  }

  private static PostOutcome post(
      HttpClient http, URI endpoint, String by, ChatPlace place, String key) {
    String query =
        "key="
            + URLEncoder.encode(key, StandardCharsets.UTF_8)
            + "&by="
            + URLEncoder.encode(by, StandardCharsets.UTF_8)
            + "&platform="
            + place.platform()
            + "&server="
            + URLEncoder.encode(String.valueOf(place.serverId()), StandardCharsets.UTF_8);
    HttpRequest request =
        HttpRequest.newBuilder(endpoint.resolve("/post?" + query))
            .POST(HttpRequest.BodyPublishers.noBody())
            .build();
    try {
      int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
      return status == 200
          ? PostOutcome.sent()
          : PostOutcome.retryLater(Duration.ofSeconds(1), "HTTP " + status);
    } catch (IOException e) {
      throw new IllegalStateException("posting " + key + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted posting " + key, e);
    }
  }
}
