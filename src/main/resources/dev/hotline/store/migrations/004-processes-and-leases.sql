-- Hotline processes sharing this database (PostgreSQL). Each renews its row's expires_at while it
-- runs; a row past it is a process that died. platforms and the shard range say which daily posts
-- it makes: a Discord server's post is made by the process that runs its server's shard.
CREATE TABLE processes (
  id VARCHAR(100) PRIMARY KEY,
  platforms VARCHAR(100) NOT NULL,
  shard_total INTEGER NOT NULL,
  shard_from INTEGER NOT NULL,
  shard_to INTEGER NOT NULL,
  started_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL
);

-- Turns one process holds at a time, such as polling Telegram for one bot: taken over once
-- expires_at has passed. mark is how far the holder got (the last Telegram update it took), so the
-- next holder goes on from there.
CREATE TABLE leases (
  name VARCHAR(200) PRIMARY KEY,
  holder VARCHAR(100) NOT NULL,
  expires_at BIGINT NOT NULL,
  mark BIGINT NOT NULL
);

-- The process that claimed a daily post, so that a claim left by a process that died can be told
-- from one a live process is still sending.
ALTER TABLE deliveries ADD COLUMN claimed_by VARCHAR(100);

-- Telegram updates taken in webhook mode: Telegram delivers an update again when it did not see
-- an answer, perhaps to another process behind the load balancer, and it is handled once.
CREATE TABLE telegram_updates (
  bot VARCHAR(40) NOT NULL,
  update_id BIGINT NOT NULL,
  taken_at BIGINT NOT NULL,
  PRIMARY KEY (bot, update_id)
);
