package dev.hotline.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import okhttp3.HttpUrl;

/**
 * The fake's gateway: opens a session per connection and dispatches events to the identified one.
 */
final class Gateway implements GatewaySession.Events {
  private final ObjectMapper mapper;
  private final EntityJson entities;
  private final FakeDiscordSetup setup;
  private final SnowflakeSource ids;
  private final String gatewayUrl;
  private final AwaitableLog<JsonNode> received =
      new AwaitableLog<>("gateway payload from the client");
  private final AwaitableLog<GatewaySession> identified =
      new AwaitableLog<>("identified gateway session");
  private final List<GatewaySession> open = new ArrayList<>();

  Gateway(
      ObjectMapper mapper,
      EntityJson entities,
      FakeDiscordSetup setup,
      SnowflakeSource ids,
      String gatewayUrl) {
    this.mapper = mapper;
    this.entities = entities;
    this.setup = setup;
    this.ids = ids;
    this.gatewayUrl = gatewayUrl;
  }

  /**
   * A session for a connection to this URL; JDA asks for {@code compress=zlib-stream} by default.
   */
  GatewaySession open(HttpUrl url) {
    Optional<ZlibStream> compression =
        "zlib-stream".equals(url.queryParameter("compress"))
            ? Optional.of(new ZlibStream())
            : Optional.empty();
    GatewaySession session =
        new GatewaySession(
            mapper, entities, setup, compression, "session-" + ids.nextString(), gatewayUrl, this);
    synchronized (open) {
      open.add(session);
    }
    return session;
  }

  @Override
  public void received(JsonNode payload) {
    received.add(payload);
  }

  @Override
  public void identified(GatewaySession session) {
    identified.add(session);
  }

  @Override
  public void closed(GatewaySession session) {
    synchronized (open) {
      open.remove(session);
    }
  }

  JsonNode awaitReceived(Predicate<JsonNode> matcher, Duration timeout) {
    return received.await(matcher, timeout);
  }

  List<JsonNode> received() {
    return received.snapshot();
  }

  /** Dispatches to the newest session that identified or resumed, waiting for one if need be. */
  void dispatch(String type, JsonNode data, Duration timeout) {
    currentSession(timeout).dispatch(type, data);
  }

  /**
   * Dispatches an event of {@code guild} to the session of the shard that serves it, as Discord
   * does, waiting for that shard to identify if need be.
   */
  void dispatch(String type, JsonNode data, FakeGuild guild, Duration timeout) {
    identified.await(s -> isOpen(s) && s.serves(guild), timeout).dispatch(type, data);
  }

  /** The shards that have identified and are connected now. */
  List<Integer> connectedShards() {
    return identified.snapshot().stream()
        .filter(this::isOpen)
        .map(GatewaySession::shard)
        .sorted()
        .toList();
  }

  /**
   * Closes the current session with that close code, e.g. 4000 or 1001 to make the client
   * reconnect.
   */
  void disconnect(int code, String reason, Duration timeout) {
    currentSession(timeout).close(code, reason);
  }

  private GatewaySession currentSession(Duration timeout) {
    // Sessions never reopen, so an open identified session is a current one; with several shards
    // connected, the one of the standard guild's shard.
    return identified.await(s -> isOpen(s) && s.serves(setup.guild()), timeout);
  }

  private boolean isOpen(GatewaySession session) {
    synchronized (open) {
      return open.contains(session);
    }
  }

  void closeAll() {
    List<GatewaySession> sessions;
    synchronized (open) {
      sessions = List.copyOf(open);
    }
    sessions.forEach(session -> session.close(1001, "Fake Discord is shutting down"));
  }
}
