package dev.hotline.discord.fake;

/**
 * The one guild the fake serves: a text channel, an admin (its owner, holding an administrator
 * role) and an ordinary member; the bot joins it with a managed role of its own.
 */
public record FakeGuild(
    long id,
    String name,
    long textChannelId,
    String textChannelName,
    long adminRoleId,
    long botRoleId,
    FakeUser admin,
    FakeUser member) {

  /** A guild with fixed ids, so that failures print the same numbers every run. */
  public static FakeGuild standard() {
    return new FakeGuild(
        1_200_000_000_000_000_001L,
        "Cold War Study Group",
        1_200_000_000_000_000_002L,
        "ask-hotline",
        1_200_000_000_000_000_003L,
        1_200_000_000_000_000_004L,
        new FakeUser(1_300_000_000_000_000_001L, "archivist", false),
        new FakeUser(1_300_000_000_000_000_002L, "student", false));
  }

  /** The {@code @everyone} role, whose id is the guild's. */
  public long everyoneRoleId() {
    return id;
  }
}
