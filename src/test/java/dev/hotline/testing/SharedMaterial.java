package dev.hotline.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The read-only development material beside the checkout ({@code ../shared}): the seed article, the
 * Milestones essays and the development questions. A user's clone does not have it, so tests that
 * need it skip with a message saying so.
 */
public final class SharedMaterial {
  private SharedMaterial() {}

  public static Path root() {
    return Path.of(System.getProperty("hotline.shared", "../shared")).toAbsolutePath().normalize();
  }

  public static Path seed() {
    return require(root().resolve("seeds/000_820c10b50ebdd257.txt"));
  }

  public static Path milestones() {
    return require(root().resolve("corpora/milestones/chapters"));
  }

  public static Path devQuestions() {
    return require(root().resolve("eval/public-dev.jsonl"));
  }

  /** The second, larger set of development questions, with unanswerable ones. */
  public static Path devQuestions2() {
    return require(root().resolve("eval/public-dev-2.jsonl"));
  }

  private static Path require(Path path) {
    assumeTrue(
        Files.exists(path),
        "skipped: "
            + path
            + " is absent (the ../shared development material is not beside this checkout)");
    return path;
  }
}
