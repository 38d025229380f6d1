package dev.hotline.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Builds the JSON of messages and interactions, the events the fake dispatches and the messages it
 * stores.
 */
final class EventJson {
  private final EntityJson entities;
  private final JsonNodeFactory json;
  private final FakeDiscordSetup setup;
  private final Clock clock;

  EventJson(EntityJson entities, FakeDiscordSetup setup, Clock clock) {
    this.entities = entities;
    this.json = entities.factory();
    this.setup = setup;
    this.clock = clock;
  }

  String now() {
    return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).toString();
  }

  /** A message with every field JDA reads, empty where nothing was said. */
  ObjectNode message(String id, long channelId, FakeUser author, String content) {
    ObjectNode node =
        json.objectNode()
            .put("id", id)
            .put("channel_id", Long.toUnsignedString(channelId))
            .put("content", content)
            .put("timestamp", now())
            .putNull("edited_timestamp")
            .put("tts", false)
            .put("mention_everyone", false)
            .put("pinned", false)
            .put("type", 0)
            .put("flags", 0);
    node.set("author", entities.user(author));
    node.set("mentions", json.arrayNode());
    node.set("mention_roles", json.arrayNode());
    node.set("attachments", json.arrayNode());
    node.set("embeds", json.arrayNode());
    node.set("components", json.arrayNode());
    return node;
  }

  /** MESSAGE_CREATE for a person who mentions the bot in the guild's text channel. */
  ObjectNode guildMention(String id, FakeUser author, String text) {
    return guildMention(id, setup.guild(), author, text);
  }

  /** MESSAGE_CREATE for a person who mentions the bot in {@code guild}'s text channel. */
  ObjectNode guildMention(String id, FakeGuild guild, FakeUser author, String text) {
    ObjectNode node =
        message(id, guild.textChannelId(), author, setup.bot().mention() + " " + text)
            .put("guild_id", Long.toUnsignedString(guild.id()))
            .put("nonce", id);
    node.set("member", entities.memberWithoutUser(author, guild));
    ObjectNode mentionedBot = entities.user(setup.bot());
    mentionedBot.set("member", entities.memberWithoutUser(setup.bot(), guild));
    ((ArrayNode) node.get("mentions")).add(mentionedBot);
    return node;
  }

  /** MESSAGE_CREATE for a person writing to the bot in its DM channel. */
  ObjectNode directMessage(String id, FakeUser author, String text) {
    return message(id, setup.directChannelId(), author, text).put("nonce", id);
  }

  /**
   * The fields every interaction carries: in the guild's text channel with the member, or in the
   * bot's direct messages with the user alone, as Discord sends them.
   */
  ObjectNode interaction(IssuedInteraction issued) {
    if (issued.reference().channelId() == setup.directChannelId()) {
      return directInteraction(issued);
    }
    FakeGuild guild = setup.guild();
    DispatchedInteraction reference = issued.reference();
    long permissions = entities.permissionsOf(issued.user());
    ObjectNode node =
        json.objectNode()
            .put("id", reference.id())
            .put("application_id", reference.applicationId())
            .put("type", issued.type())
            .put("token", reference.token())
            .put("version", 1)
            .put("locale", "en-US")
            .put("guild_locale", "en-US")
            .put("guild_id", Long.toUnsignedString(guild.id()))
            .put("channel_id", Long.toUnsignedString(guild.textChannelId()))
            .put("app_permissions", Long.toString(EntityJson.EVERYONE_PERMISSIONS))
            .put("context", 0)
            .put("attachment_size_limit", 10 * 1024 * 1024);
    node.set("guild", entities.interactionGuild());
    node.set("channel", entities.textChannel().put("permissions", Long.toString(permissions)));
    node.set("member", entities.interactionMember(issued.user()));
    node.set("entitlements", json.arrayNode());
    node.putObject("authorizing_integration_owners").put("0", Long.toUnsignedString(guild.id()));
    return node;
  }

  private ObjectNode directInteraction(IssuedInteraction issued) {
    DispatchedInteraction reference = issued.reference();
    ObjectNode node =
        json.objectNode()
            .put("id", reference.id())
            .put("application_id", reference.applicationId())
            .put("type", issued.type())
            .put("token", reference.token())
            .put("version", 1)
            .put("locale", "en-US")
            .put("channel_id", Long.toUnsignedString(setup.directChannelId()))
            .put("app_permissions", Long.toString(EntityJson.EVERYONE_PERMISSIONS))
            .put("context", 1)
            .put("attachment_size_limit", 10 * 1024 * 1024);
    ObjectNode channel = entities.directChannel();
    channel.set("recipients", json.arrayNode().add(entities.user(issued.user())));
    node.set("channel", channel);
    node.set("user", entities.user(issued.user()));
    node.set("entitlements", json.arrayNode());
    node.putObject("authorizing_integration_owners").put("0", "0");
    return node;
  }

  /** INTERACTION_CREATE of type 2 (application command) for a chat-input command. */
  ObjectNode slashCommand(
      IssuedInteraction issued, String commandId, String name, List<CommandOption> options) {
    ObjectNode node = interaction(issued);
    ObjectNode data = node.putObject("data").put("id", commandId).put("name", name).put("type", 1);
    ArrayNode optionArray = data.putArray("options");
    options.forEach(option -> optionArray.add(option.toJson(json, false)));
    return node;
  }

  /**
   * INTERACTION_CREATE of type 4 (autocomplete): the focused option holds what the user has typed
   * so far.
   */
  ObjectNode autocomplete(
      IssuedInteraction issued,
      String commandId,
      String name,
      CommandOption focused,
      List<CommandOption> others) {
    ObjectNode node = slashCommand(issued, commandId, name, others);
    ((ArrayNode) node.get("data").get("options")).add(focused.toJson(json, true));
    return node;
  }

  /** INTERACTION_CREATE of type 3 (message component) for a click on a button of that message. */
  ObjectNode buttonClick(IssuedInteraction issued, String customId, JsonNode message) {
    ObjectNode node = interaction(issued);
    node.putObject("data").put("custom_id", customId).put("component_type", 2);
    node.set("message", message);
    return node;
  }

  /** A message the bot posted earlier with one button, for a person to click. */
  ObjectNode botMessageWithButton(String id, String content, String customId, String label) {
    ObjectNode node = message(id, setup.guild().textChannelId(), setup.bot(), content);
    ObjectNode button =
        json.objectNode()
            .put("type", 2)
            .put("id", 2)
            .put("style", 1)
            .put("label", label)
            .put("custom_id", customId);
    ObjectNode row = json.objectNode().put("type", 1).put("id", 1);
    row.set("components", json.arrayNode().add(button));
    node.set("components", json.arrayNode().add(row));
    return node;
  }

  /** The {@code interaction_metadata} Discord puts on a message that answers an interaction. */
  ObjectNode interactionMetadata(IssuedInteraction issued) {
    ObjectNode node =
        json.objectNode().put("id", issued.reference().id()).put("type", issued.type());
    node.set("user", entities.user(issued.user()));
    node.putObject("authorizing_integration_owners")
        .put("0", Long.toUnsignedString(setup.guild().id()));
    if (issued.reference().messageId() != 0) {
      node.put("interacted_message_id", Long.toUnsignedString(issued.reference().messageId()));
    }
    return node;
  }
}
