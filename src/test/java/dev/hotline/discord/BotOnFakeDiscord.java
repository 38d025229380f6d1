package dev.hotline.discord;

import dev.hotline.discord.fake.FakeDiscord;
import dev.hotline.discord.fake.FakeDiscordSetup;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.events.StatusChangeEvent;
import net.dv8tion.jda.api.hooks.EventListener;
import net.dv8tion.jda.api.hooks.ListenerAdapter;

/**
 * A fake Discord and a JDA built by {@link DiscordConnection} that has connected to it and is
 * ready.
 */
final class BotOnFakeDiscord implements AutoCloseable {
  static final Duration WAIT = Duration.ofSeconds(5);

  private final FakeDiscord fake;
  private final JDA jda;

  private BotOnFakeDiscord(FakeDiscord fake, JDA jda) {
    this.fake = fake;
    this.jda = jda;
  }

  static BotOnFakeDiscord connect(EventListener... listeners) {
    return connect(FakeDiscordSetup.defaults(), listeners);
  }

  static BotOnFakeDiscord connect(FakeDiscordSetup setup, EventListener... listeners) {
    FakeDiscord fake = FakeDiscord.start(setup);
    // ReadyEvent comes just before the status turns CONNECTED: wait for the status itself.
    CompletableFuture<JDA.Status> connected = new CompletableFuture<>();
    List<EventListener> all = new ArrayList<>(List.of(listeners));
    all.add(
        new ListenerAdapter() {
          @Override
          public void onStatusChange(StatusChangeEvent event) {
            if (event.getNewStatus() == JDA.Status.CONNECTED) {
              connected.complete(event.getNewStatus());
            }
          }
        });
    JDA jda = null;
    try {
      jda =
          DiscordConnection.start(
              fake.token(), DiscordEndpoints.of(fake.restUrl(), fake.gatewayUrl()), all);
      connected.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
      return new BotOnFakeDiscord(fake, jda);
    } catch (InterruptedException | ExecutionException | TimeoutException | RuntimeException e) {
      shutDown(jda);
      fake.close();
      throw new AssertionError(
          "JDA did not get ready on the fake Discord; status "
              + (jda == null ? "not built" : jda.getStatus()),
          e);
    }
  }

  FakeDiscord fake() {
    return fake;
  }

  JDA jda() {
    return jda;
  }

  @Override
  public void close() {
    shutDown(jda);
    fake.close();
  }

  /**
   * Shuts JDA down gracefully first: shutdownNow() interrupts JDA's REST workers even when a call
   * has just completed, which makes JDA log errors from its bucket bookkeeping. shutdownNow() stays
   * as the fallback so that a stuck client never outlives its test.
   */
  private static void shutDown(JDA jda) {
    if (jda == null) {
      return;
    }
    try {
      jda.shutdown();
      if (jda.awaitShutdown(WAIT)) {
        return;
      }
      jda.shutdownNow();
      if (!jda.awaitShutdown(WAIT)) {
        throw new AssertionError("JDA did not shut down even with shutdownNow()");
      }
      throw new AssertionError("JDA needed shutdownNow(): a call or the gateway was stuck");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      jda.shutdownNow();
    }
  }
}
