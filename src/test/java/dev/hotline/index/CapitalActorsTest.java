package dev.hotline.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CapitalActorsTest {
  private final CapitalActors capitals = new CapitalActors(new WordClasses());

  @ParameterizedTest
  @CsvSource({
    "when did moscow lift the blockade, when did moscow government lift the blockade",
    "when did moscow and beijing fall out, when did moscow government and beijing fall out",
    "who did china court in its feud with moscow, who did china court in its feud with moscow"
        + " government",
    "when did hanoi launch the offensive, when did hanoi government launch the offensive",
    "why did moscow's troops leave, why did moscow government's troops leave",
    "when did moscow finally agree, when did moscow government finally agree"
  })
  void aCapitalThatActsIsItsGovernment(String question, String marked) {
    assertThat(capitals.marked(question)).isEqualTo(marked);
  }

  @ParameterizedTest
  @CsvSource({
    "who did nixon meet in moscow",
    "who was the first president to visit moscow",
    "when was the fall of saigon",
    "what was signed at the moscow summit",
    "when was the washington-moscow hotline set up",
    "when did the washington naval conference open",
    "when did washington proclaim neutrality"
  })
  void aCapitalWhereSomethingHappenedOrInANameStays(String question) {
    assertThat(capitals.marked(question)).isEqualTo(question);
  }
}
