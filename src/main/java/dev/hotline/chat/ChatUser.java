package dev.hotline.chat;

import java.util.Set;

/**
 * Who is asking, as the adapter sees them.
 *
 * @param admin whether the platform grants them its admin right here (Discord "Manage Server",
 *     Telegram chat administrator)
 * @param roles the platform role ids they hold in this server (empty where roles do not exist)
 */
public record ChatUser(String id, String name, boolean admin, Set<String> roles) {
  public ChatUser {
    roles = Set.copyOf(roles);
  }
}
