package dev.hotline.discord;

import dev.hotline.chat.ChatPlace;
import dev.hotline.chat.ChatReply;
import dev.hotline.daily.PostOutcome;
import dev.hotline.discord.DiscordDayPoster.Posted;
import dev.hotline.discord.DiscordDayPoster.PostedMessage;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts a daily post or a daily quiz to a channel of a server this process has no gateway
 * connection to (its shard is another process's, which is down), straight over Discord's REST API:
 * sending a message needs only the channel's id and the bot token. The day's key goes out as the
 * nonce with {@code enforce_nonce}, so a post the other process had already sent is not posted
 * again. A quiz's answer is shown the same way, by editing its message.
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

  /**
   * Posts through {@code http} (the shards' own client); what Discord said, as an outcome, with the
   * message it made (or had made the first time it saw the key).
   */
  Posted post(OkHttpClient http, ChatPlace place, ChatReply reply, String key) {
    // Without the server in its cache this process cannot tell whether embeds are allowed; a
    // channel where they are not shows the post's text without its card.
    DiscordMessage message = renderer.render(reply, null, false);
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
        return new Posted(PostOutcome.sent(), posted(response.body()));
      }
      return Posted.not(refused(response, place, key));
    } catch (ConnectException e) {
      return Posted.not(
          PostOutcome.retryLater(
              DiscordDayPoster.NOT_CONNECTED_RETRY, "cannot reach Discord: " + e.getMessage()));
    } catch (InterruptedIOException e) {
      // It may have reached Discord: the scheduler records a failure and does not try again.
      throw new IllegalStateException(
          "Discord did not answer daily post " + key + " within " + DiscordDayPoster.POST_TIMEOUT,
          e);
    } catch (IOException e) {
      throw new IllegalStateException("Daily post " + key + " failed: " + e.getMessage(), e);
    }
  }

  /**
   * Edits message {@code messageId} in channel {@code channelId} as {@code edit} says, through
   * {@code http}; throws when Discord did not take the edit.
   */
  void edit(OkHttpClient http, String channelId, String messageId, MessageEditData edit) {
    DataObject body =
        edit.toData().put("allowed_mentions", DataObject.empty().put("parse", DataArray.empty()));
    Request request =
        new Request.Builder()
            .url(baseUrl + "channels/" + channelId + "/messages/" + messageId)
            .header("Authorization", "Bot " + token)
            .patch(RequestBody.create(body.toString(), JSON))
            .build();
    OkHttpClient timed = http.newBuilder().callTimeout(DiscordDayPoster.POST_TIMEOUT).build();
    try (Response response = timed.newCall(request).execute()) {
      if (!response.isSuccessful()) {
        DataObject error = jsonOf(response.body());
        throw new IllegalStateException(
            "Discord refused to edit message "
                + messageId
                + ": HTTP "
                + response.code()
                + " "
                + error.getString("message", ""));
      }
    } catch (IOException e) {
      throw new IllegalStateException(
          "Could not edit message " + messageId + ": " + e.getMessage(), e);
    }
  }

  /** The message in a successful answer, if it names one, with its buttons' custom ids. */
  private static Optional<PostedMessage> posted(ResponseBody body) throws IOException {
    DataObject message = jsonOf(body);
    if (!message.hasKey("id") || !message.hasKey("channel_id")) {
      return Optional.empty();
    }
    List<String> buttons = new ArrayList<>();
    DataArray rows = message.optArray("components").orElseGet(DataArray::empty);
    for (int r = 0; r < rows.length(); r++) {
      DataArray row = rows.getObject(r).optArray("components").orElseGet(DataArray::empty);
      for (int c = 0; c < row.length(); c++) {
        row.getObject(c).opt("custom_id").map(String::valueOf).ifPresent(buttons::add);
      }
    }
    return Optional.of(
        new PostedMessage(message.getString("channel_id"), message.getString("id"), buttons));
  }

  private static PostOutcome refused(Response response, ChatPlace place, String key)
      throws IOException {
    int status = response.code();
    DataObject error = jsonOf(response.body());
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

  private static DataObject jsonOf(ResponseBody body) throws IOException {
    String text = body == null ? "" : body.string();
    try {
      return DataObject.fromJson(text);
    } catch (RuntimeException notJson) {
      return DataObject.empty();
    }
  }
}
