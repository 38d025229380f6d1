package dev.hotline.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotline.telegram.MessageAddressing.Addressed;
import org.junit.jupiter.api.Test;

class MessageAddressingTest {

  private static final long USER = 1962;
  private static final long GROUP = -1001962;

  private final MessageAddressing addressing = new MessageAddressing(Updates.BOT);

  @Test
  void inAPrivateChatAnyTextIsAQuestion() {
    assertThat(addressing.read(Updates.message(USER, USER, "  when did the border war happen? ")))
        .isEqualTo(new Addressed.Question("when did the border war happen?"));
  }

  @Test
  void inAGroupAMentionIsAQuestionWithoutTheMention() {
    assertThat(
            addressing.read(
                Updates.message(GROUP, USER, "@hotlinebot when did the border war happen?")))
        .isEqualTo(new Addressed.Question("when did the border war happen?"));
    assertThat(addressing.read(Updates.message(GROUP, USER, "so, @HotlineBot, when was Sputnik?")))
        .isEqualTo(new Addressed.Question("so, , when was Sputnik?"));
  }

  @Test
  void inAGroupOtherTalkIsNotForHotline() {
    assertThat(addressing.read(Updates.message(GROUP, USER, "the border war was in 1969")))
        .isEqualTo(new Addressed.NotForUs());
    assertThat(addressing.read(Updates.message(GROUP, USER, "ask @HotlineBotFan")))
        .isEqualTo(new Addressed.NotForUs());
    assertThat(addressing.read(Updates.message(GROUP, USER, "mail me at x@HotlineBot.org")))
        .isEqualTo(new Addressed.NotForUs());
  }

  @Test
  void inAGroupAReplyToHotlinesMessageIsAQuestionButAReplyToAnyoneElseIsNot() {
    var fromBot = Updates.message(GROUP, Updates.BOT.id(), "an answer");
    var fromUser = Updates.message(GROUP, USER + 1, "a remark");

    assertThat(addressing.read(Updates.replyTo(fromBot, GROUP, USER, "and Sputnik?")))
        .isEqualTo(new Addressed.Question("and Sputnik?"));
    assertThat(addressing.read(Updates.replyTo(fromUser, GROUP, USER, "and Sputnik?")))
        .isEqualTo(new Addressed.NotForUs());
  }

  @Test
  void commandsForOtherBotsAreNotForHotlineAnywhere() {
    assertThat(addressing.read(Updates.message(GROUP, USER, "/ask@OtherBot x")))
        .isEqualTo(new Addressed.NotForUs());
    assertThat(addressing.read(Updates.message(USER, USER, "/ask@OtherBot x")))
        .isEqualTo(new Addressed.NotForUs());
    assertThat(addressing.read(Updates.message(GROUP, USER, "/ask@HotlineBot x")))
        .isEqualTo(new Addressed.Command(new CommandLine("ask", "HotlineBot", "x")));
  }

  @Test
  void messagesWithoutTextAreNotForHotline() {
    assertThat(addressing.read(Updates.message(USER, USER, null)))
        .isEqualTo(new Addressed.NotForUs());
    assertThat(addressing.read(Updates.message(USER, USER, "  ")))
        .isEqualTo(new Addressed.NotForUs());
  }
}
