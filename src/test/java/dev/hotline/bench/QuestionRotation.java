package dev.hotline.bench;

import java.util.List;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * A fixed set of questions of every kind Hotline meets (when, who, what, why, on-this-day, in a
 * period, misspelt), handed out in turn so that a benchmark averages over them rather than timing
 * one lucky question.
 */
@State(Scope.Thread)
public class QuestionRotation {
  static final List<String> QUESTIONS =
      List.of(
          "when did the berlin wall fall",
          "who was khruschev",
          "what happened on july 23?",
          "when was the outer space treaty signed",
          "when did the cuban missile crisis start?",
          "what was the marshall plan",
          "why did east germany build the berlin wall",
          "when was nato founded",
          "what happened in october 1962?",
          "who led the soviet union in 1956",
          "when did the sino-soviet split happen",
          "where was the u-2 shot down",
          "when did the korean war end?",
          "what was the bay of pigs invasion",
          "when did nixon visit china",
          "what was detente",
          "when was the washington moscow hotline set up",
          "when did the soviet union collapse",
          "what happened on november 9",
          "when was the limited test ban treaty signed");

  private int next;

  /** The next question, wrapping round after the last. */
  public String next() {
    String question = QUESTIONS.get(next);
    next = (next + 1) % QUESTIONS.size();
    return question;
  }
}
