package dev.hotline.quiz;

/**
 * A student's practice: whether it is running, and its counters.
 *
 * @param turn questions answered in all sessions, the clock Leitner boxes are timed by
 * @param asked questions answered in the current (or last) session
 * @param right of those, answered right
 */
public record StudySession(boolean active, int turn, int asked, int right) {
  public static StudySession none() {
    return new StudySession(false, 0, 0, 0);
  }
}
