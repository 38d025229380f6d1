package dev.hotline.quiz;

/** Why a round was asked. */
public enum Origin {
  /** A member asked for it with {@code /quiz}. */
  ASKED,
  /** The place's daily quiz. */
  DAILY,
  /** Private practice: answers move the event between Leitner boxes and score no board. */
  STUDY
}
