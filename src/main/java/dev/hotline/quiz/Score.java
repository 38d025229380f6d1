package dev.hotline.quiz;

/**
 * A player's score on a board.
 *
 * @param right answers that were right
 * @param answered rounds answered
 */
public record Score(String playerId, String name, int right, int answered) {}
