package dev.hotline.discord;

import dev.hotline.chat.ChatCommand;
import dev.hotline.chat.ChatPlace;
import dev.hotline.chat.ChatReply;
import dev.hotline.chat.ChatService;
import dev.hotline.chat.ChatUser;
import java.util.Optional;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.exceptions.PermissionException;

/**
 * Answers messages that mention the bot, and direct messages. Discord gives a bot the text of just
 * these messages without the privileged Message Content intent, which Hotline therefore never asks
 * for.
 */
final class MentionHandler {
  private final ChatService chat;
  private final DiscordRenderer renderer;
  private final DiscordFailures failures;
  private final SlowWork work;
  private final PendingRequests pending;

  MentionHandler(
      ChatService chat,
      DiscordRenderer renderer,
      DiscordFailures failures,
      SlowWork work,
      PendingRequests pending) {
    this.chat = chat;
    this.renderer = renderer;
    this.failures = failures;
    this.work = work;
    this.pending = pending;
  }

  void handle(MessageReceivedEvent event) {
    User author = event.getAuthor();
    // Other bots (and Hotline itself) could start a loop of answers; webhooks have no one to
    // answer.
    if (author.isBot() || author.isSystem() || event.isWebhookMessage()) {
      return;
    }
    if (!addressesHotline(event)) {
      return;
    }
    String question =
        MentionText.question(
            event.getMessage().getContentRaw(), event.getJDA().getSelfUser().getId());
    ChatPlace place =
        DiscordIdentity.place(
            event.isFromGuild() ? event.getGuild() : null,
            event.getChannel(),
            event.getChannel().getId());
    ChatUser user = DiscordIdentity.user(author, event.getMember());
    work.submit(
        () ->
            deliver(
                event,
                place,
                chat.handle(user, place, new ChatCommand.Ask(question, Optional.empty()))),
        () -> deliver(event, place, AdapterNotices.busy()));
  }

  private static boolean addressesHotline(MessageReceivedEvent event) {
    if (event.isFromGuild()) {
      // Only a direct mention: "@everyone" or a role Hotline holds is not a question to it.
      return event
          .getMessage()
          .getMentions()
          .isMentioned(event.getJDA().getSelfUser(), Message.MentionType.USER);
    }
    return event.isFromType(ChannelType.PRIVATE);
  }

  /**
   * Replies in the channel, or by direct message when the server keeps answers private (messages
   * cannot be ephemeral); as plain text where Hotline may not embed links. A notice (a cooldown, a
   * refusal, a blank question) is always a short reply in place: a direct message nobody asked for
   * would be more intrusive than the notice is private.
   */
  private void deliver(MessageReceivedEvent event, ChatPlace place, ChatReply reply) {
    String asker = event.getAuthor().getId();
    if (reply.privately() && event.isFromGuild() && !(reply instanceof ChatReply.Notice)) {
      DiscordMessage message = renderer.render(reply, asker, true);
      pending.queue(
          event
              .getAuthor()
              .openPrivateChannel()
              .flatMap(
                  channel ->
                      channel
                          .sendMessage(message.toCreateData())
                          .setAllowedMentions(DiscordConnection.noMentions())),
          failures.directMessage(place, "send a private reply"));
      return;
    }
    DiscordMessage message =
        mayEmbed(event)
            ? renderer.render(reply, asker, false)
            : renderer.renderPlain(reply, asker, false);
    try {
      pending.queue(
          event
              .getChannel()
              .sendMessage(message.toCreateData())
              .setMessageReference(event.getMessage())
              .failOnInvalidReply(false)
              .mentionRepliedUser(false)
              .setAllowedMentions(DiscordConnection.noMentions()),
          failures.channelPost(place, "reply to a mention"));
    } catch (PermissionException e) {
      failures.report(e, place, "reply to a mention", true);
    }
  }

  private static boolean mayEmbed(MessageReceivedEvent event) {
    return !event.isFromGuild()
        || event
            .getGuild()
            .getSelfMember()
            .hasPermission(event.getGuildChannel(), Permission.MESSAGE_EMBED_LINKS);
  }
}
