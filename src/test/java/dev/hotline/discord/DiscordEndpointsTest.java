package dev.hotline.discord;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DiscordEndpointsTest {

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
