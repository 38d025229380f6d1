package dev.hotline.answer;

import java.time.Instant;
import java.util.Optional;

/** What the answering index holds: for "about" replies and health checks. */
public record IndexInfo(int articles, int passages, Optional<Instant> builtAt) {}
