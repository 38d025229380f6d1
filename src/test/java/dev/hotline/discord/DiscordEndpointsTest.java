package dev.hotline.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DiscordEndpointsTest {

  @Test
  void readsBothOverridesFromTheEnvironment() {
    DiscordEndpoints endpoints =
        DiscordEndpoints.fromEnvironment(
            Map.of(
                "HOTLINE_DISCORD_REST_URL", "http://127.0.0.1:8080/api/v10/",
                "HOTLINE_DISCORD_GATEWAY_URL", "ws://127.0.0.1:8080/gateway"));

    assertEquals(Optional.of("http://127.0.0.1:8080/api/v10/"), endpoints.restBaseUrl());
    assertEquals(Optional.of("ws://127.0.0.1:8080/gateway"), endpoints.gatewayUrl());
  }

  @Test
  void missingOrBlankVariablesMeanDiscordItself() {
    assertEquals(DiscordEndpoints.discord(), DiscordEndpoints.fromEnvironment(Map.of()));
    assertEquals(
        DiscordEndpoints.discord(),
        DiscordEndpoints.fromEnvironment(Map.of("HOTLINE_DISCORD_REST_URL", "  ")));
  }

  @Test
  void refusesUrlsOfTheWrongScheme() {
    IllegalArgumentException rest =
        assertThrows(
            IllegalArgumentException.class,
            () -> DiscordEndpoints.of("ws://127.0.0.1/api/v10/", "ws://127.0.0.1/gateway"));
    assertTrue(rest.getMessage().contains("HOTLINE_DISCORD_REST_URL"), rest.getMessage());
    IllegalArgumentException gateway =
        assertThrows(
            IllegalArgumentException.class,
            () -> DiscordEndpoints.of("http://127.0.0.1/api/v10/", "http://127.0.0.1/gateway"));
    assertTrue(gateway.getMessage().contains("HOTLINE_DISCORD_GATEWAY_URL"), gateway.getMessage());
  }
}
