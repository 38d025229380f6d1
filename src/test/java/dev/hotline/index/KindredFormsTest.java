package dev.hotline.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KindredFormsTest {
  @Test
  void aNounAndItsAdjectiveFindEachOther() {
    assertThat(KindredForms.of("revolutionary")).contains("revolution");
    assertThat(KindredForms.of("revolution")).contains("revolutionary");
    assertThat(KindredForms.of("diplomatic")).contains("diplomacy");
    assertThat(KindredForms.of("diplomacy")).contains("diplomatic");
    assertThat(KindredForms.of("economic")).contains("economy");
    assertThat(KindredForms.of("economy")).contains("economic");
  }

  @Test
  void shortWordsHaveNoKindredForms() {
    assertThat(KindredForms.of("epic")).isEmpty();
    assertThat(KindredForms.of("navy")).isEmpty();
  }
}
