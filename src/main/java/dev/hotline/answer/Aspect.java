package dev.hotline.answer;

/** Which end of an event a question asks for: "when did the war start?" is not "…end?". */
public enum Aspect {
  /** The event itself, whichever end. */
  ANY,
  /** Its beginning: started, began, broke out, founded, invaded, first… */
  START,
  /** Its end: ended, fell, collapsed, withdrew, died, last… */
  END,
  /** How long it lasted: both ends. */
  SPAN
}
