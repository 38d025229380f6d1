package dev.hotline.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhrasalVerbsTest {
  @Test
  void aParticleQuestionsLoseJoinsItsVerb() {
    assertThat(PhrasalVerbs.joined("when did the communists take over czechoslovakia"))
        .isEqualTo("when did the communists takeover czechoslovakia");
    assertThat(PhrasalVerbs.joined("when did britain hand over hong kong"))
        .isEqualTo("when did britain handover hong kong");
  }

  @Test
  void takingOverFromSomeoneIsReplacingThem() {
    assertThat(PhrasalVerbs.joined("who took over from churchill"))
        .isEqualTo("who replaced churchill");
  }

  @Test
  void takingThePlaceOfSomethingIsReplacingIt() {
    assertThat(PhrasalVerbs.joined("what pact took the place of the old deal"))
        .isEqualTo("what pact replaced the old deal");
    assertThat(PhrasalVerbs.joined("where did the talks take place"))
        .isEqualTo("where did the talks take place");
  }

  @Test
  void overElsewhereStays() {
    assertThat(PhrasalVerbs.joined("when was the war over")).isEqualTo("when was the war over");
    assertThat(PhrasalVerbs.joined("what was the fight over berlin"))
        .isEqualTo("what was the fight over berlin");
  }
}
