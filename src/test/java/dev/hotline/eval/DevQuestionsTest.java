package dev.hotline.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotline.testing.BundledIndex;
import dev.hotline.testing.SharedMaterial;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The answer quality the issues promise, measured on the development questions. */
class DevQuestionsTest {
  @Test
  void milestonesQuestionsReachTheirTargetOnTheSeedAndMilestonesIndex() throws IOException {
    List<EvalQuestion> questions =
        Evaluation.read(SharedMaterial.devQuestions()).stream()
            .filter(q -> q.sourceKind().equals("milestones"))
            .toList();
    Evaluation.Report report = new Evaluation(BundledIndex.seedAndMilestones()).run(questions);
    assertThat(report.overall().accuracyAt1()).isGreaterThanOrEqualTo(0.80);
  }

  @Test
  void generalQuestionsReachTheirTargetOnTheBundledCorpus() throws IOException {
    List<EvalQuestion> questions =
        Evaluation.read(SharedMaterial.devQuestions()).stream()
            .filter(q -> q.sourceKind().equals("general"))
            .toList();
    Evaluation.Report report = new Evaluation(BundledIndex.bundled()).run(questions);
    assertThat(report.overall().accuracyAt1()).isGreaterThanOrEqualTo(0.85);
  }
}
