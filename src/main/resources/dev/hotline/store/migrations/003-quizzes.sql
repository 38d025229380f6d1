-- Study mode: quizzes from the articles' dated events (docs/study.md).

-- A subscription is a daily post or a daily quiz; rows made before this are daily posts.
ALTER TABLE subscriptions ADD COLUMN feature VARCHAR(20) NOT NULL DEFAULT 'DAY_POST';

-- Quiz settings per board (a server, a group, a direct chat), changed by its moderators.
CREATE TABLE quiz_settings (
  board_key VARCHAR(300) PRIMARY KEY,
  enabled BOOLEAN NOT NULL,
  answer_seconds INTEGER NOT NULL
);

-- One row a quiz asked: what it asked, where, until when it takes answers, and when it was
-- revealed (NULL until then; setting it is the claim that scores the round once).
-- platform_ref is the platform's name for the message or poll showing it.
CREATE TABLE quiz_rounds (
  id BIGINT PRIMARY KEY,
  place_key VARCHAR(500) NOT NULL,
  platform VARCHAR(20) NOT NULL,
  server_id VARCHAR(200),
  channel_id VARCHAR(200) NOT NULL,
  board_key VARCHAR(300) NOT NULL,
  origin VARCHAR(10) NOT NULL,
  solo BOOLEAN NOT NULL,
  student_key VARCHAR(300),
  kind VARCHAR(20) NOT NULL,
  question VARCHAR(1000) NOT NULL,
  choice_1 VARCHAR(400) NOT NULL,
  choice_2 VARCHAR(400) NOT NULL,
  choice_3 VARCHAR(400) NOT NULL,
  choice_4 VARCHAR(400) NOT NULL,
  correct INTEGER NOT NULL,
  event_id VARCHAR(300) NOT NULL,
  date_words VARCHAR(100) NOT NULL,
  explanation VARCHAR(1000) NOT NULL,
  source_title VARCHAR(1000) NOT NULL,
  source_publisher VARCHAR(300) NOT NULL,
  source_url VARCHAR(2000),
  source_published VARCHAR(10),
  opened_at BIGINT NOT NULL,
  reveal_at BIGINT NOT NULL,
  revealed_at BIGINT,
  platform_ref VARCHAR(200)
);

CREATE INDEX quiz_rounds_by_place ON quiz_rounds (place_key, id);
CREATE INDEX quiz_rounds_to_reveal ON quiz_rounds (revealed_at, reveal_at);
CREATE INDEX quiz_rounds_by_ref ON quiz_rounds (platform, platform_ref);

-- Each player's one answer to a round; the primary key keeps a second answer out.
CREATE TABLE quiz_answers (
  round_id BIGINT NOT NULL REFERENCES quiz_rounds (id),
  player_id VARCHAR(200) NOT NULL,
  player_name VARCHAR(200) NOT NULL,
  choice INTEGER NOT NULL,
  answered_at BIGINT NOT NULL,
  PRIMARY KEY (round_id, player_id)
);

-- Scores per player per board, added to when a round is revealed.
CREATE TABLE quiz_scores (
  board_key VARCHAR(300) NOT NULL,
  player_id VARCHAR(200) NOT NULL,
  player_name VARCHAR(200) NOT NULL,
  right_answers INTEGER NOT NULL,
  answered INTEGER NOT NULL,
  updated_at BIGINT NOT NULL,
  PRIMARY KEY (board_key, player_id)
);

-- Private practice: each student's events in Leitner boxes, timed in questions answered.
CREATE TABLE study_cards (
  student_key VARCHAR(300) NOT NULL,
  event_id VARCHAR(300) NOT NULL,
  box INTEGER NOT NULL,
  due_turn INTEGER NOT NULL,
  right_answers INTEGER NOT NULL,
  wrong_answers INTEGER NOT NULL,
  PRIMARY KEY (student_key, event_id)
);

CREATE TABLE study_sessions (
  student_key VARCHAR(300) PRIMARY KEY,
  active BOOLEAN NOT NULL,
  turn INTEGER NOT NULL,
  asked INTEGER NOT NULL,
  right_answers INTEGER NOT NULL
);
