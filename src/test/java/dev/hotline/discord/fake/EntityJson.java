package dev.hotline.discord.fake;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import net.dv8tion.jda.api.Permission;

/**
 * Builds the JSON of the fake's users, roles, members, channels and guild as Discord's API v10
 * shapes them.
 */
final class EntityJson {
  /** What @everyone may do in the standard guild: read, write, embed, attach, use commands. */
  static final long EVERYONE_PERMISSIONS =
      Permission.getRaw(
          Permission.CREATE_INSTANT_INVITE,
          Permission.MESSAGE_ADD_REACTION,
          Permission.VIEW_CHANNEL,
          Permission.MESSAGE_SEND,
          Permission.MESSAGE_EMBED_LINKS,
          Permission.MESSAGE_ATTACH_FILES,
          Permission.MESSAGE_HISTORY,
          Permission.MESSAGE_EXT_EMOJI,
          Permission.NICKNAME_CHANGE,
          Permission.USE_APPLICATION_COMMANDS,
          Permission.MESSAGE_SEND_IN_THREADS);

  /** Discord shows an administrator every permission, whatever the channel. */
  static final long ADMINISTRATOR_PERMISSIONS =
      Permission.getRaw(
          Arrays.stream(Permission.values()).filter(p -> p != Permission.UNKNOWN).toList());

  private final JsonNodeFactory json;
  private final FakeDiscordSetup setup;
  private final String joinedAt;

  EntityJson(JsonNodeFactory json, FakeDiscordSetup setup, String joinedAt) {
    this.json = json;
    this.setup = setup;
    this.joinedAt = joinedAt;
  }

  JsonNodeFactory factory() {
    return json;
  }

  ObjectNode user(FakeUser user) {
    ObjectNode node =
        json.objectNode()
            .put("id", user.idString())
            .put("username", user.username())
            .put("global_name", user.username())
            .put("discriminator", "0")
            .putNull("avatar")
            .put("public_flags", 0);
    if (user.bot()) {
      // Discord leaves "bot" out for people.
      node.put("bot", true);
    }
    return node;
  }

  /** The bot as {@code GET /users/@me} and READY describe it. */
  ObjectNode selfUser() {
    return user(setup.bot())
        .put("verified", true)
        .put("mfa_enabled", false)
        .put("flags", 0)
        .putNull("email")
        .putNull("banner")
        .putNull("accent_color")
        .put("locale", "en-US");
  }

  ObjectNode application() {
    ObjectNode node =
        json.objectNode()
            .put("id", Long.toUnsignedString(setup.applicationId()))
            .put("name", setup.bot().username())
            .putNull("icon")
            .put("description", "Answers Cold War history questions.")
            .put("bot_public", false)
            .put("bot_require_code_grant", false)
            .put("verify_key", "0".repeat(64))
            .put("flags", 0)
            .putNull("team")
            .put("hook", true)
            .put("is_monetized", false)
            .put("summary", "")
            .put("integration_public", false)
            .put("integration_require_code_grant", false);
    node.set("owner", user(setup.guild().admin()));
    node.set("bot", user(setup.bot()));
    node.set("tags", json.arrayNode());
    node.set("redirect_uris", json.arrayNode());
    return node;
  }

  /** The member's permissions in the text channel, as interactions carry them. */
  long permissionsOf(FakeUser user) {
    FakeGuild guild = setup.guild();
    return user.id() == guild.admin().id() ? ADMINISTRATOR_PERMISSIONS : EVERYONE_PERMISSIONS;
  }

  /** A guild member without the {@code user} field, as MESSAGE_CREATE's {@code member} is. */
  ObjectNode memberWithoutUser(FakeUser user) {
    return memberWithoutUser(user, setup.guild());
  }

  /** As {@link #memberWithoutUser(FakeUser)}, in {@code guild}. */
  ObjectNode memberWithoutUser(FakeUser user, FakeGuild guild) {
    ObjectNode node =
        json.objectNode()
            .put("joined_at", joinedAt)
            .putNull("premium_since")
            .put("deaf", false)
            .put("mute", false)
            .put("pending", false)
            .putNull("nick")
            .putNull("avatar")
            .putNull("banner")
            .put("flags", 0)
            .putNull("communication_disabled_until");
    node.set("roles", roleIdsOf(user, guild));
    return node;
  }

  ObjectNode member(FakeUser user) {
    return member(user, setup.guild());
  }

  ObjectNode member(FakeUser user, FakeGuild guild) {
    ObjectNode node = memberWithoutUser(user, guild);
    node.set("user", user(user));
    return node;
  }

  /**
   * A member as an interaction carries it: with the permissions Discord computed for the channel.
   */
  ObjectNode interactionMember(FakeUser user) {
    return member(user).put("permissions", Long.toString(permissionsOf(user)));
  }

  private ArrayNode roleIdsOf(FakeUser user, FakeGuild guild) {
    ArrayNode roles = json.arrayNode();
    if (user.id() == guild.admin().id()) {
      roles.add(Long.toUnsignedString(guild.adminRoleId()));
    } else if (user.id() == setup.bot().id()) {
      roles.add(Long.toUnsignedString(guild.botRoleId()));
    }
    return roles;
  }

  ObjectNode textChannel() {
    return textChannel(setup.guild());
  }

  ObjectNode textChannel(FakeGuild guild) {
    ObjectNode node =
        json.objectNode()
            .put("id", Long.toUnsignedString(guild.textChannelId()))
            .put("type", 0)
            .put("guild_id", Long.toUnsignedString(guild.id()))
            .put("name", guild.textChannelName())
            .put("position", 0)
            .putNull("parent_id")
            .put("topic", "Ask about the Cold War")
            .put("nsfw", false)
            .put("rate_limit_per_user", 0)
            .putNull("last_message_id")
            .put("flags", 0);
    node.set("permission_overwrites", json.arrayNode());
    return node;
  }

  /** The DM channel between the bot and the ordinary member. */
  ObjectNode directChannel() {
    ObjectNode node =
        json.objectNode()
            .put("id", Long.toUnsignedString(setup.directChannelId()))
            .put("type", 1)
            .putNull("last_message_id")
            .put("flags", 0);
    node.set("recipients", json.arrayNode().add(user(setup.guild().member())));
    return node;
  }

  private ObjectNode role(long id, String name, int position, long permissions, boolean managed) {
    ObjectNode node =
        json.objectNode()
            .put("id", Long.toUnsignedString(id))
            .put("name", name)
            .put("color", 0)
            .put("hoist", false)
            .putNull("icon")
            .putNull("unicode_emoji")
            .put("position", position)
            .put("permissions", Long.toString(permissions))
            .put("managed", managed)
            .put("mentionable", false)
            .put("flags", 0);
    // JDA 6 reads colours from "colors" only, and fails without it.
    node.putObject("colors")
        .put("primary_color", 0)
        .putNull("secondary_color")
        .putNull("tertiary_color");
    if (managed) {
      node.putObject("tags").put("bot_id", setup.bot().idString());
    }
    return node;
  }

  private ArrayNode roles(FakeGuild guild) {
    return json.arrayNode()
        .add(role(guild.everyoneRoleId(), "@everyone", 0, EVERYONE_PERMISSIONS, false))
        .add(role(guild.botRoleId(), setup.bot().username(), 1, EVERYONE_PERMISSIONS, true))
        .add(
            role(
                guild.adminRoleId(),
                "Archivists",
                2,
                Permission.getRaw(Permission.ADMINISTRATOR),
                false));
  }

  /** The partial guild an interaction carries. */
  ObjectNode interactionGuild() {
    ObjectNode node =
        json.objectNode()
            .put("id", Long.toUnsignedString(setup.guild().id()))
            .put("locale", "en-US");
    node.set("features", json.arrayNode());
    return node;
  }

  /** The GUILD_CREATE payload: everything JDA reads to build its guild cache. */
  ObjectNode guildCreate(FakeGuild guild) {
    String channelId = Long.toUnsignedString(guild.textChannelId());
    ObjectNode node =
        json.objectNode()
            .put("id", Long.toUnsignedString(guild.id()))
            .put("name", guild.name())
            .putNull("icon")
            .putNull("splash")
            .putNull("discovery_splash")
            .putNull("banner")
            .putNull("description")
            .put("owner_id", guild.admin().idString())
            .putNull("afk_channel_id")
            .put("afk_timeout", 300)
            .put("verification_level", 1)
            .put("default_message_notifications", 1)
            .put("explicit_content_filter", 0)
            .put("mfa_level", 0)
            .putNull("application_id")
            .put("system_channel_id", channelId)
            .put("system_channel_flags", 0)
            .putNull("rules_channel_id")
            .putNull("public_updates_channel_id")
            .putNull("safety_alerts_channel_id")
            .put("max_members", 500_000)
            .putNull("vanity_url_code")
            .put("premium_tier", 0)
            .put("premium_subscription_count", 0)
            .put("preferred_locale", "en-US")
            .put("nsfw_level", 0)
            .put("premium_progress_bar_enabled", false)
            .put("joined_at", joinedAt)
            .put("large", false)
            .put("unavailable", false)
            .put("member_count", 3)
            .put("lazy", true);
    node.set("roles", roles(guild));
    node.set("emojis", json.arrayNode());
    node.set("stickers", json.arrayNode());
    node.set("features", json.arrayNode());
    node.set("channels", json.arrayNode().add(textChannel(guild).without("guild_id")));
    node.set("threads", json.arrayNode());
    node.set(
        "members",
        json.arrayNode()
            .add(member(setup.bot(), guild))
            .add(member(guild.admin(), guild))
            .add(member(guild.member(), guild)));
    node.set("voice_states", json.arrayNode());
    node.set("presences", json.arrayNode());
    node.set("stage_instances", json.arrayNode());
    node.set("guild_scheduled_events", json.arrayNode());
    node.set("soundboard_sounds", json.arrayNode());
    return node;
  }

  /**
   * The READY payload of shard {@code shard} of {@code total}: its guilds are listed as unavailable
   * until their GUILD_CREATE follows.
   */
  ObjectNode ready(String sessionId, String resumeGatewayUrl, int shard, int total) {
    ObjectNode node =
        json.objectNode()
            .put("v", 10)
            .put("session_id", sessionId)
            .put("session_type", "normal")
            .put("resume_gateway_url", resumeGatewayUrl);
    node.set("user", selfUser());
    ArrayNode guilds = json.arrayNode();
    for (FakeGuild guild : setup.guilds()) {
      if (guild.shard(total) == shard) {
        guilds.add(
            json.objectNode()
                .put("id", Long.toUnsignedString(guild.id()))
                .put("unavailable", true));
      }
    }
    node.set("guilds", guilds);
    node.set("private_channels", json.arrayNode());
    node.set("relationships", json.arrayNode());
    node.set("presences", json.arrayNode());
    node.set("guild_join_requests", json.arrayNode());
    node.set("geo_ordered_rtc_regions", json.arrayNode());
    node.putObject("user_settings");
    node.putObject("auth");
    node.putObject("application")
        .put("id", Long.toUnsignedString(setup.applicationId()))
        .put("flags", 0);
    node.set("shard", json.arrayNode().add(shard).add(total));
    node.set("_trace", json.arrayNode().add("[\"fake-discord\"]"));
    return node;
  }
}
