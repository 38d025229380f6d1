package dev.hotline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three first runs of the launcher at once on a fresh copy of the project: one builds the jar and
 * the bundled index, the others say they wait, and all three answer.
 */
@Timeout(600)
class LauncherIT {
  private static final List<String> PROJECT =
      List.of("hotline", "mvnw", "pom.xml", ".mvn", "src/main", "index-data/articles", "config");

  @TempDir Path dir;

  @Test
  void threeFirstRunsAtOnceTakeTurnsAndAllAnswer() throws Exception {
    Path copy = dir.resolve("hotline");
    Path source = Path.of(System.getProperty("user.dir"));
    for (String part : PROJECT) {
      copyTree(source.resolve(part), copy.resolve(part));
    }
    List<Process> runs = new ArrayList<>();
    List<Path> logs = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      Path log = dir.resolve("run-" + i + ".log");
      ProcessBuilder builder =
          new ProcessBuilder("./hotline", "ask", "when did the border war happen?")
              .directory(copy.toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile());
      runs.add(builder.start());
      logs.add(log);
    }
    StringBuilder all = new StringBuilder();
    for (int i = 0; i < runs.size(); i++) {
      assertThat(runs.get(i).waitFor(540, TimeUnit.SECONDS)).isTrue();
      String output = Files.readString(logs.get(i), StandardCharsets.UTF_8);
      assertThat(runs.get(i).exitValue()).as(output).isZero();
      assertThat(output).contains("1969");
      all.append(output);
    }
    String outputs = all.toString();
    assertThat(outputs.lines().filter(l -> l.startsWith("hotline: building"))).hasSize(1);
    assertThat(outputs.lines().filter(l -> l.startsWith("hotline: indexing the bundled")))
        .hasSize(1);
    assertThat(outputs).contains("another hotline is building or indexing here; waiting");
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path path : walk.toList()) {
        Path target = to.resolve(from.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          Files.copy(path, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
  }
}
