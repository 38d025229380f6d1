package dev.hotline.chat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LeastRecentlyUsedTest {
  @Test
  void overItsLimitItForgetsTheEntryLeastRecentlyUsed() {
    LeastRecentlyUsed<String, Integer> map = new LeastRecentlyUsed<>(2);
    map.put("a", 1);
    map.put("b", 2);
    map.get("a");
    map.put("c", 3);
    assertThat(map).containsOnlyKeys("a", "c");
  }
}
