package dev.hotline.quiz;

/** How a revealed round went: how many answered and how many of them were right. */
public record Tally(int answered, int right) {}
