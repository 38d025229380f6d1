package dev.hotline.corpus;

import java.util.List;

/**
 * What reading a corpus came to, without the articles themselves (they went to an {@link
 * ArticleSink} one at a time).
 *
 * @param problems the first {@link CorpusReader#PROBLEMS_KEPT} problems met
 * @param problemCount how many problems there were in all
 */
public record CorpusTally(
    int articles,
    List<CorpusProblem> problems,
    int problemCount,
    int filesSeen,
    int filesSkipped,
    long bytes) {

  public CorpusTally {
    problems = List.copyOf(problems);
  }
}
