package dev.hotline.discord;

import dev.hotline.answer.AnswerService;
import dev.hotline.chat.ChatPlace;
import dev.hotline.chat.ChatService;
import dev.hotline.chat.InMemorySettingsStore;
import dev.hotline.chat.Platform;
import dev.hotline.discord.fake.FakeDiscord;
import java.time.Clock;

/**
 * A started {@link DiscordAdapter} over a real chat layer and index, connected to a fake Discord.
 */
final class AdapterOnFakeDiscord implements AutoCloseable {
  private final FakeDiscord fake;
  private final ChatService chat;
  private final RecordingLifecycle lifecycle;
  private final DiscordAdapter adapter;

  private AdapterOnFakeDiscord(
      FakeDiscord fake, ChatService chat, RecordingLifecycle lifecycle, DiscordAdapter adapter) {
    this.fake = fake;
    this.chat = chat;
    this.lifecycle = lifecycle;
    this.adapter = adapter;
  }

  static AdapterOnFakeDiscord start(AnswerService answers) {
    return start(answers, Clock.systemUTC());
  }

  /** With the chat layer (its cooldowns, its answer memory) on {@code clock}. */
  static AdapterOnFakeDiscord start(AnswerService answers, Clock clock) {
    FakeDiscord fake = FakeDiscord.start();
    RecordingLifecycle lifecycle = new RecordingLifecycle();
    ChatService chat =
        new ChatService(answers, new InMemorySettingsStore(), lifecycle, clock, "test");
    DiscordAdapter adapter =
        new DiscordAdapter(
            chat, fake.token(), DiscordEndpoints.of(fake.restUrl(), fake.gatewayUrl()));
    try {
      adapter.start();
      return new AdapterOnFakeDiscord(fake, chat, lifecycle, adapter);
    } catch (Exception e) {
      adapter.close();
      fake.close();
      throw new AssertionError("The adapter did not start on the fake Discord", e);
    }
  }

  FakeDiscord fake() {
    return fake;
  }

  ChatService chat() {
    return chat;
  }

  RecordingLifecycle lifecycle() {
    return lifecycle;
  }

  DiscordAdapter adapter() {
    return adapter;
  }

  /** The fake guild's text channel, as the chat layer names it. */
  ChatPlace textChannel() {
    return new ChatPlace(
        Platform.DISCORD,
        Long.toUnsignedString(fake.guild().id()),
        Long.toUnsignedString(fake.guild().textChannelId()));
  }

  @Override
  public void close() {
    adapter.close();
    fake.close();
  }
}
