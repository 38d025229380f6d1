package dev.hotline.discord.fake;

/** A Discord user the fake knows: the bot itself or a person in its guild. */
public record FakeUser(long id, String username, boolean bot) {

  /** The mention markup Discord puts in a message's content, e.g. {@code <@123>}. */
  public String mention() {
    return "<@" + id + ">";
  }

  /** The id as Discord's JSON spells snowflakes: a string. */
  public String idString() {
    return Long.toUnsignedString(id);
  }
}
