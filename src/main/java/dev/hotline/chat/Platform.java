package dev.hotline.chat;

/** Where a conversation happens; adapters name themselves with it. */
public enum Platform {
  DISCORD,
  TELEGRAM,
  CONSOLE
}
