package dev.hotline.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A fake Telegram Bot API server on 127.0.0.1 for the real telegrambots client: queue updates for
 * its long poll, script failures, and await the calls the bot makes.
 */
public final class FakeBotApi implements AutoCloseable {

  private static final Duration CLOSE_GRACE = Duration.ofSeconds(2);

  private final FakeBotIdentity bot;
  private final HttpServer server;
  private final ExecutorService handlerThreads;
  private final BotApiHandler handler;
  private final UpdateQueue updates = new UpdateQueue();
  private final CallRecorder recorder = new CallRecorder();
  private final ScriptedFailures failures = new ScriptedFailures();
  private final MessageStore messages = new MessageStore();
  private final ChatMembers members;
  private final UpdateFactory factory;
  private final Polls polls;
  private final List<WebhookAttempt> webhookAttempts = WebhookDelivery.newLog();
  private volatile WebhookDelivery webhook;

  private FakeBotApi(FakeBotIdentity bot, Clock clock, int port) throws IOException {
    this.bot = bot;
    Participants participants = new Participants(bot);
    this.members = new ChatMembers(participants);
    OpenQueries queries = new OpenQueries();
    this.factory = new UpdateFactory(participants, members, messages, queries, clock);
    this.polls = new Polls(clock);
    MethodTable methods = methods(participants, queries, clock);
    this.handlerThreads =
        Executors.newVirtualThreadPerTaskExecutor(); // held long polls each keep one
    this.server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    server.setExecutor(handlerThreads);
    this.handler = new BotApiHandler(new ObjectMapper(), bot.token(), methods, failures, recorder);
    server.createContext("/", handler);
    server.start();
  }

  /** Starts a fake for a bot named {@code HotlineBot} on a free port. */
  public static FakeBotApi start() {
    return start(FakeBotIdentity.named("HotlineBot"), Clock.systemUTC());
  }

  /** Starts a fake for the given bot, dating messages by {@code clock}. */
  public static FakeBotApi start(FakeBotIdentity bot, Clock clock) {
    return start(bot, clock, 0);
  }

  /**
   * Starts a fake for a bot named {@code HotlineBot} on a given port of 127.0.0.1, e.g. one a
   * client was pointed at while nothing listened there, to play the Bot API coming back.
   */
  public static FakeBotApi startOn(int port) {
    return start(FakeBotIdentity.named("HotlineBot"), Clock.systemUTC(), port);
  }

  private static FakeBotApi start(FakeBotIdentity bot, Clock clock, int port) {
    try {
      return new FakeBotApi(bot, clock, port);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start the fake Bot API server", e);
    }
  }

  /** The base URL to configure the client with, such as {@code http://127.0.0.1:40123}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + port();
  }

  /** The port the fake listens on at 127.0.0.1. */
  public int port() {
    return server.getAddress().getPort();
  }

  /** The bot this server impersonates; its token is the only one accepted. */
  public FakeBotIdentity bot() {
    return bot;
  }

  /** Makes these users the administrators of a group (include the bot's id to make the bot one). */
  public void setAdministrators(long chatId, long... userIds) {
    members.setAdministrators(chatId, Arrays.stream(userIds).boxed().collect(Collectors.toSet()));
  }

  /** Queues a text message from a user in their private chat with the bot (chat id = user id). */
  public JsonNode queuePrivateMessage(long userId, String text) {
    return updates.add(factory.textMessage(userId, userId, text));
  }

  /**
   * Queues a group message; {@code /command}, {@code /command@Bot} and {@code @mention} get
   * entities with UTF-16 offsets, as Telegram sends them.
   */
  public JsonNode queueGroupMessage(long chatId, long userId, String text) {
    requireGroup(chatId);
    return updates.add(factory.textMessage(chatId, userId, text));
  }

  /** Queues a message replying to one the bot sent (synthesised if the fake never saw it). */
  public JsonNode queueReplyToBotMessage(long chatId, long userId, int botMessageId, String text) {
    return updates.add(factory.replyToBotMessage(chatId, userId, botMessageId, text));
  }

  /** Queues a button press on a message; the query id in the update can be answered once. */
  public JsonNode queueCallbackQuery(long chatId, long userId, int messageId, String data) {
    return updates.add(factory.callbackQuery(chatId, userId, messageId, data));
  }

  /**
   * Queues a user's answer to a poll the bot sent, as the {@code poll_answer} update Telegram sends
   * for a poll that is not anonymous. Fails, as a Telegram client would not let it happen, for a
   * poll that is closed (its {@code open_period} is over on the fake's clock), anonymous, or a quiz
   * the user already answered.
   */
  public JsonNode queuePollAnswer(String pollId, long userId, int option) {
    polls.vote(pollId, userId, option);
    return updates.add(factory.pollAnswer(pollId, userId, option));
  }

  /** A poll the bot sent, as it stands now: votes counted, closed once its time is up. */
  public Optional<JsonNode> poll(String pollId) {
    return polls.find(pollId).map(JsonNode.class::cast);
  }

  /** Queues an inline query typed by a user; its id can be answered once. */
  public JsonNode queueInlineQuery(long userId, String query) {
    return updates.add(factory.inlineQuery(userId, query));
  }

  /**
   * Queues a change of the bot's own membership, e.g. {@code "left" -> "member"} when added to a
   * group or {@code "member" -> "kicked"} when blocked; statuses are Telegram's ChatMember
   * statuses.
   */
  public JsonNode queueMyChatMember(
      long chatId, long byUserId, String oldStatus, String newStatus) {
    return updates.add(factory.myChatMember(chatId, byUserId, oldStatus, newStatus));
  }

  /**
   * Queues the service message carrying {@code migrate_to_chat_id}; from then on calls naming the
   * old group fail with 400 and {@code migrate_to_chat_id}, as on Telegram.
   */
  public JsonNode queueMigrationToSupergroup(long groupId, long supergroupId, long byUserId) {
    requireGroup(groupId);
    return updates.add(factory.migrationToSupergroup(groupId, supergroupId, byUserId));
  }

  /** Queues any update body (without {@code update_id}) for cases the helpers do not cover. */
  public JsonNode queueUpdate(ObjectNode updateWithoutId) {
    return updates.add(updateWithoutId);
  }

  /** Updates not yet confirmed by a {@code getUpdates} offset. */
  public int unconfirmedUpdates() {
    return updates.size();
  }

  /**
   * Waits until a {@code getUpdates} is being held open, i.e. the bot is polling right now; a test
   * that queues an update afterwards knows the update was delivered by long polling.
   */
  public void awaitHeldPoll(Duration timeout) {
    if (!updates.awaitHeldPoll(timeout)) {
      throw new AssertionError("No getUpdates was held open within " + timeout);
    }
  }

  /** Makes the next call of {@code method} fail with {@code failure}; several queue up in order. */
  public void failNext(String method, ApiFailure failure) {
    failures.add(method, failure);
  }

  /** Makes the next call of {@code method} answer 429 with {@code retry_after}. */
  public void failNextWithTooManyRequests(String method, int retryAfterSeconds) {
    failNext(method, ApiFailure.tooManyRequests(retryAfterSeconds));
  }

  /** Makes the next call of {@code method} answer 403 "bot was blocked by the user". */
  public void failNextWithBlockedByUser(String method) {
    failNext(method, ApiFailure.blockedByUser());
  }

  /** Makes the next call of {@code method} answer 400 with {@code migrate_to_chat_id}. */
  public void failNextWithChatMigrated(String method, long newChatId) {
    failNext(method, ApiFailure.chatMigrated(newChatId));
  }

  /** Every call so far, in arrival order. */
  public List<RecordedCall> calls() {
    return recorder.all();
  }

  /** Every call of one method so far, matched case-insensitively. */
  public List<RecordedCall> calls(String method) {
    return recorder.of(method);
  }

  /**
   * Waits for a call of {@code method} (recorded before or during the wait); fails after {@code
   * timeout}.
   */
  public RecordedCall awaitCall(String method, Duration timeout) {
    return awaitCall(method, call -> true, timeout);
  }

  /** Waits for a call of {@code method} matching {@code condition}; fails after {@code timeout}. */
  public RecordedCall awaitCall(
      String method, Predicate<? super RecordedCall> condition, Duration timeout) {
    return recorder.await(method, condition, timeout);
  }

  /** A message as the fake currently holds it, after edits; empty once deleted or never seen. */
  public Optional<JsonNode> message(long chatId, int messageId) {
    return messages.find(chatId, messageId).map(JsonNode.class::cast);
  }

  /** Releases held long polls with no updates and stops the server. */
  @Override
  public void close() {
    if (webhook != null) {
      webhook.close();
    }
    updates.close();
    try {
      // The released polls are still being answered; stopping now would cut their connections.
      handler.awaitIdle(CLOSE_GRACE);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    server.stop(0);
    handlerThreads.shutdownNow();
  }

  /** The webhook's URL and secret token, while one is set. */
  public Optional<String> webhookUrl() {
    WebhookDelivery current = webhook;
    return current == null ? Optional.empty() : Optional.of(current.url().toString());
  }

  /** Every webhook delivery attempt so far: which update, and the status the bot answered. */
  public List<WebhookAttempt> webhookAttempts() {
    return List.copyOf(webhookAttempts);
  }

  // From setWebhook on, Telegram pushes updates to the URL and refuses getUpdates.
  private synchronized JsonNode setWebhook(Params params) {
    String url = params.requiredText("url", "url is empty");
    if (webhook != null) {
      webhook.close();
    }
    params
        .json("allowed_updates")
        .filter(JsonNode::isArray)
        .ifPresent(
            array -> {
              List<String> types = new ArrayList<>();
              array.forEach(type -> types.add(type.asText()));
              updates.allow(types);
            });
    webhook =
        new WebhookDelivery(
            updates, URI.create(url), params.text("secret_token").orElse(null), webhookAttempts);
    return BooleanNode.TRUE;
  }

  private synchronized JsonNode deleteWebhook(Params params) {
    if (webhook != null) {
      webhook.close();
      webhook = null;
    }
    return BooleanNode.TRUE;
  }

  private final UpdatesMethod polling = new UpdatesMethod(updates);

  private JsonNode getUpdates(Params params) {
    if (webhook != null) {
      throw ApiFailure.webhookActive().toException();
    }
    return polling.getUpdates(params);
  }

  private MethodTable methods(Participants participants, OpenQueries queries, Clock clock) {
    BotMethods botMethods = new BotMethods(participants);
    MessageMethods messageMethods =
        new MessageMethods(participants, members, messages, factory, clock);
    QueryMethods queryMethods = new QueryMethods(queries);
    ChatMethods chatMethods = new ChatMethods(participants, members);
    PollMethods pollMethods = new PollMethods(participants, messages, factory, polls, clock);
    return new MethodTable()
        .add("getMe", botMethods::getMe)
        .add("deleteWebhook", this::deleteWebhook)
        .add("setWebhook", this::setWebhook)
        .add("setMyCommands", botMethods::setMyCommands)
        .add("getMyCommands", botMethods::getMyCommands)
        .add("getUpdates", this::getUpdates)
        .add("sendMessage", messageMethods::sendMessage)
        .add("editMessageText", messageMethods::editMessageText)
        .add("editMessageReplyMarkup", messageMethods::editMessageReplyMarkup)
        .add("deleteMessage", messageMethods::deleteMessage)
        .add("sendPoll", pollMethods::sendPoll)
        .add("stopPoll", pollMethods::stopPoll)
        .add("answerCallbackQuery", queryMethods::answerCallbackQuery)
        .add("answerInlineQuery", queryMethods::answerInlineQuery)
        .add("getChatMember", chatMethods::getChatMember)
        .add("getChatAdministrators", chatMethods::getChatAdministrators);
  }

  private static void requireGroup(long chatId) {
    if (chatId >= 0) {
      throw new IllegalArgumentException("Group chat ids are negative: " + chatId);
    }
  }
}
