package dev.hotline.discord;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;

/**
 * JDA's session controller, connecting to a configured gateway URL instead of Discord's if one is
 * given, and telling Hotline why a first connection to the gateway failed (JDA retries it every few
 * seconds and otherwise only logs a stack trace).
 */
final class WatchedSessionController extends ConcurrentSessionController {
  private final Optional<String> gatewayUrl;
  private final boolean askShardCount;
  private final Consumer<RuntimeException> connectFailed;

  /**
   * @param askShardCount whether to ask Discord ({@code GET /gateway/bot}) how many shards it
   *     recommends even when the gateway URL is configured
   */
  WatchedSessionController(
      Optional<String> gatewayUrl,
      boolean askShardCount,
      Consumer<RuntimeException> connectFailed) {
    this.gatewayUrl = Objects.requireNonNull(gatewayUrl, "gatewayUrl");
    this.askShardCount = askShardCount;
    this.connectFailed = Objects.requireNonNull(connectFailed, "connectFailed");
  }

  // JDA appends a node that failed again itself: it is watched already.
  @Override
  public void appendSession(SessionConnectNode node) {
    super.appendSession(node instanceof WatchedNode ? node : new WatchedNode(node));
  }

  @Override
  public void removeSession(SessionConnectNode node) {
    super.removeSession(node instanceof WatchedNode ? node : new WatchedNode(node));
  }

  // A plain JDABuilder never asks /gateway/bot: this URL is the one it connects to.
  @Override
  public String getGateway() {
    return gatewayUrl.orElseGet(super::getGateway);
  }

  // Only a shard manager asks this. With a configured gateway and a known shard count, answering
  // it keeps /gateway/bot off the configured server; for the recommended count (auto) the REST
  // API is asked, and its gateway URL replaced by the configured one.
  @Override
  public ShardedGateway getShardedGateway(JDA api) {
    if (gatewayUrl.isEmpty()) {
      return super.getShardedGateway(api);
    }
    if (!askShardCount) {
      return new ShardedGateway(gatewayUrl.get(), 1);
    }
    ShardedGateway recommended = super.getShardedGateway(api);
    return new ShardedGateway(
        gatewayUrl.get(), recommended.getShardTotal(), recommended.getConcurrency());
  }

  /** The node JDA queued, reporting a failed connection before JDA queues it again. */
  private final class WatchedNode implements SessionConnectNode {
    private final SessionConnectNode node;

    WatchedNode(SessionConnectNode node) {
      this.node = node;
    }

    @Override
    public boolean isReconnect() {
      return node.isReconnect();
    }

    @Override
    public JDA getJDA() {
      return node.getJDA();
    }

    @Override
    public JDA.ShardInfo getShardInfo() {
      return node.getShardInfo();
    }

    @Override
    public void run(boolean isLast) throws InterruptedException {
      try {
        node.run(isLast);
      } catch (RuntimeException e) {
        connectFailed.accept(e);
        throw e;
      }
    }

    // JDA removes a node by equality with the one it appended.
    @Override
    public boolean equals(Object other) {
      return other instanceof WatchedNode watched && watched.node.equals(node);
    }

    @Override
    public int hashCode() {
      return node.hashCode();
    }
  }
}
