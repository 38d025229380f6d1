package dev.hotline.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommandLineTest {

  @Test
  void readsNameTargetAndArguments() {
    assertThat(CommandLine.parse("/ask@HotlineBot  when was the Wall built? "))
        .contains(new CommandLine("ask", "HotlineBot", "when was the Wall built?"));
    assertThat(CommandLine.parse("/Ask")).contains(new CommandLine("ask", null, ""));
    assertThat(CommandLine.parse("/settings_cooldown 5 2"))
        .contains(new CommandLine("settings_cooldown", null, "5 2"));
    assertThat(CommandLine.parse("/ask\nwhen\nexactly?"))
        .contains(new CommandLine("ask", null, "when\nexactly?"));
  }

  @Test
  void onlyACommandAtTheStartCounts() {
    assertThat(CommandLine.parse("what does /ask do?")).isEmpty();
    assertThat(CommandLine.parse(" /ask x")).isEmpty();
    assertThat(CommandLine.parse("/")).isEmpty();
    assertThat(CommandLine.parse("/ask-me")).isEmpty();
    assertThat(CommandLine.parse(null)).isEmpty();
  }

  @Test
  void isForThisBotWhenItNamesNoneOrThisOneInAnyCase() {
    assertThat(CommandLine.parse("/ask x").orElseThrow().isFor(Updates.BOT)).isTrue();
    assertThat(CommandLine.parse("/ask@hotlinebot x").orElseThrow().isFor(Updates.BOT)).isTrue();
    assertThat(CommandLine.parse("/ask@OtherBot x").orElseThrow().isFor(Updates.BOT)).isFalse();
    assertThat(CommandLine.parse("/ask@HotlineBotty x").orElseThrow().isFor(Updates.BOT)).isFalse();
  }
}
