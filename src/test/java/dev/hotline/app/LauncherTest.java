package dev.hotline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's choice of Java, run in bash with its functions sourced: fake JDKs that only say
 * their version, and a PATH that holds only the tools the functions use and stubs for package
 * managers, so that no JDK or package list of this machine leaks in.
 */
class LauncherTest {
  private static final Path LAUNCHER = Path.of("hotline").toAbsolutePath();

  @TempDir Path dir;
  private Path tools;

  private record Run(int exit, String out, String err) {}

  @BeforeEach
  void tools() throws Exception {
    tools = Files.createDirectories(dir.resolve("tools"));
    for (String tool : new String[] {"sed", "cut", "head", "dirname"}) {
      Files.createSymbolicLink(tools.resolve(tool), which(tool));
    }
  }

  @Test
  void aJavaHomeThatIsTooOldIsPassedOverOutLoud() throws Exception {
    Path old = jdk("old", "17.0.2");
    Path fresh = jdk("fresh", "25.0.1");

    Run run = choose(Map.of("JAVA_HOME", old.toString()), fresh);

    assertThat(run.exit()).isZero();
    assertThat(run.out().strip()).isEqualTo(fresh.resolve("bin/java").toString());
    assertThat(run.err().strip())
        .isEqualTo(
            "hotline: passing over JAVA_HOME="
                + old
                + " (Java 17; Hotline needs 21 or newer), using Java 25 at "
                + fresh);
  }

  @Test
  void aJavaHomeThatIsNewEnoughIsUsedWithoutAWord() throws Exception {
    Path fresh = jdk("fresh", "21.0.5");

    Run run = choose(Map.of("JAVA_HOME", fresh.toString()), jdk("newer", "25"));

    assertThat(run.out().strip()).isEqualTo(fresh.resolve("bin/java").toString());
    assertThat(run.err()).isEmpty();
  }

  @Test
  void withNoJavaFitItNamesWhatItFoundAndAJdkThisSystemsPackagesHave() throws Exception {
    Path old = jdk("old", "17.0.2");
    Path older = jdk("older", "11.0.20");
    // An apt whose package lists know openjdk-21 but not openjdk-25.
    stub("apt-get", "exit 0");
    stub("apt-cache", "[ \"$2\" = openjdk-21-jdk-headless ]");

    Run run = choose(Map.of("JAVA_HOME", old.toString()), older);

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .contains("no Java 21 or newer was found")
        .contains("  JAVA_HOME=" + old + " (Java 17; Hotline needs 21 or newer)")
        .contains("  " + older + " (Java 11)")
        .contains("Install one with: sudo apt-get install openjdk-21-jdk-headless\n");
  }

  @Test
  void theSuggestionFollowsThePackageManagerThereIs() throws Exception {
    stub("dnf", "exit 0");
    assertThat(choose(Map.of()).err())
        .contains("Install one with: sudo dnf install java-21-openjdk-devel");

    stub("brew", "exit 0");
    assertThat(choose(Map.of()).err()).contains("Install one with: brew install openjdk@21");
  }

  @Test
  void anAptThatKnowsNoNewJdkIsToldToUpdateItsListsOrUseTemurin() throws Exception {
    stub("apt-get", "exit 0");
    stub("apt-cache", "exit 100");

    assertThat(choose(Map.of()).err())
        .contains("Install one with: sudo apt-get update, then sudo apt-get install")
        .contains("adoptium.net");
  }

  /** A JDK folder whose bin/java prints {@code version} as a real one does, on stderr. */
  private Path jdk(String name, String version) throws IOException {
    Path home = dir.resolve(name);
    executable(
        home.resolve("bin/java"), "echo 'openjdk version \"" + version + "\" 2025-01-01' >&2");
    return home;
  }

  @Test
  void anArticleDeletedSinceTheIndexWasBuiltMakesTheIndexStale() throws Exception {
    Path home = dir.resolve("home");
    Path folder = Files.createDirectories(home.resolve("index-data/articles/europe"));
    Path article = Files.writeString(folder.resolve("cominform.md"), "an article");
    Path pointer = home.resolve("index-data/.index/CURRENT");
    Files.createDirectories(pointer.getParent());
    Files.writeString(pointer, "generation-1");
    Path jar = Files.writeString(home.resolve("hotline.jar"), "a jar");
    long now = System.currentTimeMillis();
    Path data = home.resolve("index-data");
    for (Path built : List.of(jar, article, folder, folder.getParent(), data)) {
      Files.setLastModifiedTime(built, FileTime.fromMillis(now - 300_000));
    }
    Files.setLastModifiedTime(pointer, FileTime.fromMillis(now - 100_000));
    assertThat(indexStale(home, jar)).isFalse();

    Files.delete(article);

    assertThat(indexStale(home, jar)).isTrue();
  }

  /** Runs the launcher's index_stale for a Hotline folder {@code home} and its jar. */
  private boolean indexStale(Path home, Path jar) throws Exception {
    Files.createSymbolicLink(tools.resolve("find"), which("find"));
    ProcessBuilder builder =
        new ProcessBuilder(
            "/bin/bash",
            "-c",
            "eval \"$(sed -n '/^index_stale() {/,/^}/p' \"$1\")\"; HOME_DIR=\"$2\";"
                + " INDEX_POINTER=\"$2/index-data/.index/CURRENT\"; JAR=\"$3\"; index_stale",
            "launcher-test",
            LAUNCHER.toString(),
            home.toString(),
            jar.toString());
    builder.environment().clear();
    builder.environment().put("PATH", tools.toString());
    Process process = builder.inheritIO().start();
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    Files.delete(tools.resolve("find"));
    return process.exitValue() == 0;
  }

  private void stub(String command, String body) throws IOException {
    executable(dir.resolve("stubs").resolve(command), body);
  }

  private static void executable(Path file, String body) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, "#!/bin/sh\n" + body + "\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  /** Runs the launcher's choose_java with {@code jvmHomes} as the folders it searches. */
  private Run choose(Map<String, String> environment, Path... jvmHomes) throws Exception {
    List<String> command = new ArrayList<>();
    command.add("/bin/bash");
    command.add("-c");
    command.add("source \"$1\"; shift; JVM_HOMES=(\"$@\"); choose_java");
    command.add("launcher-test");
    command.add(LAUNCHER.toString());
    for (Path home : jvmHomes) {
      command.add(home.toString());
    }
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().clear();
    builder.environment().putAll(environment);
    builder.environment().put("PATH", dir.resolve("stubs") + ":" + tools);
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    return new Run(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private static Path which(String tool) {
    for (String folder : new String[] {"/usr/bin", "/bin"}) {
      Path candidate = Path.of(folder, tool);
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    throw new AssertionError("no " + tool + " in /usr/bin or /bin");
  }
}
