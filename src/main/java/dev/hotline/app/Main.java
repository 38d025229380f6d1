package dev.hotline.app;

import dev.hotline.cli.HotlineCommand;
import dev.hotline.discord.DiscordCommand;
import java.time.Clock;
import picocli.CommandLine;

/** Starts Hotline from the command line. */
public final class Main {
  /** Held so that the level set on it stays set: JUL keeps loggers only weakly. */
  private static final java.util.logging.Logger LUCENE = java.util.logging.Logger.getLogger("org.apache.lucene");
  /** Lucene warns on every start that the JDK's incubating vector module is not enabled; plain search does not need it. */
  private static final java.util.logging.Logger VECTORS =
      java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

  private Main() {}

  public static void main(String[] args) {
    // Lucene reports its vector support at INFO on every start; that is noise in a command's output.
    LUCENE.setLevel(java.util.logging.Level.WARNING);
    VECTORS.setLevel(java.util.logging.Level.SEVERE);
    Hotline hotline = new Hotline(Clock.systemDefaultZone());
    CommandLine line = HotlineCommand.commandLine(hotline, hotline.clock());
    HotlineCommand.add(line, new ConsoleCommand(hotline));
    HotlineCommand.add(line, new DiscordCommand(hotline, hotline.clock(), System.getenv()));
    int exit = line.execute(args);
    System.exit(exit);
  }
}
