-- One row that the health endpoint rewrites to prove the database still takes writes.
CREATE TABLE health_check (
  id INTEGER PRIMARY KEY,
  checked_at VARCHAR(40) NOT NULL
);
