package dev.hotline.store;

import static dev.hotline.store.Sql.bind;
import static dev.hotline.store.Sql.first;
import static dev.hotline.store.Sql.number;
import static dev.hotline.store.Sql.select;
import static dev.hotline.store.Sql.truncate;
import static dev.hotline.store.Sql.update;
import static java.util.Collections.nCopies;

import dev.hotline.quiz.Origin;
import dev.hotline.quiz.Player;
import dev.hotline.quiz.QuizKind;
import dev.hotline.quiz.QuizPlace;
import dev.hotline.quiz.QuizQuestion;
import dev.hotline.quiz.QuizSettings;
import dev.hotline.quiz.QuizSource;
import dev.hotline.quiz.QuizStore;
import dev.hotline.quiz.Round;
import dev.hotline.quiz.Score;
import dev.hotline.quiz.Standing;
import dev.hotline.quiz.StudyCard;
import dev.hotline.quiz.StudySession;
import dev.hotline.quiz.Tally;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Quizzes in the database: settings and scores per board, rounds and their answers, practice decks.
 * {@link #reveal} claims a round by setting its {@code revealed_at} where it is still NULL, in the
 * same transaction that adds its answers to the scores, so a round scores once even when two ticks
 * or a restart race for it.
 */
public final class SqlQuizStore implements QuizStore {
  private static final String ROUND_COLUMNS =
      "id, platform, server_id, channel_id, board_key, origin, solo, student_key, kind, question,"
          + " choice_1, choice_2, choice_3, choice_4, correct, event_id, date_words, explanation,"
          + " source_title, source_publisher, source_url, source_published, opened_at, reveal_at,"
          + " revealed_at, platform_ref";

  private final Database database;

  public SqlQuizStore(Database database) {
    this.database = database;
  }

  @Override
  public QuizSettings settings(String board) {
    return database.inTransaction(
        c ->
            first(
                    c,
                    "SELECT enabled, answer_seconds FROM quiz_settings WHERE board_key = ?",
                    row -> new QuizSettings(row.getBoolean(1), row.getInt(2)),
                    board)
                .orElse(QuizSettings.defaults()));
  }

  @Override
  public void saveSettings(String board, QuizSettings settings) {
    database.inTransaction(
        c ->
            update(
                c,
                "INSERT INTO quiz_settings (board_key, enabled, answer_seconds) VALUES (?, ?, ?) ON"
                    + " CONFLICT (board_key) DO UPDATE SET enabled = excluded.enabled,"
                    + " answer_seconds = excluded.answer_seconds",
                board,
                settings.enabled(),
                settings.answerSeconds()));
  }

  @Override
  public Round open(
      QuizPlace place,
      Origin origin,
      boolean solo,
      String student,
      QuizQuestion question,
      Instant openedAt,
      Instant revealAt) {
    // Ids from the table itself, as for subscriptions: portable, and with several processes on one
    // database, an id two of them picked at once is tried again.
    return Sql.retryOnDuplicate(
        () -> openOnce(place, origin, solo, student, question, openedAt, revealAt));
  }

  private Round openOnce(
      QuizPlace place,
      Origin origin,
      boolean solo,
      String student,
      QuizQuestion question,
      Instant openedAt,
      Instant revealAt) {
    return database.inTransaction(
        c -> {
          long id = number(c, "SELECT COALESCE(MAX(id), 0) + 1 FROM quiz_rounds").orElse(1L);
          List<String> choices = question.choices();
          QuizSource source = question.source();
          update(
              c,
              "INSERT INTO quiz_rounds (id, place_key, platform, server_id, channel_id, board_key,"
                  + " origin, solo, student_key, kind, question, choice_1, choice_2, choice_3,"
                  + " choice_4, correct, event_id, date_words, explanation, source_title,"
                  + " source_publisher, source_url, source_published, opened_at, reveal_at)"
                  + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                  + " ?, ?)",
              id,
              place.key(),
              place.platform(),
              place.serverId(),
              place.channelId(),
              place.board(),
              origin.name(),
              solo,
              student,
              question.kind().name(),
              truncate(question.text()),
              truncate(choices.get(0), 400),
              truncate(choices.get(1), 400),
              truncate(choices.get(2), 400),
              truncate(choices.get(3), 400),
              question.correct(),
              question.eventId(),
              truncate(question.dateWords(), 100),
              truncate(question.explanation()),
              truncate(source.title()),
              truncate(source.publisher(), 300),
              truncate(source.url(), 2000),
              source.published() == null ? null : source.published().toString(),
              openedAt.toEpochMilli(),
              revealAt.toEpochMilli());
          return round(c, id).orElseThrow();
        });
  }

  @Override
  public void posted(long roundId, String ref) {
    database.inTransaction(
        c -> update(c, "UPDATE quiz_rounds SET platform_ref = ? WHERE id = ?", ref, roundId));
  }

  @Override
  public Optional<Round> round(long roundId) {
    return database.inTransaction(c -> round(c, roundId));
  }

  @Override
  public Optional<Round> roundByRef(String platform, String ref) {
    return database.inTransaction(
        c ->
            first(
                c,
                "SELECT "
                    + ROUND_COLUMNS
                    + " FROM quiz_rounds WHERE platform = ? AND platform_ref = ?"
                    + " ORDER BY id DESC LIMIT 1",
                SqlQuizStore::round,
                platform,
                ref));
  }

  @Override
  public List<String> recentEvents(String placeKey, int count) {
    return database.inTransaction(
        c ->
            select(
                c,
                "SELECT event_id FROM quiz_rounds WHERE place_key = ? ORDER BY id DESC LIMIT ?",
                row -> row.getString(1),
                placeKey,
                count));
  }

  @Override
  public boolean lockIn(long roundId, Player player, int choice, Instant now) {
    return database.inTransaction(
        c ->
            update(
                    c,
                    "INSERT INTO quiz_answers (round_id, player_id, player_name, choice,"
                        + " answered_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (round_id, player_id)"
                        + " DO NOTHING",
                    roundId,
                    player.id(),
                    truncate(player.name(), 200),
                    choice,
                    now.toEpochMilli())
                == 1);
  }

  @Override
  public OptionalInt choiceOf(long roundId, String playerId) {
    return database.inTransaction(
        c ->
            number(
                    c,
                    "SELECT choice FROM quiz_answers WHERE round_id = ? AND player_id = ?",
                    roundId,
                    playerId)
                .map(choice -> OptionalInt.of(choice.intValue()))
                .orElse(OptionalInt.empty()));
  }

  @Override
  public Optional<Tally> reveal(long roundId, Instant now, boolean score) {
    return database.inTransaction(
        c -> {
          int claimed =
              update(
                  c,
                  "UPDATE quiz_rounds SET revealed_at = ? WHERE id = ? AND revealed_at IS NULL",
                  now.toEpochMilli(),
                  roundId);
          if (claimed == 0) {
            return Optional.empty();
          }
          String board = "";
          int correct = -1;
          try (PreparedStatement select =
              c.prepareStatement("SELECT board_key, correct FROM quiz_rounds WHERE id = ?")) {
            bind(select, roundId);
            try (ResultSet row = select.executeQuery()) {
              if (row.next()) {
                board = row.getString(1);
                correct = row.getInt(2);
              }
            }
          }
          int answered = 0;
          int right = 0;
          try (PreparedStatement select =
                  c.prepareStatement(
                      "SELECT player_id, player_name, choice FROM quiz_answers WHERE round_id = ?"
                          + " ORDER BY answered_at");
              PreparedStatement upsert =
                  c.prepareStatement(
                      "INSERT INTO quiz_scores (board_key, player_id, player_name, right_answers,"
                          + " answered, updated_at) VALUES (?, ?, ?, ?, 1, ?) ON CONFLICT"
                          + " (board_key, player_id) DO UPDATE SET right_answers ="
                          + " quiz_scores.right_answers + excluded.right_answers, answered ="
                          + " quiz_scores.answered + 1, player_name = excluded.player_name,"
                          + " updated_at = excluded.updated_at")) {
            bind(select, roundId);
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                boolean isRight = rows.getInt(3) == correct;
                answered++;
                right += isRight ? 1 : 0;
                if (score) {
                  bind(
                      upsert,
                      board,
                      rows.getString(1),
                      rows.getString(2),
                      isRight ? 1 : 0,
                      now.toEpochMilli());
                  upsert.addBatch();
                }
              }
            }
            if (score && answered > 0) {
              upsert.executeBatch();
            }
          }
          return Optional.of(new Tally(answered, right));
        });
  }

  @Override
  public List<Round> dueReveals(Instant now, int limit, Set<String> shownOn) {
    List<Object> parameters = new ArrayList<>();
    parameters.add(now.toEpochMilli());
    String shown = shownOn(shownOn, parameters);
    parameters.add(limit);
    return database.inTransaction(
        c ->
            select(
                c,
                "SELECT "
                    + ROUND_COLUMNS
                    + " FROM quiz_rounds WHERE revealed_at IS NULL AND reveal_at <= ? AND "
                    + shown
                    + " ORDER BY reveal_at, id LIMIT ?",
                SqlQuizStore::round,
                parameters.toArray()));
  }

  @Override
  public Optional<Instant> nextReveal(Set<String> shownOn) {
    List<Object> parameters = new ArrayList<>();
    String shown = shownOn(shownOn, parameters);
    return database.inTransaction(
        c ->
            number(
                    c,
                    "SELECT MIN(reveal_at) FROM quiz_rounds WHERE revealed_at IS NULL AND " + shown,
                    parameters.toArray())
                .map(Instant::ofEpochMilli));
  }

  /**
   * The rounds a process showing quizzes on {@code platforms} may reveal: practice and rounds never
   * posted need no showing; a posted round needs its platform's revealer.
   */
  private static String shownOn(Set<String> platforms, List<Object> parameters) {
    parameters.add(Origin.STUDY.name());
    StringBuilder clause = new StringBuilder("(origin = ? OR platform_ref IS NULL");
    if (!platforms.isEmpty()) {
      List<String> sorted = platforms.stream().sorted().toList();
      clause.append(" OR platform IN (").append(String.join(", ", nCopies(sorted.size(), "?")));
      clause.append(')');
      parameters.addAll(sorted);
    }
    return clause.append(')').toString();
  }

  @Override
  public List<Score> leaderboard(String board, int limit) {
    return database.inTransaction(
        c ->
            select(
                c,
                "SELECT "
                    + SCORE_COLUMNS
                    + " FROM quiz_scores WHERE board_key = ? AND answered > 0"
                    + " ORDER BY right_answers DESC, answered, updated_at, player_id LIMIT ?",
                SqlQuizStore::score,
                board,
                limit));
  }

  @Override
  public Optional<Standing> standing(String board, String playerId) {
    return database.inTransaction(
        c -> {
          Optional<Score> found =
              first(
                  c,
                  "SELECT "
                      + SCORE_COLUMNS
                      + " FROM quiz_scores"
                      + " WHERE board_key = ? AND player_id = ? AND answered > 0",
                  SqlQuizStore::score,
                  board,
                  playerId);
          if (found.isEmpty()) {
            return Optional.empty();
          }
          Score score = found.get();
          long better =
              number(
                      c,
                      "SELECT COUNT(*) FROM quiz_scores WHERE board_key = ? AND answered > 0 AND"
                          + " (right_answers > ? OR (right_answers = ? AND answered < ?))",
                      board,
                      score.right(),
                      score.right(),
                      score.answered())
                  .orElse(0L);
          long players =
              number(
                      c,
                      "SELECT COUNT(*) FROM quiz_scores WHERE board_key = ? AND answered > 0",
                      board)
                  .orElse(0L);
          return Optional.of(new Standing(score, (int) better + 1, (int) players));
        });
  }

  @Override
  public int resetScores(String board) {
    return database.inTransaction(
        c -> update(c, "DELETE FROM quiz_scores WHERE board_key = ?", board));
  }

  @Override
  public StudySession session(String student) {
    return database.inTransaction(
        c ->
            first(
                    c,
                    "SELECT active, turn, asked, right_answers FROM study_sessions"
                        + " WHERE student_key = ?",
                    row ->
                        new StudySession(
                            row.getBoolean(1), row.getInt(2), row.getInt(3), row.getInt(4)),
                    student)
                .orElse(StudySession.none()));
  }

  @Override
  public void saveSession(String student, StudySession session) {
    database.inTransaction(
        c ->
            update(
                c,
                "INSERT INTO study_sessions (student_key, active, turn, asked, right_answers)"
                    + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (student_key) DO UPDATE SET active ="
                    + " excluded.active, turn = excluded.turn, asked = excluded.asked,"
                    + " right_answers = excluded.right_answers",
                student,
                session.active(),
                session.turn(),
                session.asked(),
                session.right()));
  }

  @Override
  public Map<String, StudyCard> deck(String student) {
    return database.inTransaction(
        c -> {
          Map<String, StudyCard> deck = new LinkedHashMap<>();
          for (StudyCard card :
              select(
                  c,
                  "SELECT event_id, box, due_turn, right_answers, wrong_answers FROM study_cards"
                      + " WHERE student_key = ? ORDER BY event_id",
                  row ->
                      new StudyCard(
                          row.getString(1),
                          row.getInt(2),
                          row.getInt(3),
                          row.getInt(4),
                          row.getInt(5)),
                  student)) {
            deck.put(card.eventId(), card);
          }
          return deck;
        });
  }

  @Override
  public void saveCard(String student, StudyCard card) {
    database.inTransaction(
        c ->
            update(
                c,
                "INSERT INTO study_cards (student_key, event_id, box, due_turn, right_answers,"
                    + " wrong_answers) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (student_key,"
                    + " event_id) DO UPDATE SET box = excluded.box, due_turn = excluded.due_turn,"
                    + " right_answers = excluded.right_answers, wrong_answers ="
                    + " excluded.wrong_answers",
                student,
                card.eventId(),
                card.box(),
                card.dueTurn(),
                card.right(),
                card.wrong()));
  }

  @Override
  public void forgetRounds(Instant before) {
    database.inTransaction(
        c -> {
          long cutoff = before.toEpochMilli();
          update(
              c,
              "DELETE FROM quiz_answers WHERE round_id IN (SELECT id FROM quiz_rounds WHERE"
                  + " revealed_at IS NOT NULL AND revealed_at < ?)",
              cutoff);
          return update(
              c,
              "DELETE FROM quiz_rounds WHERE revealed_at IS NOT NULL AND revealed_at < ?",
              cutoff);
        });
  }

  private static Optional<Round> round(Connection c, long id) throws SQLException {
    return first(
        c, "SELECT " + ROUND_COLUMNS + " FROM quiz_rounds WHERE id = ?", SqlQuizStore::round, id);
  }

  private static final String SCORE_COLUMNS = "player_id, player_name, right_answers, answered";

  private static Score score(ResultSet row) throws SQLException {
    return new Score(row.getString(1), row.getString(2), row.getInt(3), row.getInt(4));
  }

  private static Round round(ResultSet row) throws SQLException {
    QuizPlace place =
        new QuizPlace(row.getString(2), row.getString(3), row.getString(4), row.getString(5));
    String published = row.getString(22);
    QuizQuestion question =
        new QuizQuestion(
            QuizKind.valueOf(row.getString(9)),
            row.getString(10),
            List.of(row.getString(11), row.getString(12), row.getString(13), row.getString(14)),
            row.getInt(15),
            row.getString(16),
            row.getString(17),
            row.getString(18),
            new QuizSource(
                row.getString(19),
                row.getString(20),
                row.getString(21),
                published == null ? null : LocalDate.parse(published)));
    long revealed = row.getLong(25);
    Optional<Instant> revealedAt =
        row.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(revealed));
    return new Round(
        row.getLong(1),
        place,
        Origin.valueOf(row.getString(6)),
        row.getBoolean(7),
        row.getString(8),
        question,
        Instant.ofEpochMilli(row.getLong(23)),
        Instant.ofEpochMilli(row.getLong(24)),
        revealedAt,
        Optional.ofNullable(row.getString(26)));
  }
}
