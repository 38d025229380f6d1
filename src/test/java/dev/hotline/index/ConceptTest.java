package dev.hotline.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConceptTest {
  @Test
  void aSynonymCountsALittleLessThanTheWordTyped() {
    Concept war = new Concept("war", List.of(List.of("war"), List.of("conflict")), 1f, true);
    assertThat(war.coverage(Set.of("war"))).isEqualTo(1f);
    assertThat(war.coverage(Set.of("conflict"))).isEqualTo(Concept.SYNONYM_SHARE);
  }

  @Test
  void anAbbreviationAndTheWordsItStandsForCountAlike() {
    Concept un =
        new Concept(
            "un", List.of(List.of("un"), List.of("unit", "nation"), List.of("onu")), 1f, true);
    assertThat(un.coverage(Set.of("unit", "nation"))).isEqualTo(1f);
    assertThat(un.coverage(Set.of("onu"))).isEqualTo(Concept.SYNONYM_SHARE);
    Concept spelledOut =
        new Concept(
            "united nations", List.of(List.of("unit", "nation"), List.of("un")), 1f, true);
    assertThat(spelledOut.worth(1)).isEqualTo(1f);
  }

  @Test
  void aSynonymListedFirstCountsInFull() {
    Concept listed =
        new Concept("war", List.of(List.of("war"), List.of("conflict")), 1f, false);
    assertThat(listed.coverage(Set.of("conflict"))).isEqualTo(1f);
  }
}
