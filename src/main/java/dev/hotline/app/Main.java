package dev.hotline.app;

import dev.hotline.cli.HotlineCommand;
import java.time.Clock;
import java.util.Map;
import org.slf4j.bridge.SLF4JBridgeHandler;
import picocli.CommandLine;

/** Starts Hotline from the command line. */
public final class Main {
  /** How the user starts Hotline, where it is not the launcher (the Docker image sets it). */
  static final String COMMAND_PROPERTY = "hotline.command";

  private Main() {}

  public static void main(String[] args) {
    // Lucene logs through java.util.logging; one output for everything, levels set in logback.xml.
    SLF4JBridgeHandler.removeHandlersForRootLogger();
    SLF4JBridgeHandler.install();
    Hotline hotline =
        new Hotline(
            Clock.systemDefaultZone(), System.getProperty(COMMAND_PROPERTY, Hotline.LAUNCHER));
    int exit = commandLine(hotline, System.getenv()).execute(args);
    System.exit(exit);
  }

  /** Every command, wired as {@code hotline} runs them. */
  static CommandLine commandLine(Hotline hotline, Map<String, String> environment) {
    CommandLine line = HotlineCommand.commandLine(hotline, hotline.clock());
    HotlineCommand.add(line, new ConsoleCommand(hotline));
    HotlineCommand.add(line, new ServeCommand(hotline, environment));
    HotlineCommand.add(line, new ConfigCheckCommand(hotline.home(), environment));
    HotlineCommand.add(line, new CommandLine.HelpCommand());
    return line;
  }
}
