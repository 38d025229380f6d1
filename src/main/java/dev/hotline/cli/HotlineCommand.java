package dev.hotline.cli;

import java.time.Clock;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code hotline} command and its subcommands. */
@Command(
    name = "hotline",
    mixinStandardHelpOptions = true,
    versionProvider = HotlineCommand.Version.class,
    description = "Answers Cold War history questions with dated, sourced passages.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  ./hotline ask \"when did the border war happen?\"",
      "  ./hotline on-this-day --date 08-13",
      "  ./hotline console",
      "  ./hotline help ask        (or ./hotline ask --help)"
    })
public final class HotlineCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Builds the command line with every subcommand wired to {@code services}. */
  public static CommandLine commandLine(Services services, Clock clock) {
    CommandLine line =
        new CommandLine(new HotlineCommand())
            .addSubcommand(new IndexCommand(services))
            .addSubcommand(new AskCommand(services))
            .addSubcommand(new OnThisDayCommand(services, clock))
            .addSubcommand(new EvalCommand(services));
    line.setExecutionExceptionHandler(new UserErrors());
    return line;
  }

  /** Adds subcommands that live outside this package (chat adapters, servers). */
  public static void add(CommandLine line, Object command) {
    line.addSubcommand(command);
  }

  /** The version every command's {@code -V} prints. */
  public static final class Version implements CommandLine.IVersionProvider {
    public Version() {}

    @Override
    public String[] getVersion() {
      String version = HotlineCommand.class.getPackage().getImplementationVersion();
      return new String[] {"hotline " + (version == null ? "(development build)" : version)};
    }
  }
}
