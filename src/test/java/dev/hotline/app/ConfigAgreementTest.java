package dev.hotline.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotline.config.ServerConfig;
import dev.hotline.testing.Ports;
import dev.hotline.testing.TestCorpus;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code config check} and {@code serve} accept and refuse the same configurations, with the same
 * words: both load it through {@link ServerConfig}.
 */
class ConfigAgreementTest {
  private static final Map<String, String> TOKEN = Map.of("DISCORD_TOKEN", "not-a-real-token");

  @TempDir Path dir;

  private record Run(int exit, String out, String err) {}

  @Test
  void aSecretsFileThatIsNotThereIsRefusedByBoth() throws Exception {
    Path config = write("secrets_file: " + dir.resolve("missing.env") + "\n");

    Run check = check(Map.of(), config.toString());
    Run serve = serve(TOKEN, "--config", config.toString());

    assertThat(check.exit()).isEqualTo(2);
    assertThat(serve.exit()).isEqualTo(2);
    assertThat(check.err())
        .isEqualTo(serve.err())
        .contains("bad configuration: secrets_file: ")
        .contains("missing.env does not exist");
  }

  @Test
  void aSettingGivenTwiceIsRefusedByBothWithItsLine() throws Exception {
    Path config = write("index: a\nhealth:\n  port: 8080\n  port: 9090\n");

    Run check = check(Map.of(), config.toString());
    Run serve = serve(TOKEN, "--config", config.toString());

    assertThat(check.exit()).isEqualTo(2);
    assertThat(serve.exit()).isEqualTo(2);
    assertThat(check.err()).isEqualTo(serve.err()).contains("'port' is set twice (line 4)");
  }

  @Test
  void aNamedFileThatIsNotThereIsRefusedByBoth() {
    String missing = dir.resolve("nowhere.yaml").toString();

    Run check = check(Map.of(), missing);
    Run serve = serve(TOKEN, "--config", missing);

    assertThat(check.exit()).isEqualTo(2);
    assertThat(serve.exit()).isEqualTo(2);
    assertThat(check.err()).isEqualTo(serve.err()).contains("no such configuration file");
  }

  @Test
  void withoutConfigHotlineYamlBothRunOnDefaultsAndTheEnvironment() throws Exception {
    Run check = check(Map.of("HOTLINE_HEALTH_PORT", "8080"));

    assertThat(check.exit()).isZero();
    assertThat(check.out())
        .startsWith("No config/hotline.yaml, so defaults and environment: OK")
        .contains("health    127.0.0.1:8080")
        .contains("tokens    none set");
    ServerConfig loaded =
        ServerConfig.load(Map.of("HOTLINE_HEALTH_PORT", "8080"), dir, Optional.empty());
    assertThat(loaded.file()).isEmpty();
    assertThat(loaded.settings().healthPort()).isEqualTo(8080);

    Files.createDirectories(dir.resolve("config"));
    Files.writeString(dir.resolve(ServerConfig.STANDARD_FILE), "log_level: debug\n");
    assertThat(ServerConfig.load(Map.of(), dir, Optional.empty()).file())
        .contains(dir.resolve(ServerConfig.STANDARD_FILE));
    assertThat(check(Map.of()).out()).startsWith(dir.resolve("config/hotline.yaml") + ": OK");
  }

  @Test
  void anUnknownHotlineVariableIsAWarningFromBoth() throws Exception {
    Map<String, String> typo = Map.of("HOTLINE_HEALTHPORT", "8080");
    Path config = write("log_level: warn\n");

    Run check = check(typo, config.toString());
    Run serve = serve(typo, "--config", config.toString());

    String warning =
        "hotline: warning: HOTLINE_HEALTHPORT is not a Hotline setting and is ignored (did you"
            + " mean HOTLINE_HEALTH_PORT?)";
    assertThat(check.exit()).isZero();
    assertThat(check.err().strip()).isEqualTo(warning);
    assertThat(serve.err()).startsWith(warning).contains("nothing to serve");
  }

  @Test
  void aSharedDatabaseIsShownWithItsUserButNeverItsPasswordAndAnUnreachableOneIsOneLine()
      throws Exception {
    int nobody = Ports.free();
    String url = "jdbc:postgresql://127.0.0.1:" + nobody + "/hotline";
    Map<String, String> environment =
        Map.of(
            "HOTLINE_DATABASE_URL", url,
            "DATABASE_USER", "hotline",
            "DATABASE_PASSWORD", "c0rrect-h0rse",
            "DISCORD_TOKEN", "not-a-real-token",
            "HOTLINE_DISCORD_SHARDS_TOTAL", "4",
            "HOTLINE_DISCORD_SHARDS_FROM", "2",
            "HOTLINE_INDEX", TestCorpus.index(dir).root().toString());

    Run check = check(environment);
    Run serve = serve(environment);

    assertThat(check.exit()).isZero();
    assertThat(check.out())
        .contains("database  " + url + " as user hotline (password set); shared")
        .contains("shards    shards 2-3 of 4")
        .doesNotContain("c0rrect-h0rse");
    assertThat(serve.exit()).isEqualTo(1);
    assertThat(serve.err().lines().toList())
        .singleElement()
        .asString()
        .startsWith("hotline: Cannot reach the Hotline database " + url + ": ")
        .contains("refused")
        .contains("check database.url, DATABASE_USER and DATABASE_PASSWORD")
        .doesNotContain("c0rrect-h0rse");
  }

  @Test
  void partOfTheShardsWithoutASharedDatabaseIsAWarning() {
    Run check =
        check(
            Map.of(
                "DISCORD_TOKEN", "x",
                "HOTLINE_DISCORD_SHARDS_TOTAL", "2",
                "HOTLINE_DISCORD_SHARDS_TO", "0"));
    assertThat(check.exit()).isZero();
    assertThat(check.err()).contains("warning: discord.shards").contains("database.url is empty");
  }

  private Path write(String yaml) throws Exception {
    Path config = dir.resolve("hotline.yaml");
    Files.writeString(config, yaml);
    return config;
  }

  private Run check(Map<String, String> environment, String... file) {
    CommandLine line = new CommandLine(new ConfigCheckCommand(dir, environment));
    return run(line, concat("check", file));
  }

  private Run serve(Map<String, String> environment, String... args) {
    return run(new CommandLine(new ServeCommand(new Hotline(TestCorpus.CLOCK), environment)), args);
  }

  private static String[] concat(String first, String... rest) {
    String[] all = new String[rest.length + 1];
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }

  private static Run run(CommandLine line, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    line.setOut(new PrintWriter(out, true));
    line.setErr(new PrintWriter(err, true));
    int exit = line.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }
}
