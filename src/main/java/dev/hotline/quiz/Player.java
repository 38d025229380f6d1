package dev.hotline.quiz;

/**
 * Someone who answers quizzes.
 *
 * @param name the name leaderboards show, as plain text
 */
public record Player(String id, String name) {}
