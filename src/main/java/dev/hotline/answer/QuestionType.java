package dev.hotline.answer;

/** What kind of answer a question wants; it steers which passage and which date win. */
public enum QuestionType {
  /** "When…", "what year…", "…date": the date of the event asked about. */
  WHEN,
  /** "What happened on July 23?": events of that day in any year. */
  ON_THIS_DAY,
  /** "What happened in 1962?": events inside a period. */
  IN_PERIOD,
  /** "When was the article published?": the publication date, not an event date. */
  PUBLISHED,
  WHO,
  WHERE,
  WHY,
  /** Anything else: "what…", "how…", or no question word at all. */
  WHAT
}
