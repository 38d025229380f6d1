package dev.hotline.chat;

import java.util.Optional;

/** What a user asks Hotline to do, whatever platform they typed it on. */
public sealed interface ChatCommand {
  /**
   * A question; {@code privately} overrides the server's default visibility when given. A question
   * {@code inConversation} may follow on from the asker's last one there ("when did it end?"); one
   * typed outside any conversation (an inline query, asked again at each keystroke) stands alone.
   */
  record Ask(String question, Optional<Boolean> privately, boolean inConversation)
      implements ChatCommand {
    /** A question asked in a conversation. */
    public Ask(String question, Optional<Boolean> privately) {
      this(question, privately, true);
    }
  }

  /** Events of a calendar day; the day as typed ("07-23", "July 23"), or today when empty. */
  record OnThisDay(Optional<String> day) implements ChatCommand {}

  /** The next of the alternatives behind an earlier answer card. */
  record AnotherAnswer(String token) implements ChatCommand {}

  record About() implements ChatCommand {}

  record Help() implements ChatCommand {}

  record ShowSettings() implements ChatCommand {}

  /** A moderator's change to the server's settings. */
  record ChangeSettings(SettingChange change) implements ChatCommand {}

  /**
   * A moderator turns daily "on this day" posts (or the daily quiz) on here, or changes their time.
   *
   * @param time as typed, "HH:mm" on a 24-hour clock; 09:00 when empty
   * @param zone as typed, an IANA time zone such as "Europe/Paris"; UTC when empty
   */
  record DailyOn(Optional<String> time, Optional<String> zone, DailyFeature feature)
      implements ChatCommand {
    public DailyOn(Optional<String> time, Optional<String> zone) {
      this(time, zone, DailyFeature.DAY_POST);
    }
  }

  /** A moderator stops the daily posts (or the daily quiz) here. */
  record DailyOff(DailyFeature feature) implements ChatCommand {
    public DailyOff() {
      this(DailyFeature.DAY_POST);
    }
  }

  /**
   * A moderator asks when the next daily post (or quiz) is due here, when the last went, and why
   * they stopped if they did.
   */
  record DailyStatus(DailyFeature feature) implements ChatCommand {
    public DailyStatus() {
      this(DailyFeature.DAY_POST);
    }
  }

  /**
   * A quiz question, about what {@code filter} names: topic words and years as typed ("berlin",
   * "1961-1963"), or anything when empty.
   */
  record Quiz(String filter) implements ChatCommand {}

  /** An answer to a quiz: {@code choice} counted from 1, as the choices are shown. */
  record QuizAnswer(long roundId, int choice) implements ChatCommand {}

  /** The asker's own quiz score here. */
  record QuizStats() implements ChatCommand {}

  /** The ten best quiz scores here. */
  record Leaderboard() implements ChatCommand {}

  /** Starts private practice: one question after another. */
  record Study() implements ChatCommand {}

  /** Stops private practice. */
  record StudyStop() implements ChatCommand {}

  /** A moderator switches quizzes on or off here. */
  record QuizSwitch(boolean on) implements ChatCommand {}

  /** A moderator sets how many seconds a quiz takes answers. */
  record QuizTime(int seconds) implements ChatCommand {}

  /** A moderator clears the quiz scores here. */
  record QuizReset() implements ChatCommand {}
}
