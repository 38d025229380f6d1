package dev.hotline.discord;

import java.util.Objects;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;

/** A session controller that connects to a configured gateway URL instead of Discord's. */
final class FixedGatewaySessionController extends ConcurrentSessionController {
  private final String gatewayUrl;

  FixedGatewaySessionController(String gatewayUrl) {
    this.gatewayUrl = Objects.requireNonNull(gatewayUrl, "gatewayUrl");
  }

  // A plain JDABuilder never asks /gateway/bot: this URL is the one it connects to.
  @Override
  public String getGateway() {
    return gatewayUrl;
  }

  // Only a shard manager asks this; answering it keeps /gateway/bot off the configured server too.
  @Override
  public ShardedGateway getShardedGateway(JDA api) {
    return new ShardedGateway(gatewayUrl, 1);
  }
}
