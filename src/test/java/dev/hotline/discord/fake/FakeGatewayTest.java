package dev.hotline.discord.fake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import okio.ByteString;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The fake's gateway as a plain WebSocket client sees it: the v10 handshake, heartbeats and
 * compression.
 */
@Timeout(10)
class FakeGatewayTest {
  private final ObjectMapper mapper = new ObjectMapper();
  private final OkHttpClient http = new OkHttpClient();
  private final FakeDiscord fake = FakeDiscord.start();
  private final BlockingQueue<Object> frames = new LinkedBlockingQueue<>();
  private final Inflater inflater = new Inflater();

  @AfterEach
  void close() {
    fake.close();
    http.dispatcher().executorService().shutdown();
    inflater.end();
  }

  @Test
  void handshakeGivesHelloReadyAndGuildCreateWithSequenceNumbers() throws Exception {
    WebSocket socket = connect("");
    JsonNode hello = next();
    assertEquals(10, hello.path("op").asInt());
    assertEquals(41_250, hello.at("/d/heartbeat_interval").asInt());

    socket.send(identify(fake.token()));
    JsonNode ready = next();
    assertEquals("READY", ready.path("t").asText());
    assertEquals(1, ready.path("s").asInt());
    assertEquals(fake.bot().idString(), ready.at("/d/user/id").asText());
    assertEquals(fake.gatewayUrl(), ready.at("/d/resume_gateway_url").asText());
    assertTrue(ready.at("/d/guilds/0/unavailable").asBoolean());
    JsonNode guild = next();
    assertEquals("GUILD_CREATE", guild.path("t").asText());
    assertEquals(2, guild.path("s").asInt());
    assertEquals(3, guild.at("/d/members").size());

    socket.send("{\"op\":1,\"d\":2}");
    assertEquals(11, next().path("op").asInt());

    String messageId = fake.dispatchDirectMessage(fake.guild().member(), "Hi");
    JsonNode created = next();
    assertEquals("MESSAGE_CREATE", created.path("t").asText());
    assertEquals(3, created.path("s").asInt());
    assertEquals(messageId, created.at("/d/id").asText());
    socket.close(1000, null);
  }

  @Test
  void zlibStreamCompressesEveryPayloadIntoOneStream() throws Exception {
    WebSocket socket = connect("?v=10&encoding=json&compress=zlib-stream");
    assertEquals(10, next().path("op").asInt());
    socket.send(identify(fake.token()));
    assertEquals("READY", next().path("t").asText());
    assertEquals("GUILD_CREATE", next().path("t").asText());
    socket.close(1000, null);
  }

  @Test
  void wrongTokenClosesWithAuthenticationFailed() throws Exception {
    WebSocket socket = connect("");
    next();
    socket.send(identify("not-the-token"));
    assertEquals(4004, frames.poll(5, TimeUnit.SECONDS), "close code");
  }

  private WebSocket connect(String query) {
    return http.newWebSocket(
        new Request.Builder().url(fake.gatewayUrl() + query).build(),
        new WebSocketListener() {
          @Override
          public void onMessage(WebSocket webSocket, String text) {
            frames.add(text);
          }

          @Override
          public void onMessage(WebSocket webSocket, ByteString bytes) {
            frames.add(bytes);
          }

          @Override
          public void onClosing(WebSocket webSocket, int code, String reason) {
            frames.add(code);
            webSocket.close(code, null);
          }
        });
  }

  private String identify(String token) {
    return "{\"op\":2,\"d\":{\"token\":\""
        + token
        + "\",\"intents\":4608,"
        + "\"properties\":{\"os\":\"linux\",\"browser\":\"test\",\"device\":\"test\"}}}";
  }

  /** The next payload, inflated from the connection's one zlib stream when it came compressed. */
  private JsonNode next() throws InterruptedException, IOException, DataFormatException {
    Object frame = frames.poll(5, TimeUnit.SECONDS);
    assertNotNull(frame, "no gateway payload within 5 s");
    if (frame instanceof ByteString bytes) {
      byte[] data = bytes.toByteArray();
      assertEquals(
          0x0000FFFF,
          ((data[data.length - 4] & 0xFF) << 24
              | (data[data.length - 3] & 0xFF) << 16
              | (data[data.length - 2] & 0xFF) << 8
              | (data[data.length - 1] & 0xFF)),
          "sync flush suffix");
      inflater.setInput(data);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] chunk = new byte[8192];
      int read;
      while ((read = inflater.inflate(chunk)) > 0) {
        out.write(chunk, 0, read);
      }
      return mapper.readTree(out.toString(StandardCharsets.UTF_8));
    }
    return mapper.readTree((String) frame);
  }
}
