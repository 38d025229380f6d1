package dev.hotline.telegram.fake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.MessageEntity;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberAdministrator;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberBanned;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberLeft;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberMember;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Every kind of queued update must deserialise into the library's typed objects, or the bot never
 * sees it.
 */
class FakeUpdatesTest {

  private static final long USER = 1983;
  private static final long GROUP = -1001000000001L;

  private FakeBotApi api;
  private RealTelegramClient real;
  private TelegramClient client;

  @BeforeEach
  void start() {
    api = FakeBotApi.start();
    real = new RealTelegramClient(api);
    client = real.client();
  }

  @AfterEach
  void stop() {
    real.close();
    api.close();
  }

  @Test
  void privateMessage() throws TelegramApiException {
    api.queuePrivateMessage(USER, "What was Able Archer?");

    Message message = onlyUpdate().getMessage();

    assertEquals("What was Able Archer?", message.getText());
    assertEquals(USER, message.getChatId());
    assertEquals(USER, message.getFrom().getId());
    assertTrue(message.isUserMessage());
  }

  @Test
  void groupCommandAddressedToTheBot() throws TelegramApiException {
    api.queueGroupMessage(GROUP, USER, "/ask@HotlineBot When did Sputnik launch?");

    Message message = onlyUpdate().getMessage();
    MessageEntity command = message.getEntities().get(0);

    assertTrue(message.isCommand());
    assertTrue(message.isSuperGroupMessage());
    assertEquals("bot_command", command.getType());
    assertEquals(0, command.getOffset());
    assertEquals("/ask@HotlineBot", message.getText().substring(0, command.getLength()));
  }

  @Test
  void mentionOffsetsCountUtf16Units() throws TelegramApiException {
    api.queueGroupMessage(-5, USER, "☢️🚀 @HotlineBot Tsar Bomba yield?");

    Message message = onlyUpdate().getMessage();
    MessageEntity mention = message.getEntities().get(0);

    assertEquals("mention", mention.getType());
    assertEquals(
        "@HotlineBot",
        message
            .getText()
            .substring(mention.getOffset(), mention.getOffset() + mention.getLength()));
    assertTrue(message.isGroupMessage());
  }

  @Test
  void replyToTheBotCarriesTheBotMessage() throws TelegramApiException {
    Message sent =
        client.execute(new SendMessage(Long.toString(GROUP), "Sputnik: 4 October 1957."));
    api.queueReplyToBotMessage(GROUP, USER, sent.getMessageId(), "Source?");

    Message reply = onlyUpdate().getMessage().getReplyToMessage();

    assertEquals(sent.getMessageId(), reply.getMessageId());
    assertEquals("Sputnik: 4 October 1957.", reply.getText());
    assertTrue(reply.getFrom().getIsBot());
  }

  @Test
  void callbackQueryCarriesTheMessageWithTheButton() throws TelegramApiException {
    api.queueCallbackQuery(USER, USER, 77, "page:2");

    Update update = onlyUpdate();

    assertEquals("page:2", update.getCallbackQuery().getData());
    Message message = assertInstanceOf(Message.class, update.getCallbackQuery().getMessage());
    assertEquals(77, message.getMessageId());
    assertEquals(USER, update.getCallbackQuery().getFrom().getId());
  }

  @Test
  void inlineQuery() throws TelegramApiException {
    api.queueInlineQuery(USER, "cuban missile");

    assertEquals("cuban missile", onlyUpdate().getInlineQuery().getQuery());
  }

  @Test
  void myChatMemberStatusesMapToTheirTypes() throws TelegramApiException {
    api.queueMyChatMember(GROUP, USER, "left", "member");
    api.queueMyChatMember(GROUP, USER, "member", "administrator");
    api.queueMyChatMember(USER, USER, "member", "kicked");

    List<Update> updates = updates();

    assertInstanceOf(ChatMemberLeft.class, updates.get(0).getMyChatMember().getOldChatMember());
    assertInstanceOf(ChatMemberMember.class, updates.get(0).getMyChatMember().getNewChatMember());
    assertInstanceOf(
        ChatMemberAdministrator.class, updates.get(1).getMyChatMember().getNewChatMember());
    assertInstanceOf(ChatMemberBanned.class, updates.get(2).getMyChatMember().getNewChatMember());
    assertEquals(
        api.bot().id(), updates.get(0).getMyChatMember().getNewChatMember().getUser().getId());
  }

  @Test
  void migrationMessageNamesTheSupergroup() throws TelegramApiException {
    api.queueMigrationToSupergroup(-4001, GROUP, USER);

    Message message = onlyUpdate().getMessage();

    assertEquals(-4001L, message.getChatId());
    assertEquals(GROUP, message.getMigrateToChatId());
  }

  private Update onlyUpdate() throws TelegramApiException {
    List<Update> updates = updates();
    assertEquals(1, updates.size());
    return updates.get(0);
  }

  private List<Update> updates() throws TelegramApiException {
    return client.execute(GetUpdates.builder().timeout(0).build());
  }
}
