package dev.hotline.index;

/**
 * Where a question's concept (by its index in the question) occurs in a passage, as which term
 * (also by its index among the concept's {@link Concept#terms()}).
 */
public record TermMatch(int concept, int termIndex, String term, int start, int end) {}
