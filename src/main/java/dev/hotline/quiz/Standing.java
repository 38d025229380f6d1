package dev.hotline.quiz;

/**
 * A player's place on a board's leaderboard.
 *
 * @param rank 1 for the best; players with equal scores share a rank
 * @param players how many have answered on the board
 */
public record Standing(Score score, int rank, int players) {}
