package dev.hotline.cli;

import dev.hotline.chat.Excerpts;

/**
 * How text output sets the answering sentence off inside its passage: in bold on a terminal, and
 * plainly where the output goes to a file or another program (the passage is then only cut around
 * the sentence).
 */
public enum TerminalStyle {
  PLAIN,
  BOLD;

  private static final String BOLD_ON = "\u001b[1m";
  private static final String BOLD_OFF = "\u001b[0m";

  /** Bold on an interactive terminal, unless NO_COLOR is set or the terminal is dumb. */
  public static TerminalStyle detect() {
    boolean terminal = System.console() != null;
    boolean noColor = System.getenv("NO_COLOR") != null;
    boolean dumb = "dumb".equals(System.getenv("TERM"));
    return terminal && !noColor && !dumb ? BOLD : PLAIN;
  }

  /** The excerpt as one line of text, its answer in bold when this style shows bold. */
  public String excerpt(Excerpts.Excerpt excerpt) {
    String answer = excerpt.answer();
    if (this == BOLD && !answer.isBlank()) {
      answer = BOLD_ON + answer + BOLD_OFF;
    }
    return excerpt.before() + answer + excerpt.after();
  }
}
