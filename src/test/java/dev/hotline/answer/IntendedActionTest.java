package dev.hotline.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotline.index.PassageIndex;
import dev.hotline.testing.SmallIndex;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a clause only proposes, offers, plans, discusses, attempts or fails at has not happened
 * then.
 */
class IntendedActionTest {
  @TempDir Path dir;

  @Test
  void aResolutionToCensureIsNotTheCensure() throws IOException {
    assertThat(
            bestDate(
                "The Harbour Council and Governor Vance",
                """
                On March 3, 1931, councillor Ames introduced a resolution to censure Governor \
                Vance, and the council sent it to a committee of five harbour masters.

                The committee sat through the spring. On June 9, 1931, the council condemned \
                Vance by 14 votes to 6 for his conduct towards the harbour masters.
                """,
                "when was governor vance censured"))
        .isEqualTo("1931-06-09");
  }

  @Test
  void anAttemptToSeizeTheCityIsNotItsFall() throws IOException {
    assertThat(
            bestDate(
                "The Rebels of Port Alder",
                """
                On May 2, 1921, the rebels attempted to seize Port Alder, but the garrison held \
                the walls and the rebels fell back into the hills.

                The siege went on all summer. On August 20, 1921, the rebels seized Port Alder \
                and the garrison surrendered.
                """,
                "when did the rebels seize port alder"))
        .isEqualTo("1921-08-20");
  }

  @Test
  void aNoteOfferingAUnionIsNotTheUnion() throws IOException {
    assertThat(
            bestDate(
                "The Two Marches of Ostland",
                """
                The marches had been divided since the war. On April 4, 1952, the regent sent \
                the council a note offering a united, neutral Ostland with its own army.

                Nothing came of it for decades. On June 30, 1990, the two marches united under \
                one parliament in Velden.
                """,
                "when did ostland unite"))
        .isEqualTo("1990-06-30");
  }

  @Test
  void urgingSomeoneToActIsNotTheAct() throws IOException {
    assertThat(
            bestDate(
                "The Harbour Gate",
                """
                On June 12, 1927, before the harbour gate, the mayor urged the governor to open \
                the harbour gate to the fishing fleet.

                The governor waited two years. On November 9, 1929, the guards opened it and \
                the fleet sailed in.
                """,
                "when was the harbour gate opened"))
        .isEqualTo("1929-11-09");
  }

  @Test
  void anInvitationToVisitIsNotTheVisit() throws IOException {
    assertThat(
            bestDate(
                "The Governor and the Island Republic",
                """
                On May 3, 1931, Governor Vance announced that he had accepted an invitation to \
                visit the island republic.

                The preparations took the summer. On October 9, 1931, Vance landed at Port \
                Sela, the capital of the island republic.
                """,
                "when did vance visit the island republic"))
        .isEqualTo("1931-10-09");
  }

  @Test
  void anInvitationAskedOfIsTheInvitation() throws IOException {
    assertThat(
            bestDate(
                "The Governor and the Island Republic",
                """
                On May 3, 1931, the island republic sent an invitation to Governor Vance and \
                his council to visit.

                The preparations took the summer. On October 9, 1931, Governor Vance and his \
                council landed at Port Sela, the capital of the island republic.
                """,
                "when was governor vance's council invited"))
        .isEqualTo("1931-05-03");
  }

  /** A coup that failed, then the one that did not. */
  private static final String FAILED_COUP_THEN_COUP =
      """
      On February 2, 1966, a major of the guard led a failed coup against President Ostra, and \
      his tanks went back to barracks by noon.

      The colonels were patient. On May 4, 1966, tanks surrounded the palace and the army seized \
      power from Ostra.
      """;

  @Test
  void discussingACoupIsNotTheCoup() throws IOException {
    assertThat(
            bestDate(
                "The Colonels of Maravia",
                """
                The embassy had long meddled in Maravia: it had paid for newspapers, and had \
                discussed the merits of backing a coup against President Ostra in 1962.

                The colonels moved years later. On May 4, 1966, their coup drove Ostra from the \
                palace and into exile.
                """,
                "when did the colonels carry out their coup against ostra"))
        .isEqualTo("1966-05-04");
  }

  @Test
  void aFailedCoupIsNotTheCoup() throws IOException {
    assertThat(
            bestDate(
                "The Colonels of Maravia",
                FAILED_COUP_THEN_COUP,
                "when was the coup against ostra"))
        .isEqualTo("1966-05-04");
  }

  @Test
  void aPlanForTheLandingIsNotTheLanding() throws IOException {
    assertThat(
            bestDate(
                "The Landing at Sela Bay",
                """
                On March 3, 1940, the admiral told the staff to draw up plans for a landing of \
                exiles at Sela Bay.

                The exiles sailed a year later. On April 17, 1941, they came ashore and were \
                beaten within two days.
                """,
                "when did the exiles land at sela bay"))
        .isEqualTo("1941-04-17");
  }

  @Test
  void aFailureAskedOfIsTheFailure() throws IOException {
    assertThat(
            bestDate(
                "The Colonels of Maravia",
                FAILED_COUP_THEN_COUP,
                "when was the failed coup against ostra"))
        .isEqualTo("1966-02-02");
  }

  @Test
  void aDebtThatNeededPayingIsNotPaid() throws IOException {
    assertThat(
            bestDate(
                "The Debts of the Harbour Republic",
                """
                After the war ended in 1783, the harbour republic needed to pay its debt to the \
                league, but its council had no power to raise taxes.

                The council tried loans for a decade. In 1795, the harbour republic paid its debt \
                to the league with the help of a banker.
                """,
                "when did the harbour republic pay its debt to the league"))
        .isEqualTo("1795");
  }

  private String bestDate(String title, String body, String question) throws IOException {
    try (PassageIndex index = SmallIndex.in(dir).article(title, body).open()) {
      return Asking.bestDate(index, question);
    }
  }
}
