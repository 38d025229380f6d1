package dev.hotline.corpus;

import java.util.List;

/** The articles read from a corpus, with the problems met on the way. */
public record Corpus(
    List<Article> articles, List<CorpusProblem> problems, int filesSeen, int filesSkipped) {

  public Corpus {
    articles = List.copyOf(articles);
    problems = List.copyOf(problems);
  }
}
