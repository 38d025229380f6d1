package dev.hotline.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of its own for a test class: initdb into a temporary folder, started on a
 * free loopback port with fsync off, stopped and deleted afterwards. Where PostgreSQL is not
 * installed (or cannot run as this user) the tests using it are skipped with a message, except on
 * CI ({@code CI=true}), where they fail: CI installs PostgreSQL, so its absence there is a fault.
 */
public final class ThrowawayPostgres implements AutoCloseable {
  public static final String USER = "hotline";

  private final Path root;
  private final Path bin;
  private final List<String> asPostgres;
  private final int port;
  private int databases;
  private boolean closed;

  private ThrowawayPostgres(Path root, Path bin, List<String> asPostgres, int port) {
    this.root = root;
    this.bin = bin;
    this.asPostgres = asPostgres;
    this.port = port;
  }

  /**
   * Starts one, or skips the calling test when PostgreSQL is not there to start (fails it on CI).
   */
  public static ThrowawayPostgres startOrSkip() throws Exception {
    Path bin = findBin();
    require(
        bin != null,
        "skipped: PostgreSQL's initdb and pg_ctl were not found (apt-get install postgresql)");
    List<String> asPostgres = new ArrayList<>();
    Path root =
        Files.createTempDirectory(
            "hotline-postgres",
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
    // PostgreSQL refuses to run as root: as root, run it as the 'postgres' user the package
    // creates.
    if ("root".equals(System.getProperty("user.name"))) {
      UserPrincipal postgres;
      try {
        postgres =
            root.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
      } catch (IOException e) {
        postgres = null;
      }
      require(
          postgres != null,
          "skipped: running as root and there is no 'postgres' user to run PostgreSQL as");
      Path runuser = runuser();
      require(runuser != null, "skipped: running as root and runuser was not found");
      Files.setOwner(root, postgres);
      asPostgres.addAll(List.of(runuser.toString(), "-u", "postgres", "--"));
    }
    int port = Ports.free();
    ThrowawayPostgres server = new ThrowawayPostgres(root, bin, asPostgres, port);
    require(
        server.run(
            "initdb",
            "-D",
            root.resolve("data").toString(),
            "-U",
            USER,
            "--auth=trust",
            "-E",
            "UTF8",
            "--no-sync"),
        "skipped: initdb failed: " + tail(root.resolve("initdb.log")));
    require(
        server.run(
            "pg_ctl",
            "-D",
            root.resolve("data").toString(),
            "-w",
            "-t",
            "60",
            "-l",
            root.resolve("server.log").toString(),
            "-o",
            "-p " + port + " -k " + root + " -c listen_addresses=127.0.0.1 -F",
            "start"),
        "skipped: PostgreSQL did not start: " + tail(root.resolve("server.log")));
    // A test JVM that ends without closing it (its Maven gone) must not leave the server behind.
    Runtime.getRuntime().addShutdownHook(new Thread(server::stopQuietly));
    return server;
  }

  /**
   * Skips the test when {@code condition} is false, or on CI fails it: there, PostgreSQL tests must
   * run.
   */
  private static void require(boolean condition, String message) {
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      if (!condition) {
        throw new IllegalStateException(
            "PostgreSQL is required on CI (CI=true) but " + message.replace("skipped: ", ""));
      }
      return;
    }
    assumeTrue(condition, message);
  }

  /** The end of a log, so that a failure on CI says why without the file. */
  private static String tail(Path log) {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join(" | ", lines.subList(Math.max(0, lines.size() - 10), lines.size()));
    } catch (IOException e) {
      return "(no log at " + log + ")";
    }
  }

  /** A new, empty database on this server, as a JDBC URL. */
  public synchronized String newDatabase() throws SQLException {
    String name = "hotline_" + (++databases);
    try (Connection admin = DriverManager.getConnection(url("postgres"), USER, "");
        Statement statement = admin.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    }
    return url(name);
  }

  private String url(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
  }

  private void stopQuietly() {
    try {
      close();
    } catch (Exception e) {
      // The JVM is ending; nothing more to do.
    }
  }

  @Override
  public synchronized void close() throws Exception {
    if (closed) {
      return;
    }
    closed = true;
    run("pg_ctl", "-D", root.resolve("data").toString(), "-m", "immediate", "-w", "stop");
    try (Stream<Path> files = Files.walk(root)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    }
  }

  private boolean run(String program, String... arguments)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(asPostgres);
    command.add(bin.resolve(program).toString());
    command.addAll(List.of(arguments));
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(root.resolve(program + ".log").toFile())
            .start();
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      return false;
    }
    return process.exitValue() == 0;
  }

  /** runuser, on the PATH or where util-linux puts it: a PATH without the sbin folders lacks it. */
  private static Path runuser() {
    List<String> dirs =
        new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(":")));
    dirs.addAll(List.of("/usr/sbin", "/sbin"));
    return dirs.stream()
        .filter(dir -> !dir.isEmpty())
        .map(dir -> Path.of(dir, "runuser"))
        .filter(Files::isExecutable)
        .findFirst()
        .orElse(null);
  }

  private static Path findBin() throws IOException {
    Path debian = Path.of("/usr/lib/postgresql");
    if (Files.isDirectory(debian)) {
      try (Stream<Path> versions = Files.list(debian)) {
        var found =
            versions
                .map(v -> v.resolve("bin"))
                .filter(b -> Files.isExecutable(b.resolve("initdb")))
                .max(Comparator.naturalOrder());
        if (found.isPresent()) {
          return found.get();
        }
      }
    }
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (!dir.isEmpty()
          && Files.isExecutable(Path.of(dir, "initdb"))
          && Files.isExecutable(Path.of(dir, "pg_ctl"))) {
        return Path.of(dir);
      }
    }
    return null;
  }
}
