package dev.hotline.answer;

/**
 * What Hotline weighs when it ranks an event as the answer to a question, each in 0..1 (the cues in
 * -1..1), with its weight in the score. The weights are fitted on the tuning questions by
 * RankingTrainer and checked by two-fold cross-validation (docs/evaluation.md).
 */
public enum Feature {
  /** The search engine's own score, relative to the best candidate's. */
  SEARCH(0.39),
  /** Share of the question's weight the passage covers, its article title counting in part. */
  PASSAGE(0.23),
  /** Share the passage's best sentence covers: answers usually sit in one sentence. */
  SENTENCE(-0.16),
  /**
   * Share of the deed a do-question turns on that the event's clause tells ("did they land"), or
   * the undated sentences after it, at the story's share.
   */
  DEED(0.08),
  /** Share the event's own clause (or its listed description) covers: who did what, then. */
  CLAUSE(0.34),
  /**
   * In an article about what was asked that lists no key events, the share of what the question
   * asks beyond the title that the event's clause covers: "Congress approved it in March" over
   * "Eisenhower announced the doctrine in January" in the essay on the Eisenhower Doctrine.
   */
  CLAUSE_BEYOND_TITLE(0.2),
  /** Share the sentence that holds the event's date covers. */
  EVENT_SENTENCE(0.12),
  /** How close the date stands to the question's words. */
  NEARNESS(0.07),
  /** Share the article's title and its list of key events cover: what the article is about. */
  ARTICLE_TOPIC(0.36),
  /** Share the article's whole text covers. */
  ARTICLE_TEXT(0.16),
  /** Share the passage with its neighbours and title covers: the story around it. */
  NEIGHBOURHOOD(0.21),
  /**
   * The event tells the end a verb of the question implies ("invade", "die") (+1), the other end
   * (-1), or neither; for a question that names no end, half a point for telling a start.
   */
  CUE(0.02),
  /** The event tells the end the question asks for outright ("start", "end"). */
  END_ASKED(0.25),
  /**
   * The event tells the other end of what was asked outright: asked when it started, its end is no
   * answer at all, however well it matches.
   */
  OTHER_END_ASKED(-0.75),
  /** The earliest (or, for an end, the latest) of its article's events about what was asked. */
  CHRONOLOGY(0.06),
  /**
   * Asked for the first of several things ("the first hydrogen bomb"), the earliest of the events
   * about it that tell a first: each country's first test is a first, the earliest is the first.
   * Its weight is set by hand, as for an end asked outright: the tuning files hold too few such
   * questions to fit it.
   */
  FIRST_OF_SEVERAL(0.25),
  /**
   * Asked when something came "finally", the event's clause tells it came late ("did not ratify the
   * treaty until 1822", "at last"). Its weight is set by hand, as for the first of several.
   */
  LATENESS(0.15),
  /** How precisely the date is known: a day over a month over a year. */
  PRECISION(0.12),
  /** How precisely the date is known, for a question asking for the day ("what date exactly"). */
  DAY_ASKED(0.6),
  /** Share of the question the event's description covers, when the article lists it as key. */
  DECLARED(0.25),
  /**
   * Other passages about what was asked tell the same day: a day told again and again is the
   * event's own more often than one told once ("he spoke about it two weeks later").
   */
  AGREEMENT(0.10),
  /** The date is counted from another ("three years later"). */
  RELATIVE(-0.11),
  /** The passage names no date of its own; the answer's date is the one the article last named. */
  UNDATED(0.03);

  private final double weight;

  Feature(double weight) {
    this.weight = weight;
  }

  /** The weight this feature has in the score. */
  public double weight() {
    return weight;
  }

  /** The weights of all features, in declaration order. */
  public static double[] weights() {
    double[] weights = new double[values().length];
    for (Feature f : values()) {
      weights[f.ordinal()] = f.weight;
    }
    return weights;
  }
}
