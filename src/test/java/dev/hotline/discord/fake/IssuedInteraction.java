package dev.hotline.discord.fake;

/** What the fake remembers of an interaction it dispatched, to answer the bot's callbacks on it. */
record IssuedInteraction(DispatchedInteraction reference, int type, FakeUser user) {
  static final int COMMAND = 2;
  static final int COMPONENT = 3;
  static final int AUTOCOMPLETE = 4;
}
