package dev.hotline.daily;

import dev.hotline.chat.ChatPlace;
import dev.hotline.chat.DayCard;
import dev.hotline.chat.Platform;
import dev.hotline.store.Database;
import dev.hotline.store.SqlSubscriptionStore;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Hotline's daily posting alone in a JVM of its own, for {@link DailyCrashTest} to kill mid-run: it
 * opens the database, recovers, and ticks until nothing is due, posting each card to an HTTP
 * endpoint. Arguments: database file, endpoint URL, the instant its clock stands at.
 */
public final class CrashingPosterMain {
  private CrashingPosterMain() {}

  public static void main(String[] args) throws Exception {
    Clock clock = Clock.fixed(Instant.parse(args[2]), ZoneOffset.UTC);
    URI endpoint = URI.create(args[1]);
    HttpClient http = HttpClient.newHttpClient();
    try (Database database = Database.openFile(Path.of(args[0]), clock)) {
      DailyScheduler scheduler =
          new DailyScheduler(
              new SqlSubscriptionStore(database),
              new FakeDayCards(),
              SendPacing.unlimited(clock),
              clock);
      scheduler.register(
          Platform.DISCORD, (place, card, key) -> post(http, endpoint, place, card, key));
      scheduler.recoverAfterRestart();
      DailyScheduler.TickReport report;
      do {
        report = scheduler.tick();
      } while (report.sent() + report.retrying() + report.waiting() > 0);
    }
  }

  private static PostOutcome post(
      HttpClient http, URI endpoint, ChatPlace place, DayCard card, String key) {
    String query =
        "key="
            + URLEncoder.encode(key, StandardCharsets.UTF_8)
            + "&channel="
            + URLEncoder.encode(place.channelId(), StandardCharsets.UTF_8);
    HttpRequest request =
        HttpRequest.newBuilder(endpoint.resolve("/post?" + query))
            .POST(HttpRequest.BodyPublishers.ofString(card.events().get(0).sentence()))
            .build();
    try {
      int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
      return status == 200
          ? PostOutcome.sent()
          : PostOutcome.retryLater(java.time.Duration.ofSeconds(1), "HTTP " + status);
    } catch (IOException e) {
      throw new IllegalStateException("posting " + key + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted posting " + key, e);
    }
  }
}
