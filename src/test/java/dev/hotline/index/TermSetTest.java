package dev.hotline.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TermSetTest {
  @Test
  void holdsExactlyTheDistinctTermsItWasMadeOf() {
    List<String> terms = new ArrayList<>();
    for (int year = 1900; year < 2000; year++) {
      terms.add(Integer.toString(year));
      terms.add("war" + year);
    }
    terms.add("1962");

    Set<String> set = TermSet.copyOf(terms);

    assertThat(set).hasSize(200).containsExactlyInAnyOrderElementsOf(new HashSet<>(terms));
    for (String term : terms) {
      assertThat(set.contains(term)).isTrue();
    }
    for (int year = 2000; year < 2100; year++) {
      assertThat(set.contains(Integer.toString(year))).isFalse();
    }
    assertThat(set.contains(1962)).isFalse();
    assertThat(set).isEqualTo(new HashSet<>(terms));
  }

  @Test
  void anEmptySetHoldsNothing() {
    Set<String> set = TermSet.copyOf(List.of());

    assertThat(set).isEmpty();
    assertThat(set.contains("wall")).isFalse();
  }

  @Test
  void aTermSetIsNotCopiedAgain() {
    TermSet set = TermSet.copyOf(List.of("berlin", "wall"));

    assertThat(TermSet.copyOf(set)).isSameAs(set);
  }
}
