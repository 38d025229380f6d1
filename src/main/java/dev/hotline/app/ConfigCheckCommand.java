package dev.hotline.app;

import dev.hotline.cli.HotlineCommand;
import dev.hotline.config.ConfigException;
import dev.hotline.config.HotlineConfig;
import dev.hotline.config.Secrets;
import dev.hotline.config.ServerConfig;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code hotline config check [FILE]}: validates a configuration the way {@code serve} reads it.
 */
@Command(
    name = "config",
    mixinStandardHelpOptions = true,
    versionProvider = HotlineCommand.Version.class,
    description = "Configuration tools.",
    subcommands = {ConfigCheckCommand.Check.class, CommandLine.HelpCommand.class},
    footerHeading = "%nExamples:%n",
    footer = {"  ./hotline config check", "  ./hotline config check my.yaml"})
final class ConfigCheckCommand implements Runnable {
  @Spec CommandSpec spec;

  private final Path home;
  private final Map<String, String> environment;

  ConfigCheckCommand(Path home, Map<String, String> environment) {
    this.home = home;
    this.environment = Map.copyOf(environment);
  }

  /** {@code hotline config} alone lists what it offers. */
  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(
      name = "check",
      mixinStandardHelpOptions = true,
      versionProvider = HotlineCommand.Version.class,
      description =
          "Check the configuration as serve would load it: FILE, or config/hotline.yaml if there"
              + " is one, or the defaults; with environment overrides and the secrets file.",
      footerHeading = "%nExamples:%n",
      footer = {
        "  ./hotline config check",
        "  HOTLINE_HEALTH_PORT=8080 ./hotline config check config/hotline.yaml"
      })
  static final class Check implements Callable<Integer> {
    @Parameters(
        paramLabel = "FILE",
        arity = "0..1",
        description = "The file to check, as serve --config FILE would read it.")
    Path file;

    @ParentCommand ConfigCheckCommand config;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      PrintWriter err = spec.commandLine().getErr();
      ServerConfig loaded;
      try {
        loaded = ServerConfig.load(config.environment, config.home, Optional.ofNullable(file));
      } catch (ConfigException e) {
        err.println("hotline: bad configuration: " + e.getMessage());
        return 2;
      }
      loaded.warnings().forEach(warning -> err.println("hotline: warning: " + warning));
      HotlineConfig settings = loaded.settings();
      PrintWriter out = spec.commandLine().getOut();
      out.println(
          loaded
                  .file()
                  .map(Path::toString)
                  .orElse("No " + ServerConfig.STANDARD_FILE + ", so defaults and environment")
              + ": OK; serve would run with");
      out.println("  index     " + settings.index());
      out.println("  database  " + database(settings, loaded.secrets()));
      out.println(
          "  health    "
              + (settings.healthPort() == 0
                  ? "off"
                  : settings.healthBind() + ":" + settings.healthPort()));
      out.println("  tokens    " + tokens(loaded.secrets()));
      if (loaded.secrets().discordToken().isPresent()) {
        out.println("  shards    " + settings.discordShards().describe());
      }
      if (loaded.secrets().telegramToken().isPresent()) {
        out.println(
            "  updates   "
                + settings
                    .telegramWebhook()
                    .url()
                    .map(
                        url ->
                            "webhook "
                                + url
                                + ", received on "
                                + settings.telegramWebhook().bind()
                                + ":"
                                + settings.telegramWebhook().port()
                                + " (secret token set)")
                    .orElse(
                        settings.databaseUrl().isPresent()
                            ? "long polling, one process at a time"
                            : "long polling"));
      }
      if (settings.databaseUrl().isEmpty() && !settings.discordShards().wholeRange()) {
        err.println(
            "hotline: warning: discord.shards gives this process part of the shards but"
                + " database.url is empty: settings and daily posts live in this process's own"
                + " SQLite file, and no other process takes its posts over");
      }
      return 0;
    }

    /** The SQLite file, or the shared server with its user and whether a password is set. */
    private static String database(HotlineConfig settings, Secrets secrets) {
      if (settings.databaseUrl().isEmpty()) {
        return settings.databaseFile().toString();
      }
      return settings.databaseUrl().get()
          + " as "
          + secrets.databaseUser().map(user -> "user " + user).orElse("the driver's default user")
          + (secrets.databasePassword().isPresent() ? " (password set)" : " (no password set)")
          + "; shared: processes alive for "
          + settings.leaseTime().toSeconds()
          + " s after their last heartbeat, Discord posts taken over "
          + settings.takeoverGrace().toSeconds()
          + " s late";
    }

    private static String tokens(Secrets secrets) {
      List<String> set = new ArrayList<>();
      secrets.discordToken().ifPresent(t -> set.add("Discord"));
      secrets.telegramToken().ifPresent(t -> set.add("Telegram"));
      return set.isEmpty()
          ? "none set (serve would have nothing to run)"
          : String.join(" and ", set);
    }
  }
}
