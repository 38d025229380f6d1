package dev.hotline.discord;

import dev.hotline.chat.ChatPlace;
import dev.hotline.chat.ChatReply;
import dev.hotline.chat.QuizCard;
import dev.hotline.chat.QuizRevealer;
import java.util.function.Supplier;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/**
 * Where a quiz message is, and how its answer is shown once its time is up: a quiz asked with
 * {@code /quiz} is the reply to an interaction and is edited through it ({@code i:token}, valid for
 * Discord's 15 minutes, longer than any answer time), a daily quiz is a channel message edited in
 * its channel ({@code m:channel/message}): through the gateway when its server is on one of this
 * process's shards, over REST when it is another process's (the reveal is made by whichever process
 * claims it, see {@link dev.hotline.chat.ChatQuizzes#revealDue}).
 */
final class QuizMessages implements QuizRevealer {
  private static final String INTERACTION = "i:";
  private static final String CHANNEL = "m:";

  private final Supplier<ShardManager> client;
  private final DiscordRenderer renderer;
  private final RestDayPoster rest;
  private final PendingRequests pending;
  private final DiscordFailures failures;

  QuizMessages(
      Supplier<ShardManager> client,
      DiscordRenderer renderer,
      RestDayPoster rest,
      PendingRequests pending,
      DiscordFailures failures) {
    this.client = client;
    this.renderer = renderer;
    this.rest = rest;
    this.pending = pending;
    this.failures = failures;
  }

  static String interaction(String token) {
    return INTERACTION + token;
  }

  static String channelMessage(String channelId, String messageId) {
    return CHANNEL + channelId + "/" + messageId;
  }

  /** Edits the quiz's message to show the right answer, how many got it, and the source. */
  @Override
  public void reveal(ChatPlace place, String ref, QuizCard revealed) {
    ShardManager shards = client.get();
    if (shards == null || shards.getShards().isEmpty()) {
      throw new IllegalStateException("not connected to Discord");
    }
    // An interaction's token works from any shard: its edits go to Discord's webhook endpoint.
    JDA jda = shards.getShards().get(0);
    DiscordMessage message = renderer.render(new ChatReply.QuizReply(revealed), null, false);
    MessageEditData edit =
        new MessageEditBuilder()
            .setContent(message.content())
            .setEmbeds(message.embeds())
            .setComponents(message.rows())
            .setAllowedMentions(DiscordConnection.noMentions())
            .build();
    if (ref.startsWith(INTERACTION)) {
      pending.queue(
          InteractionHook.from(jda, ref.substring(INTERACTION.length()))
              .editOriginal(edit)
              .setAllowedMentions(DiscordConnection.noMentions()),
          failures.interaction(place, "show a quiz's answer"));
    } else if (ref.startsWith(CHANNEL)) {
      String[] ids = ref.substring(CHANNEL.length()).split("/", 2);
      MessageChannel channel = shards.getChannelById(MessageChannel.class, ids[0]);
      if (channel == null) {
        // Not in this process's shards (or gone, which Discord then says): edit it over REST.
        rest.edit(jda.getHttpClient(), ids[0], ids[1], edit);
        return;
      }
      pending.queue(
          channel.editMessageById(ids[1], edit).setAllowedMentions(DiscordConnection.noMentions()),
          failures.channelPost(place, "show a quiz's answer"));
    }
  }
}
