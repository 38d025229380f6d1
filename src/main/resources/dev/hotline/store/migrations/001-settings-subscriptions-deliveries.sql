-- Per-server settings: who moderates, how Hotline answers. One row a server (or direct chat).
CREATE TABLE server_settings (
  server_key VARCHAR(300) PRIMARY KEY,
  moderator_role VARCHAR(200),
  private_answers BOOLEAN NOT NULL,
  user_cooldown_seconds INTEGER NOT NULL,
  channel_cooldown_seconds INTEGER NOT NULL
);

-- The channels a server lets Hotline answer in; none means every channel.
CREATE TABLE allowed_channels (
  server_key VARCHAR(300) NOT NULL REFERENCES server_settings (server_key) ON DELETE CASCADE,
  channel_id VARCHAR(200) NOT NULL,
  PRIMARY KEY (server_key, channel_id)
);

-- Daily "on this day" posts, one subscription a chat place. Rows are never deleted, so an id is
-- never reused and old delivery claims can never block a new subscription.
-- Instants are epoch milliseconds; local dates are ISO yyyy-mm-dd text; post_time is HH:mm.
-- revision grows with every change a moderator or Hotline makes, so a post planned from an older
-- revision is not claimed; effective_from is when the current schedule began (no post before it).
CREATE TABLE subscriptions (
  id BIGINT PRIMARY KEY,
  place_key VARCHAR(500) NOT NULL UNIQUE,
  platform VARCHAR(20) NOT NULL,
  server_id VARCHAR(200),
  channel_id VARCHAR(200) NOT NULL,
  post_time VARCHAR(5) NOT NULL,
  zone VARCHAR(64) NOT NULL,
  active BOOLEAN NOT NULL,
  disabled_reason VARCHAR(1000),
  effective_from BIGINT NOT NULL,
  revision INTEGER NOT NULL,
  updated_at BIGINT NOT NULL,
  last_posted_at BIGINT
);

-- The delivery log: a claim is written before a post is sent and completed after, so a local day
-- is never posted twice, even across a crash.
CREATE TABLE deliveries (
  subscription_id BIGINT NOT NULL REFERENCES subscriptions (id),
  local_date VARCHAR(10) NOT NULL,
  idempotency_key VARCHAR(40) NOT NULL,
  state VARCHAR(12) NOT NULL,
  attempts INTEGER NOT NULL,
  claimed_at BIGINT NOT NULL,
  finished_at BIGINT,
  retry_at BIGINT,
  detail VARCHAR(1000),
  PRIMARY KEY (subscription_id, local_date)
);

CREATE INDEX deliveries_by_date ON deliveries (local_date);

-- The passages each subscription was last sent, so the next years' posts can prefer others.
CREATE TABLE posted_passages (
  subscription_id BIGINT NOT NULL REFERENCES subscriptions (id),
  passage_id VARCHAR(300) NOT NULL,
  posted_on VARCHAR(10) NOT NULL,
  PRIMARY KEY (subscription_id, passage_id)
);
