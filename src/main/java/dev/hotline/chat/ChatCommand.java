package dev.hotline.chat;

import java.util.Optional;

/** What a user asks Hotline to do, whatever platform they typed it on. */
public sealed interface ChatCommand {
  /** A question; {@code privately} overrides the server's default visibility when given. */
  record Ask(String question, Optional<Boolean> privately) implements ChatCommand {}

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
   * A moderator turns daily "on this day" posts on here, or changes their time.
   *
   * @param time as typed, "HH:mm" on a 24-hour clock; 09:00 when empty
   * @param zone as typed, an IANA time zone such as "Europe/Paris"; UTC when empty
   */
  record DailyOn(Optional<String> time, Optional<String> zone) implements ChatCommand {}

  /** A moderator stops the daily posts here. */
  record DailyOff() implements ChatCommand {}

  /**
   * A moderator asks when the next daily post is due here, when the last went, and why they stopped
   * if they did.
   */
  record DailyStatus() implements ChatCommand {}
}
