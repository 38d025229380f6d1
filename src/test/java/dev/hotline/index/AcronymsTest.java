package dev.hotline.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AcronymsTest {
  @Test
  void anAcronymInBracketsAfterTheWordsItAbbreviatesIsDefined() {
    Acronyms acronyms =
        Acronyms.definedIn(
            List.of(
                "On June 14, 1950, before a session of the Northern Fisheries Board (NFB), the"
                    + " envoy spoke.",
                "Both sides gave up their Anti-Ballistic Missile (ABM) sites, and the People’s"
                    + " Republic of Velden (PRV) and the Republic of Ostland (ROO) protested."));
    assertThat(acronyms.longForms())
        .containsEntry("NFB", "Northern Fisheries Board")
        .containsEntry("ABM", "Anti-Ballistic Missile")
        .containsEntry("PRV", "People’s Republic of Velden")
        .containsEntry("ROO", "Republic of Ostland")
        .hasSize(4);
  }

  @Test
  void bracketsWhoseLettersTheWordsDoNotSpellDefineNothing() {
    assertThat(
            Acronyms.definedIn(
                    List.of("The Soviet Union (USSR) and the Harbour Council (HQ) met in Velden."))
                .longForms())
        .isEmpty();
  }

  @Test
  void theAcronymStandsWhereverItIsUsedButInItsOwnBrackets() {
    Acronyms acronyms =
        Acronyms.definedIn(List.of("a session of the Northern Fisheries Board (NFB) opened"));
    String text = "The Northern Fisheries Board (NFB) met; the NFB was founded in 1949. NFBX.";
    assertThat(acronyms.standingIn(text))
        .containsExactlyEntriesOf(
            java.util.Map.of(text.indexOf("the NFB") + 4, "Northern Fisheries Board"));
  }
}
