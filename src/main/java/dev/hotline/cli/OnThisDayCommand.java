package dev.hotline.cli;

import dev.hotline.answer.Answer;
import dev.hotline.answer.AnswerService;
import dev.hotline.answer.DayEvents;
import dev.hotline.chat.DayCard;
import dev.hotline.dates.DateValue;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hotline on-this-day}: the events of a calendar day across the Cold War years. */
@Command(
    name = "on-this-day",
    mixinStandardHelpOptions = true,
    versionProvider = HotlineCommand.Version.class,
    description = "Events of a calendar day in any year (default: today).",
    footerHeading = "%nExamples:%n",
    footer = {
      "  ./hotline on-this-day",
      "  ./hotline on-this-day --date 08-13 --limit 3",
      "  ./hotline on-this-day --date 10-16 --json"
    })
final class OnThisDayCommand implements Callable<Integer> {
  @Mixin IndexOption index;

  @Option(
      names = "--date",
      paramLabel = "MM-DD",
      description = "The day, e.g. 08-13 (default: today).")
  String date;

  @Option(
      names = "--json",
      description =
          "Print the events as JSON, shaped like ask --json: {\"day\", \"found\", \"answers\"}.")
  boolean json;

  @Option(
      names = "--limit",
      defaultValue = "5",
      description = "How many events to show (default: ${DEFAULT-VALUE}).")
  int limit;

  @Spec CommandSpec spec;

  private final Services services;
  private final Clock clock;

  OnThisDayCommand(Services services, Clock clock) {
    this.services = services;
    this.clock = clock;
  }

  @Override
  public Integer call() throws Exception {
    MonthDay day;
    try {
      day =
          date == null
              ? MonthDay.now(clock)
              : MonthDay.parse("--" + date, DateTimeFormatter.ofPattern("--MM-dd"));
    } catch (DateTimeParseException e) {
      spec.commandLine()
          .getErr()
          .println("--date must be a month and day as MM-DD, e.g. 08-13; got \"" + date + "\"");
      return 2;
    }
    PrintWriter out = spec.commandLine().getOut();
    try (Services.OpenIndex open = services.open(index.location(services))) {
      DayEvents events = open.answers().onThisDay(day, Math.max(1, limit));
      Optional<String> notice =
          events.events().isEmpty()
              ? Optional.of(
                  "No event within "
                      + AnswerService.NEAREST_DAYS
                      + " days of "
                      + DateValue.inWords(day)
                      + ".")
              : DayCard.whyAnotherDay(day, events.exact());
      if (json) {
        AnswerJson json2 = new AnswerJson();
        out.println(json2.write(json2.day(events, notice)));
        return 0;
      }
      if (events.events().isEmpty()) {
        out.println(notice.orElseThrow());
        return 0;
      }
      out.println(DayCard.heading(day, events.found(), events.exact()));
      notice.ifPresent(out::println);
      for (Answer answer : events.events()) {
        out.println();
        AnswerText.print(out, answer, 0, TerminalStyle.PLAIN);
      }
      return 0;
    }
  }
}
