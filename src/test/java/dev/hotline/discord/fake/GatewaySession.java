package dev.hotline.discord.fake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import okio.ByteString;

/** One client's gateway connection: HELLO, IDENTIFY, READY, heartbeats and numbered dispatches. */
final class GatewaySession extends WebSocketListener {
  static final int DISPATCH = 0;
  static final int HEARTBEAT = 1;
  static final int IDENTIFY = 2;
  static final int RESUME = 6;
  static final int HELLO = 10;
  static final int HEARTBEAT_ACK = 11;
  private static final int AUTHENTICATION_FAILED = 4004;

  /** What the session tells the gateway hub about. */
  interface Events {
    void received(JsonNode payload);

    void identified(GatewaySession session);

    void closed(GatewaySession session);
  }

  private final ObjectMapper mapper;
  private final EntityJson entities;
  private final FakeDiscordSetup setup;
  private final Optional<ZlibStream> compression;
  private final String sessionId;
  private final String resumeUrl;
  private final Events events;
  private WebSocket socket;
  private int sequence;
  private boolean ended;
  private int shard;
  private int total = 1;

  GatewaySession(
      ObjectMapper mapper,
      EntityJson entities,
      FakeDiscordSetup setup,
      Optional<ZlibStream> compression,
      String sessionId,
      String resumeUrl,
      Events events) {
    this.mapper = mapper;
    this.entities = entities;
    this.setup = setup;
    this.compression = compression;
    this.sessionId = sessionId;
    this.resumeUrl = resumeUrl;
    this.events = events;
  }

  @Override
  public void onOpen(WebSocket webSocket, Response response) {
    synchronized (this) {
      socket = webSocket;
    }
    ObjectNode hello = mapper.createObjectNode().put("op", HELLO);
    hello.putObject("d").put("heartbeat_interval", setup.heartbeatInterval().toMillis());
    send(hello);
  }

  @Override
  public void onMessage(WebSocket webSocket, String text) {
    JsonNode payload;
    try {
      payload = mapper.readTree(text);
    } catch (JsonProcessingException e) {
      webSocket.close(4002, "Error while decoding payload.");
      return;
    }
    events.received(payload);
    switch (payload.path("op").asInt(-1)) {
      case HEARTBEAT -> send(mapper.createObjectNode().put("op", HEARTBEAT_ACK));
      case IDENTIFY -> identify(payload.path("d"));
      case RESUME -> resume();
      default -> {
        // Presence updates and member requests need no answer from this fake.
      }
    }
  }

  private void identify(JsonNode data) {
    if (!setup.token().equals(data.path("token").asText())) {
      socket().close(AUTHENTICATION_FAILED, "Authentication failed.");
      return;
    }
    // A client that does not shard sends no shard, or [0, 1].
    JsonNode shardInfo = data.path("shard");
    synchronized (this) {
      shard = shardInfo.path(0).asInt(0);
      total = Math.max(1, shardInfo.path(1).asInt(1));
    }
    dispatch("READY", entities.ready(sessionId, resumeUrl, shard, total));
    for (FakeGuild guild : setup.guilds()) {
      if (guild.shard(total) == shard) {
        dispatch("GUILD_CREATE", entities.guildCreate(guild));
      }
    }
    events.identified(this);
  }

  /** Whether this session is the shard that serves {@code guild}. */
  synchronized boolean serves(FakeGuild guild) {
    return guild.shard(total) == shard;
  }

  /** The shard this session identified as. */
  synchronized int shard() {
    return shard;
  }

  private void resume() {
    dispatch("RESUMED", mapper.createObjectNode());
    events.identified(this);
  }

  /** Sends an event with the next sequence number, the order in which the client must see them. */
  synchronized void dispatch(String type, JsonNode data) {
    ObjectNode payload =
        mapper.createObjectNode().put("op", DISPATCH).put("t", type).put("s", ++sequence);
    payload.set("d", data);
    send(payload);
  }

  /** Closes the connection as Discord does when it wants the client to reconnect or stop. */
  void close(int code, String reason) {
    socket().close(code, reason);
  }

  private synchronized WebSocket socket() {
    return socket;
  }

  private synchronized void send(JsonNode payload) {
    if (ended) {
      return;
    }
    String text;
    try {
      text = mapper.writeValueAsString(payload);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Unwritable payload " + payload, e);
    }
    if (compression.isPresent()) {
      socket.send(ByteString.of(compression.get().compress(text)));
    } else {
      socket.send(text);
    }
  }

  @Override
  public void onClosing(WebSocket webSocket, int code, String reason) {
    // Echo the client's close frame, as a server must, so that its close completes at once.
    webSocket.close(code, null);
  }

  @Override
  public void onClosed(WebSocket webSocket, int code, String reason) {
    end();
  }

  @Override
  public void onFailure(WebSocket webSocket, Throwable failure, Response response) {
    end();
  }

  private void end() {
    synchronized (this) {
      ended = true;
      compression.ifPresent(ZlibStream::close);
    }
    events.closed(this);
  }
}
