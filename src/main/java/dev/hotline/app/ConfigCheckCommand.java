package dev.hotline.app;

import dev.hotline.cli.HotlineCommand;
import dev.hotline.config.ConfigException;
import dev.hotline.config.ConfigLoader;
import dev.hotline.config.HotlineConfig;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
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
          "Check a configuration file (default: config/hotline.yaml), with environment overrides"
              + " applied.",
      footerHeading = "%nExamples:%n",
      footer = {
        "  ./hotline config check",
        "  HOTLINE_HEALTH_PORT=8080 ./hotline config check config/hotline.yaml"
      })
  static final class Check implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "0..1", description = "The file to check.")
    Path file;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      Path home = dev.hotline.index.IndexDefaults.home();
      Path target = file != null ? file : home.resolve("config/hotline.yaml");
      try {
        HotlineConfig config =
            new ConfigLoader(Map.copyOf(System.getenv()), home).load(Optional.of(target));
        spec.commandLine()
            .getOut()
            .println(
                target
                    + ": OK (index "
                    + config.index()
                    + ", database "
                    + config.databaseFile()
                    + ", health "
                    + (config.healthPort() == 0
                        ? "off"
                        : config.healthBind() + ":" + config.healthPort())
                    + ")");
        return 0;
      } catch (ConfigException e) {
        spec.commandLine().getErr().println("hotline: " + e.getMessage());
        return 2;
      }
    }
  }
}
