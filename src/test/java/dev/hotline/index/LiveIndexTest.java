package dev.hotline.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotline.answer.AnswerResult;
import dev.hotline.answer.AnswerService;
import dev.hotline.corpus.CorpusReader;
import dev.hotline.testing.TestCorpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiveIndexTest {
  @TempDir Path dir;

  @Test
  void aRebuildIsSwappedInWhileQuestionsKeepBeingAnswered() throws Exception {
    IndexLocation location = TestCorpus.index(dir);
    try (LiveIndex live = LiveIndex.open(location, Synonyms.bundled())) {
      AnswerService answers = new AnswerService(live);
      AtomicBoolean asking = new AtomicBoolean(true);
      AtomicInteger answered = new AtomicInteger();
      ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
      Thread asker =
          new Thread(
              () -> {
                while (asking.get()) {
                  try {
                    AnswerResult result = answers.answer("when did the berlin wall open?");
                    if (result.answered()) {
                      answered.incrementAndGet();
                    } else {
                      failures.add(new AssertionError("no answer: " + result.notice()));
                    }
                  } catch (RuntimeException e) {
                    failures.add(e);
                  }
                }
              });
      asker.start();
      Files.writeString(
          dir.resolve("articles/extra.md"),
          "---\n"
              + "title: The Hotline\n"
              + "published: 2023-08-30\n"
              + "---\n\n"
              + "The Moscow-Washington hotline went into service on August 30, 1963, a teletype"
              + " link agreed after the Cuban crisis.\n");
      for (int generation = 0; generation < 5; generation++) {
        TestCorpus.indexer()
            .index(List.of(dir.resolve("articles")), location, CorpusReader.Progress.NONE);
        assertThat(live.reloadIfChanged()).isTrue();
        assertThat(live.reloadIfChanged()).isFalse();
      }
      asking.set(false);
      asker.join();
      assertThat(failures).isEmpty();
      assertThat(answered.get()).isPositive();
      assertThat(
              answers
                  .answer("when did the hotline go into service")
                  .best()
                  .orElseThrow()
                  .date()
                  .orElseThrow()
                  .iso())
          .isEqualTo("1963-08-30");
    }
  }

  @Test
  void aBrokenNewGenerationKeepsTheOldOneInUse() throws Exception {
    IndexLocation location = TestCorpus.index(dir);
    try (LiveIndex live = LiveIndex.open(location, Synonyms.bundled())) {
      Files.writeString(location.root().resolve("CURRENT"), "gen-999999");
      assertThat(live.reloadIfChanged()).isFalse();
      assertThat(live.withIndex(PassageIndex::passageCount)).isEqualTo(12);
    }
  }
}
