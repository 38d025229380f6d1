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

  /**
   * Another guild, the {@code n}th, that Discord serves on shard {@code shard} of {@code total} (a
   * guild's shard is its id shifted right by 22, modulo the total); same admin and member.
   */
  public static FakeGuild onShard(int shard, int total, int n) {
    long id = ((long) (1_000 + n * total + shard) << 22) | 1;
    FakeGuild standard = standard();
    return new FakeGuild(
        id,
        "Study Group " + n,
        id + 1,
        "ask-hotline-" + n,
        id + 2,
        id + 3,
        standard.admin(),
        standard.member());
  }

  /** The shard of {@code total} that serves this guild. */
  public int shard(int total) {
    return (int) ((id >>> 22) % total);
  }

  /** The {@code @everyone} role, whose id is the guild's. */
  public long everyoneRoleId() {
    return id;
  }
}
