package dev.hotline.discord;

import dev.hotline.chat.ChatPlace;
import dev.hotline.chat.ChatReply;
import dev.hotline.chat.DayCard;
import dev.hotline.daily.PostOutcome;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.Set;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts a daily day card to a channel of a server this process has no gateway connection to (its
 * shard is another process's, which is down), straight over Discord's REST API: sending a message
 * needs only the channel's id and the bot token. The day's key goes out as the nonce with {@code
 * enforce_nonce}, so a post the other process had already sent is not posted again.
 */
final class RestDayPoster {
  private static final Logger log = LoggerFactory.getLogger(RestDayPoster.class);
  private static final String DISCORD_API = "https://discord.com/api/v10/";
  private static final MediaType JSON = MediaType.get("application/json");

  /** Unknown Channel, Unknown Guild, Missing Access, Missing Permissions. */
  private static final Set<Integer> GONE = Set.of(10003, 10004, 50001, 50013);

  private final String token;
  private final String baseUrl;
  private final DiscordRenderer renderer;

  RestDayPoster(String token, DiscordEndpoints endpoints, DiscordRenderer renderer) {
    this.token = token;
    String base = endpoints.restBaseUrl().orElse(DISCORD_API);
    this.baseUrl = base.endsWith("/") ? base : base + "/";
    this.renderer = renderer;
  }

  /** Posts through {@code http} (the shards' own client); what Discord said, as an outcome. */
  PostOutcome post(OkHttpClient http, ChatPlace place, DayCard card, String key) {
    // Without the server in its cache this process cannot tell whether embeds are allowed; a
    // channel where they are not shows the post's text without its card.
    DiscordMessage message = renderer.render(new ChatReply.DayReply(card, false), null, false);
    DataObject body =
        message
            .toCreateData()
            .toData()
            .put("nonce", key)
            .put("enforce_nonce", true)
            .put("allowed_mentions", DataObject.empty().put("parse", DataArray.empty()));
    Request request =
        new Request.Builder()
            .url(baseUrl + "channels/" + place.channelId() + "/messages")
            .header("Authorization", "Bot " + token)
            .post(RequestBody.create(body.toString(), JSON))
            .build();
    OkHttpClient timed = http.newBuilder().callTimeout(DiscordDayPoster.POST_TIMEOUT).build();
    try (Response response = timed.newCall(request).execute()) {
      if (response.isSuccessful()) {
        return PostOutcome.sent();
      }
      return refused(response, place, key);
    } catch (ConnectException e) {
      return PostOutcome.retryLater(
          DiscordDayPoster.NOT_CONNECTED_RETRY, "cannot reach Discord: " + e.getMessage());
    } catch (InterruptedIOException e) {
      // It may have reached Discord: the scheduler records a failure and does not try again.
      throw new IllegalStateException(
          "Discord did not answer daily post " + key + " within " + DiscordDayPoster.POST_TIMEOUT,
          e);
    } catch (IOException e) {
      throw new IllegalStateException("Daily post " + key + " failed: " + e.getMessage(), e);
    }
  }

  private static PostOutcome refused(Response response, ChatPlace place, String key)
      throws IOException {
    int status = response.code();
    DataObject error = errorOf(response.body());
    if (status == 429) {
      double seconds = error.getDouble("retry_after", 1);
      return PostOutcome.retryLater(
          Duration.ofMillis((long) Math.ceil(seconds * 1000)), "rate limited by Discord");
    }
    if (status >= 500) {
      // With the nonce enforced, a retry cannot double a post Discord took before failing.
      return PostOutcome.retryLater(
          DiscordDayPoster.SERVER_ERROR_RETRY, "Discord error HTTP " + status);
    }
    int code = error.getInt("code", 0);
    String meaning = error.getString("message", "HTTP " + status);
    log.warn(
        "Discord refused daily post {} in guild {} channel {}: {} {}",
        key,
        place.serverId(),
        place.channelId(),
        code,
        meaning);
    if (GONE.contains(code)) {
      return PostOutcome.gone("Discord error " + code + ": " + meaning);
    }
    throw new IllegalStateException(
        "Discord refused daily post " + key + ": HTTP " + status + " " + meaning);
  }

  private static DataObject errorOf(ResponseBody body) throws IOException {
    String text = body == null ? "" : body.string();
    try {
      return DataObject.fromJson(text);
    } catch (RuntimeException notJson) {
      return DataObject.empty();
    }
  }
}
