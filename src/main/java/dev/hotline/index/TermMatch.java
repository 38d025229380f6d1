package dev.hotline.index;

/** Where a question's concept (by its index in the question) occurs in a passage, as which term. */
public record TermMatch(int concept, String term, int start, int end) {}
