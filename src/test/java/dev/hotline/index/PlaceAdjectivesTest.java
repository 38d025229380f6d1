package dev.hotline.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlaceAdjectivesTest {
  @Test
  void aPlaceGivesItsAdjectiveAndTheAdjectiveItsPlace() {
    assertThat(PlaceAdjectives.otherForms("croatia")).contains("croatian");
    assertThat(PlaceAdjectives.otherForms("croatian")).contains("croatia");
    assertThat(PlaceAdjectives.otherForms("iraq")).contains("iraqi");
    assertThat(PlaceAdjectives.otherForms("iraqi")).contains("iraq");
    assertThat(PlaceAdjectives.otherForms("japan")).contains("japanese");
    assertThat(PlaceAdjectives.otherForms("japanese")).contains("japan");
    assertThat(PlaceAdjectives.otherForms("hungary")).contains("hungarian");
    assertThat(PlaceAdjectives.otherForms("hungarian")).contains("hungary");
    assertThat(PlaceAdjectives.otherForms("germany")).contains("german");
    assertThat(PlaceAdjectives.otherForms("chile")).contains("chilean");
    assertThat(PlaceAdjectives.otherForms("cuban")).contains("cuba");
    assertThat(PlaceAdjectives.otherForms("afghan")).contains("afghanistan");
    assertThat(PlaceAdjectives.otherForms("afghanistan")).contains("afghan");
    assertThat(PlaceAdjectives.otherForms("kazakhstan")).contains("kazakh");
  }

  @Test
  void shortWordsHaveNoOtherForms() {
    assertThat(PlaceAdjectives.otherForms("war")).isEmpty();
    assertThat(PlaceAdjectives.otherForms("man")).isEmpty();
  }
}
