package dev.hotline.store;

/**
 * What a committed write survives: the choice between SQLite's FULL and NORMAL sync in WAL mode.
 */
public enum Durability {
  /**
   * A commit is on disk before it returns (one fsync, about 1.5 ms here): a claimed daily post
   * stays claimed even through a power cut. The default.
   */
  POWER_LOSS("FULL"),
  /**
   * A commit survives the process being killed but not the machine losing power: ten times faster
   * writes, for tests and benchmarks that measure Hotline rather than the disk.
   */
  PROCESS_CRASH("NORMAL");

  final String synchronousPragma;

  Durability(String synchronousPragma) {
    this.synchronousPragma = synchronousPragma;
  }
}
