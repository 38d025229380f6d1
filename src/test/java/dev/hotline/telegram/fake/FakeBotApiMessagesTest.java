package dev.hotline.telegram.fake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChatAdministrators;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChatMember;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.DeleteMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMember;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberAdministrator;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberMember;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

class FakeBotApiMessagesTest {

  private static final long USER = 4242;
  private static final long GROUP = -1001234567890L;
  private static final Instant NOW = Instant.parse("1989-11-09T18:53:00Z");

  private FakeBotApi api;
  private RealTelegramClient real;
  private TelegramClient client;

  @BeforeEach
  void start() {
    api = FakeBotApi.start(FakeBotIdentity.named("HotlineBot"), Clock.fixed(NOW, ZoneOffset.UTC));
    real = new RealTelegramClient(api);
    client = real.client();
  }

  @AfterEach
  void stop() {
    real.close();
    api.close();
  }

  @Test
  void getMeNamesTheConfiguredBot() throws TelegramApiException {
    assertEquals("HotlineBot", client.execute(new GetMe()).getUserName());
  }

  @Test
  void sendMessageAnswersWithARealMessage() throws TelegramApiException {
    Message sent = client.execute(new SendMessage(Long.toString(USER), "The Wall opened tonight."));

    assertTrue(sent.getMessageId() > 0);
    assertEquals(NOW.getEpochSecond(), sent.getDate().longValue());
    assertEquals(USER, sent.getChatId());
    assertEquals("private", sent.getChat().getType());
    assertEquals("The Wall opened tonight.", sent.getText());
    assertTrue(sent.getFrom().getIsBot());
  }

  @Test
  void htmlIsParsedIntoEntitiesAndBadHtmlIsRefused() throws TelegramApiException {
    SendMessage html =
        SendMessage.builder()
            .chatId(USER)
            .parseMode("HTML")
            .text("<b>9 Nov</b> &amp; after")
            .build();

    Message sent = client.execute(html);
    TelegramApiRequestException refused =
        assertThrows(
            TelegramApiRequestException.class,
            () ->
                client.execute(
                    SendMessage.builder()
                        .chatId(USER)
                        .parseMode("HTML")
                        .text("fewer than <100 guards")
                        .build()));

    assertEquals("9 Nov & after", sent.getText());
    assertEquals("bold", sent.getEntities().get(0).getType());
    assertEquals(5, sent.getEntities().get(0).getLength());
    assertEquals(400, refused.getErrorCode());
  }

  @Test
  void overlongAndEmptyTextAreRefused() {
    TelegramApiRequestException tooLong =
        assertThrows(
            TelegramApiRequestException.class,
            () -> client.execute(new SendMessage(Long.toString(USER), "x".repeat(4097))));

    assertEquals("Bad Request: message is too long", tooLong.getApiResponse());
  }

  @Test
  void editingToTheSameTextIsNotModified() throws TelegramApiException {
    Message sent = client.execute(new SendMessage(Long.toString(USER), "Draft"));
    EditMessageText edit =
        EditMessageText.builder().chatId(USER).messageId(sent.getMessageId()).text("Final").build();

    client.execute(edit);
    TelegramApiRequestException again =
        assertThrows(TelegramApiRequestException.class, () -> client.execute(edit));

    assertEquals(
        "Final", api.message(USER, sent.getMessageId()).orElseThrow().path("text").asText());
    assertTrue(again.getApiResponse().startsWith("Bad Request: message is not modified"));
  }

  @Test
  void usersMessagesCannotBeEditedAndUnknownOnesNotFound() {
    int userMessage = api.queuePrivateMessage(USER, "mine").at("/message/message_id").asInt();

    TelegramApiRequestException notOwn =
        assertThrows(
            TelegramApiRequestException.class,
            () ->
                client.execute(
                    EditMessageText.builder()
                        .chatId(USER)
                        .messageId(userMessage)
                        .text("x")
                        .build()));
    TelegramApiRequestException unknown =
        assertThrows(
            TelegramApiRequestException.class,
            () ->
                client.execute(
                    EditMessageText.builder().chatId(USER).messageId(999_999).text("x").build()));

    assertEquals("Bad Request: message can't be edited", notOwn.getApiResponse());
    assertEquals("Bad Request: message to edit not found", unknown.getApiResponse());
  }

  @Test
  void deleteRemovesOnceAndGroupMessagesNeedAdminRights() throws TelegramApiException {
    Message sent = client.execute(new SendMessage(Long.toString(USER), "gone soon"));
    int groupMessage = api.queueGroupMessage(GROUP, USER, "spam").at("/message/message_id").asInt();

    assertTrue(client.execute(new DeleteMessage(Long.toString(USER), sent.getMessageId())));
    assertThrows(
        TelegramApiRequestException.class,
        () -> client.execute(new DeleteMessage(Long.toString(USER), sent.getMessageId())));
    assertThrows(
        TelegramApiRequestException.class,
        () -> client.execute(new DeleteMessage(Long.toString(GROUP), groupMessage)));
    api.setAdministrators(GROUP, api.bot().id());
    assertTrue(client.execute(new DeleteMessage(Long.toString(GROUP), groupMessage)));
    assertFalse(api.message(GROUP, groupMessage).isPresent());
  }

  @Test
  void aCallbackQueryCanBeAnsweredOnlyOnce() throws TelegramApiException {
    Message sent = client.execute(new SendMessage(Long.toString(USER), "Pick one"));
    String queryId =
        api.queueCallbackQuery(USER, USER, sent.getMessageId(), "more")
            .at("/callback_query/id")
            .asText();

    assertTrue(client.execute(new AnswerCallbackQuery(queryId)));
    assertThrows(
        TelegramApiRequestException.class, () -> client.execute(new AnswerCallbackQuery(queryId)));
  }

  @Test
  void chatMembersFollowTheConfiguredAdministrators() throws TelegramApiException {
    api.setAdministrators(GROUP, 1, 2);

    List<ChatMember> admins = client.execute(new GetChatAdministrators(Long.toString(GROUP)));
    ChatMember admin = client.execute(new GetChatMember(Long.toString(GROUP), 2L));
    ChatMember member = client.execute(new GetChatMember(Long.toString(GROUP), USER));

    assertEquals(List.of(1L, 2L), admins.stream().map(m -> m.getUser().getId()).toList());
    assertInstanceOf(ChatMemberAdministrator.class, admin);
    assertInstanceOf(ChatMemberMember.class, member);
    assertThrows(
        TelegramApiRequestException.class,
        () -> client.execute(new GetChatAdministrators(Long.toString(USER))));
  }

  @Test
  void aMigratedGroupRefusesSendsWithTheNewChatId() {
    long oldGroup = -4001;
    api.queueMigrationToSupergroup(oldGroup, GROUP, USER);

    TelegramApiRequestException migrated =
        assertThrows(
            TelegramApiRequestException.class,
            () -> client.execute(new SendMessage(Long.toString(oldGroup), "still there?")));

    assertEquals(400, migrated.getErrorCode());
    assertEquals(GROUP, migrated.getParameters().getMigrateToChatId());
  }
}
