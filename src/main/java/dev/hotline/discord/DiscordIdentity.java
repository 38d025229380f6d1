package dev.hotline.discord;

import dev.hotline.chat.ChatPlace;
import dev.hotline.chat.ChatUser;
import dev.hotline.chat.Platform;
import java.util.Set;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.ISnowflake;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.Channel;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;

/** Who asks and where, as the chat layer names them, read from JDA's entities. */
final class DiscordIdentity {
  private DiscordIdentity() {}

  /**
   * The asker: an admin when they may manage the server (the right Discord shows the settings
   * command to), with the ids of their roles; outside a server, neither.
   */
  static ChatUser user(User user, Member member) {
    if (member == null) {
      return new ChatUser(user.getId(), user.getName(), false, Set.of());
    }
    Set<String> roles =
        member.getRoles().stream().map(ISnowflake::getId).collect(Collectors.toSet());
    return new ChatUser(
        user.getId(), user.getName(), member.hasPermission(Permission.MANAGE_SERVER), roles);
  }

  /**
   * The place: a server channel or a direct chat. A thread counts as its parent channel, so that
   * allowing a channel allows the threads under it.
   */
  static ChatPlace place(Guild guild, Channel channel, String channelId) {
    if (guild == null) {
      return new ChatPlace(Platform.DISCORD, null, channelId);
    }
    String id =
        channel instanceof ThreadChannel thread ? thread.getParentChannel().getId() : channelId;
    return new ChatPlace(Platform.DISCORD, guild.getId(), id);
  }
}
