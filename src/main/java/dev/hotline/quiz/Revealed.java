package dev.hotline.quiz;

/** A round whose time ran out, revealed now, and how it went. */
public record Revealed(Round round, Tally tally) {}
