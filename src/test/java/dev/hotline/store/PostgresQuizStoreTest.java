package dev.hotline.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotline.quiz.Origin;
import dev.hotline.quiz.QuizPlace;
import dev.hotline.testing.PostgresPerClass;
import dev.hotline.testing.TestCorpus;
import dev.hotline.testing.ThrowawayPostgres;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The quiz store's contract on PostgreSQL; skipped, saying why, where none can be started. */
class PostgresQuizStoreTest extends QuizStoreContract {
  @RegisterExtension static final PostgresPerClass server = new PostgresPerClass();
  private String url;

  @BeforeEach
  void newDatabase() throws Exception {
    url = server.newDatabase();
  }

  @Override
  Database open() {
    return Database.openUrl(url, ThrowawayPostgres.USER, "", TestCorpus.CLOCK);
  }

  /**
   * Quizzes asked in different servers at once, through two processes sharing the database: each
   * round gets an id of its own, though both processes read the same {@code MAX(id)} at times.
   */
  @Test
  void processesOpeningQuizzesAtOnceGetAnIdEach() throws Exception {
    int each = 40;
    open().close(); // migrated once, before the race
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    List<Future<List<Long>>> ids = new ArrayList<>();
    for (int p = 0; p < 2; p++) {
      int process = p;
      ids.add(
          threads.submit(
              () -> {
                List<Long> mine = new ArrayList<>();
                try (Database own = open()) {
                  SqlQuizStore store = new SqlQuizStore(own);
                  start.await();
                  for (int n = 0; n < each; n++) {
                    String server = "guild-" + (process * 1000 + n);
                    QuizPlace place =
                        new QuizPlace("DISCORD", server, "general", "discord:" + server);
                    mine.add(
                        store
                            .open(
                                place,
                                Origin.ASKED,
                                false,
                                null,
                                question("e" + n, 2),
                                T0,
                                T0.plusSeconds(30))
                            .id());
                  }
                }
                return mine;
              }));
    }
    start.countDown();
    Set<Long> all = new HashSet<>();
    for (Future<List<Long>> mine : ids) {
      all.addAll(mine.get());
    }
    threads.shutdown();
    assertThat(all).hasSize(2 * each);
  }
}
