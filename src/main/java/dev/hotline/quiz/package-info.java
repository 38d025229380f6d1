/**
 * Study mode: quizzes built from the articles' dated events. {@link dev.hotline.quiz.QuizGenerator}
 * makes four-choice questions (the year, the month, which came first, what happened on a day) from
 * an {@link dev.hotline.quiz.EventPool}; {@link dev.hotline.quiz.QuizMaster} asks them in a place,
 * takes each member's one answer, reveals them on time and keeps the scores; {@link
 * dev.hotline.quiz.StudyCoach} runs private practice with Leitner boxes. What lasts is kept behind
 * {@link dev.hotline.quiz.QuizStore}. Nothing here knows a chat platform: places, boards and
 * players are named by the chat layer's keys.
 */
package dev.hotline.quiz;
