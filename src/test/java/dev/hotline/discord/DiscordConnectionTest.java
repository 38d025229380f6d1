package dev.hotline.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hotline.discord.fake.FakeDiscord;
import dev.hotline.discord.fake.FakeDiscordSetup;
import dev.hotline.discord.fake.FakeGuild;
import dev.hotline.discord.fake.RestCall;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.events.GatewayPingEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.requests.GatewayIntent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class DiscordConnectionTest {

  @Test
  void connectsThroughTheFakeAndSeesItsGuild() {
    try (BotOnFakeDiscord bot = BotOnFakeDiscord.connect()) {
      JDA jda = bot.jda();
      FakeGuild expected = bot.fake().guild();

      assertEquals(JDA.Status.CONNECTED, jda.getStatus());
      assertEquals(bot.fake().bot().id(), jda.getSelfUser().getIdLong());
      assertEquals(bot.fake().setup().applicationId(), jda.getSelfUser().getApplicationIdLong());
      Guild guild = jda.getGuildById(expected.id());
      assertNotNull(guild, "guild from GUILD_CREATE");
      assertEquals(expected.name(), guild.getName());
      assertEquals(
          expected.textChannelName(), guild.getTextChannelById(expected.textChannelId()).getName());
      assertEquals(expected.admin().id(), guild.getOwnerIdLong());
      assertNotNull(guild.getRoleById(expected.adminRoleId()), "admin role");
      assertTrue(
          guild.getSelfMember().getRoles().stream()
              .anyMatch(r -> r.getIdLong() == expected.botRoleId()));
    }
  }

  @Test
  void aWrongTokenFailsTheStartAtOnce() {
    try (FakeDiscord fake = FakeDiscord.start()) {
      DiscordEndpoints endpoints = DiscordEndpoints.of(fake.restUrl(), fake.gatewayUrl());

      assertThrows(
          InvalidTokenException.class,
          () -> DiscordConnection.start("not-the-token", endpoints, List.of()));
    }
  }

  @Test
  void resumesAfterTheGatewayDropsAndStillReceivesEvents() {
    var command = OnEvent.recording(SlashCommandInteractionEvent.class);
    try (BotOnFakeDiscord bot = BotOnFakeDiscord.connect(command)) {
      FakeDiscord fake = bot.fake();
      // 1001 is how Discord's load balancers drop a connection; JDA resumes without logging an
      // error.
      fake.disconnectGateway(1001, "Discord is restarting");

      fake.awaitGatewayPayload(p -> p.path("op").asInt() == 6, BotOnFakeDiscord.WAIT);
      fake.dispatchSlashCommand(fake.guild().member(), "ask");
      assertEquals("ask", command.await(BotOnFakeDiscord.WAIT).getName());
    }
  }

  @Test
  void logsInOverRestWithTheBotToken() {
    try (BotOnFakeDiscord bot = BotOnFakeDiscord.connect()) {
      RestCall login = bot.fake().awaitRequest("GET", "/users/@me", BotOnFakeDiscord.WAIT);

      assertEquals("Bot " + bot.fake().token(), login.header("Authorization"));
      assertEquals(200, login.status());
    }
  }

  @Test
  void identifiesWithOnlyUnprivilegedIntents() {
    try (BotOnFakeDiscord bot = BotOnFakeDiscord.connect()) {
      JsonNode identify =
          bot.fake().awaitGatewayPayload(p -> p.path("op").asInt() == 2, BotOnFakeDiscord.WAIT);

      assertEquals(bot.fake().token(), identify.at("/d/token").asText());
      long intents = identify.at("/d/intents").asLong();
      for (GatewayIntent privileged :
          new GatewayIntent[] {
            GatewayIntent.MESSAGE_CONTENT,
            GatewayIntent.GUILD_MEMBERS,
            GatewayIntent.GUILD_PRESENCES
          }) {
        assertEquals(0, intents & privileged.getRawValue(), privileged + " must stay off");
      }
      assertEquals(
          GatewayIntent.GUILD_MESSAGES.getRawValue(),
          intents & GatewayIntent.GUILD_MESSAGES.getRawValue());
      assertEquals(
          GatewayIntent.DIRECT_MESSAGES.getRawValue(),
          intents & GatewayIntent.DIRECT_MESSAGES.getRawValue());
    }
  }

  @Test
  void heartbeatsAreAcknowledged() throws InterruptedException {
    CountDownLatch acknowledged = new CountDownLatch(2);
    ListenerAdapter pings =
        new ListenerAdapter() {
          @Override
          public void onGatewayPing(GatewayPingEvent event) {
            acknowledged.countDown();
          }
        };
    FakeDiscordSetup fastHeartbeats =
        FakeDiscordSetup.defaults().withHeartbeatInterval(Duration.ofMillis(100));
    try (BotOnFakeDiscord bot = BotOnFakeDiscord.connect(fastHeartbeats, pings)) {
      assertTrue(
          acknowledged.await(5, TimeUnit.SECONDS), "two heartbeat ACKs turn into ping events");
      // READY and GUILD_CREATE were events 1 and 2: later heartbeats must say so.
      bot.fake()
          .awaitGatewayPayload(
              p -> p.path("op").asInt() == 1 && p.path("d").asLong() >= 2, BotOnFakeDiscord.WAIT);
    }
  }
}
