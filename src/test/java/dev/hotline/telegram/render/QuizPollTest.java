package dev.hotline.telegram.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotline.chat.QuizCard;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.polls.SendPoll;
import org.telegram.telegrambots.meta.api.objects.polls.input.InputPollOption;

/** A quiz card as a Telegram quiz poll, within the poll's limits whatever the card holds. */
class QuizPollTest {

  private final TelegramRenderer renderer = new TelegramRenderer();

  private static QuizCard card(
      String question, List<String> choices, String explanation, int answerSeconds) {
    return new QuizCard(
        7,
        "Quiz",
        question,
        choices,
        1,
        explanation,
        "1961",
        new QuizCard.Source("Title", "Hotline", null, null),
        answerSeconds,
        Instant.EPOCH,
        Optional.empty());
  }

  @Test
  void aQuizIsAPollThatIsNotAnonymousWithItsRightOptionAndOpenForTheAnswerTime() {
    SendPoll poll =
        renderer.quizPoll(
            card("In which year?", List.of("1959", "1960", "1961", "1962"), "August 13, 1961", 30),
            -100,
            7);
    assertThat(poll.getType()).isEqualTo("quiz");
    assertThat(poll.getIsAnonymous()).isFalse();
    assertThat(poll.getCorrectOptionIds()).containsExactly(1);
    assertThat(poll.getOpenPeriod()).isEqualTo(30);
    assertThat(poll.getMessageThreadId()).isEqualTo(7);
    assertThat(poll.getOptions())
        .extracting(InputPollOption::getText)
        .containsExactly("1959", "1960", "1961", "1962");
  }

  @Test
  void everyPartIsCutToTelegramsLimitsAndPracticeWaitsForItsAnswer() {
    String long400 = "The Berlin Wall. ".repeat(24);
    SendPoll poll =
        renderer.quizPoll(
            card(
                long400,
                List.of("a".repeat(150), "b", "c\u0000\nd", ""),
                "One.\nTwo.\nThree.\n" + long400,
                0),
            42,
            null);
    assertThat(poll.getQuestion()).hasSizeBetween(1, TelegramRenderer.MAX_POLL_QUESTION);
    assertThat(poll.getOptions())
        .allSatisfy(
            option ->
                assertThat(option.getText()).hasSizeBetween(1, TelegramRenderer.MAX_POLL_OPTION));
    assertThat(poll.getOptions().get(2).getText()).isEqualTo("c d");
    assertThat(poll.getExplanation())
        .hasSizeLessThanOrEqualTo(TelegramRenderer.MAX_POLL_EXPLANATION)
        .doesNotContain("\n");
    assertThat(poll.getOpenPeriod()).as("practice has no time limit").isNull();
    assertThat(
            renderer
                .quizPoll(card("q", List.of("1", "2", "3", "4"), "e", 9000), 42, null)
                .getOpenPeriod())
        .isEqualTo(TelegramRenderer.MAX_OPEN_PERIOD);
  }
}
