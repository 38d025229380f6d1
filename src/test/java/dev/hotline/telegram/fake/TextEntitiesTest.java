package dev.hotline.telegram.fake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextEntitiesTest {

  @Test
  void commandAddressedToTheBotIsOneEntity() {
    assertEquals(
        List.of(new TextEntity("bot_command", 0, 15)), TextEntities.find("/ask@HotlineBot when?"));
  }

  @Test
  void mentionInTheMiddleIsFound() {
    assertEquals(
        List.of(new TextEntity("mention", 4, 11)),
        TextEntities.find("hey @HotlineBot, who was Gorbachev?"));
  }

  @Test
  void offsetsAreUtf16UnitsAfterAstralCharacters() {
    // The flag is two code points of two UTF-16 units each.
    List<TextEntity> entities = TextEntities.find("🇩🇪 @HotlineBot Mauerfall?");

    assertEquals(List.of(new TextEntity("mention", 5, 11)), entities);
  }

  @Test
  void emailAndPathAreNotEntities() {
    assertEquals(List.of(), TextEntities.find("mail kgb@example.org or see docs/ask"));
  }
}
