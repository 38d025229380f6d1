package dev.hotline.chat;

/** What a daily subscription sends: the day's events, or a quiz. */
public enum DailyFeature {
  DAY_POST,
  QUIZ
}
