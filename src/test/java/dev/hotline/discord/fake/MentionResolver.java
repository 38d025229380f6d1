package dev.hotline.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Fills a message's {@code mention_everyone}, {@code mentions} and {@code mention_roles} the way
 * Discord does: from its content, limited by the request's {@code allowed_mentions}, so that a test
 * can see whether a message the bot sent would have pinged anyone.
 */
final class MentionResolver {
  private static final Pattern USER_MENTION = Pattern.compile("<@!?(\\d+)>");
  private static final Pattern ROLE_MENTION = Pattern.compile("<@&(\\d+)>");

  private final EntityJson entities;
  private final FakeDiscordSetup setup;

  MentionResolver(EntityJson entities, FakeDiscordSetup setup) {
    this.entities = entities;
    this.setup = setup;
  }

  void resolve(ObjectNode message, JsonNode allowedMentions) {
    String content = message.path("content").asText("");
    Allowed allowed = Allowed.from(allowedMentions);
    boolean everyone = content.contains("@everyone") || content.contains("@here");
    message.put("mention_everyone", everyone && allowed.parse.contains("everyone"));

    ArrayNode users = message.putArray("mentions");
    Matcher userMatcher = USER_MENTION.matcher(content);
    while (userMatcher.find()) {
      String id = userMatcher.group(1);
      if (allowed.parse.contains("users") || allowed.users.contains(id)) {
        knownUser(id).ifPresent(user -> users.add(entities.user(user)));
      }
    }
    ArrayNode roles = message.putArray("mention_roles");
    Matcher roleMatcher = ROLE_MENTION.matcher(content);
    while (roleMatcher.find()) {
      String id = roleMatcher.group(1);
      if (allowed.parse.contains("roles") || allowed.roles.contains(id)) {
        roles.add(id);
      }
    }
  }

  private Optional<FakeUser> knownUser(String id) {
    FakeGuild guild = setup.guild();
    return Stream.of(setup.bot(), guild.admin(), guild.member())
        .filter(user -> user.idString().equals(id))
        .findFirst();
  }

  /** Discord's rule: without {@code allowed_mentions} everything in the content may ping. */
  private record Allowed(Set<String> parse, Set<String> users, Set<String> roles) {
    static Allowed from(JsonNode allowedMentions) {
      if (allowedMentions == null || allowedMentions.isMissingNode() || allowedMentions.isNull()) {
        return new Allowed(Set.of("everyone", "users", "roles"), Set.of(), Set.of());
      }
      return new Allowed(
          texts(allowedMentions.path("parse")),
          texts(allowedMentions.path("users")),
          texts(allowedMentions.path("roles")));
    }

    private static Set<String> texts(JsonNode array) {
      Set<String> values = new HashSet<>();
      array.forEach(value -> values.add(value.asText()));
      return values;
    }
  }
}
