package dev.hotline.quiz;

/**
 * One event in a student's practice deck.
 *
 * @param box the Leitner box, 1 to {@link StudyCoach#BOXES}: an event answered wrongly goes back to
 *     box 1, one answered right moves up a box
 * @param dueTurn the practice turn from which it is asked again
 */
public record StudyCard(String eventId, int box, int dueTurn, int right, int wrong) {}
