package dev.hotline.chat;

import dev.hotline.chat.ChatReply.Notice;
import dev.hotline.chat.ChatReply.NoticeKind;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The moderators' daily-post commands: reads the time and zone they typed, and words the status the
 * same way on every platform.
 */
final class DailyCommands {
  static final LocalTime DEFAULT_TIME = LocalTime.of(9, 0);
  static final ZoneId DEFAULT_ZONE = ZoneId.of("UTC");

  private static final Pattern TIME = Pattern.compile("^\\s*(\\d{1,2})[:.h](\\d{2})\\s*$");
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEEE d MMMM uuuu, HH:mm zzz", Locale.ENGLISH);
  private static final DateTimeFormatter CLOCK_TIME =
      DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

  private final Subscriptions subscriptions;

  DailyCommands(Subscriptions subscriptions) {
    this.subscriptions = subscriptions;
  }

  /** How the moderators' commands name what they schedule: posts or a quiz. */
  private record Words(
      String title,
      String none,
      String noMore,
      String areOff,
      String label,
      String item,
      String them,
      String were,
      String command) {
    static Words of(DailyFeature feature) {
      return feature == DailyFeature.QUIZ
          ? new Words(
              "Daily quiz",
              "There was no daily quiz here.",
              "No more daily quiz here.",
              "The daily quiz is off here.",
              "Quiz",
              "quiz",
              "it",
              "it was",
              "quiz-daily-on")
          : new Words(
              "Daily posts",
              "There were no daily posts here.",
              "No more daily posts here.",
              "Daily posts are off here.",
              "Posts",
              "post",
              "them",
              "they were",
              "daily-on");
    }
  }

  ChatReply handle(ChatPlace place, ChatCommand command) {
    if (!subscriptions.offered()) {
      return Notice.of(
          NoticeKind.USER_ERROR,
          "No daily posts here",
          "Daily posts are made on Discord and Telegram; this chat has none.");
    }
    return switch (command) {
      case ChatCommand.DailyOn on -> on(place, on);
      case ChatCommand.DailyOff off -> off(place, off.feature());
      case ChatCommand.DailyStatus status -> status(place, status.feature());
      default -> throw new IllegalArgumentException("not a daily-post command: " + command);
    };
  }

  private ChatReply on(ChatPlace place, ChatCommand.DailyOn command) {
    Optional<String> typedTime = command.time().filter(t -> !t.isBlank());
    Optional<String> typedZone = command.zone().filter(z -> !z.isBlank());
    // "daily on Europe/Paris": a zone typed where the time goes is still meant as the zone.
    if (typedZone.isEmpty()
        && typedTime.isPresent()
        && time(typedTime.get()).isEmpty()
        && zone(typedTime.get()).isPresent()) {
      typedZone = typedTime;
      typedTime = Optional.empty();
    }
    Optional<LocalTime> time =
        typedTime.isEmpty() ? Optional.of(DEFAULT_TIME) : time(typedTime.get());
    if (time.isEmpty()) {
      return Notice.of(
          NoticeKind.USER_ERROR,
          "Which time?",
          "I couldn't read '"
              + typedTime.get().strip()
              + "' as a time — use HH:mm on a 24-hour clock, like 09:00 or 18:30.");
    }
    Optional<ZoneId> zone = typedZone.isEmpty() ? Optional.of(DEFAULT_ZONE) : zone(typedZone.get());
    if (zone.isEmpty()) {
      return Notice.of(
          NoticeKind.USER_ERROR,
          "Unknown time zone",
          "Unknown time zone '"
              + typedZone.get().strip()
              + "' — use an IANA name like Europe/Paris");
    }
    DailyFeature feature = command.feature();
    Words words = Words.of(feature);
    SubscriptionStatus status = subscriptions.subscribe(feature, place, time.get(), zone.get());
    return new Notice(NoticeKind.INFO, words.title() + " on", lines(place, words, status), false);
  }

  private ChatReply off(ChatPlace place, DailyFeature feature) {
    Words words = Words.of(feature);
    Optional<SubscriptionStatus> stopped = subscriptions.unsubscribe(feature, place);
    if (stopped.isEmpty()) {
      return Notice.of(NoticeKind.INFO, words.title() + " off", words.none());
    }
    return Notice.of(
        NoticeKind.INFO,
        words.title() + " off",
        words.noMore()
            + " "
            + capitalised(PlaceWords.aModerator(place.platform()))
            + " can turn "
            + words.them()
            + " on again with "
            + PlaceWords.command(place.platform(), words.command())
            + ".");
  }

  private ChatReply status(ChatPlace place, DailyFeature feature) {
    Words words = Words.of(feature);
    Optional<SubscriptionStatus> status = subscriptions.status(feature, place);
    if (status.isEmpty()) {
      return Notice.of(
          NoticeKind.INFO,
          words.title(),
          words.areOff()
              + " "
              + capitalised(PlaceWords.aModerator(place.platform()))
              + " can turn "
              + words.them()
              + " on with "
              + PlaceWords.command(place.platform(), words.command())
              + " [HH:mm] [time zone].");
    }
    return new Notice(NoticeKind.INFO, words.title(), lines(place, words, status.get()), false);
  }

  private static String capitalised(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static List<String> lines(ChatPlace place, Words words, SubscriptionStatus status) {
    List<String> lines = new ArrayList<>();
    String schedule = CLOCK_TIME.format(status.time()) + " " + status.zone().getId();
    if (status.active()) {
      lines.add(words.label() + ": every day at " + schedule);
    } else if (status.disabledReason().isPresent()) {
      lines.add(words.label() + ": stopped (" + words.were() + " at " + schedule + ")");
      lines.add(
          "Why: "
              + status.disabledReason().get()
              + ". Once that is fixed, "
              + PlaceWords.aModerator(place.platform())
              + " can turn "
              + words.them()
              + " on again with "
              + PlaceWords.command(place.platform(), words.command())
              + ".");
    } else {
      lines.add(words.label() + ": off (" + words.were() + " at " + schedule + ")");
    }
    status
        .nextPost()
        .ifPresent(next -> lines.add("Next " + words.item() + ": " + WHEN.format(next)));
    lines.add(
        "Last " + words.item() + ": " + status.lastPost().map(WHEN::format).orElse("none yet"));
    return lines;
  }

  /** A 24-hour clock time such as 09:00, 9:00 or 18.30. */
  static Optional<LocalTime> time(String typed) {
    Matcher matcher = TIME.matcher(typed);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          LocalTime.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))));
    } catch (DateTimeException outOfRange) {
      return Optional.empty();
    }
  }

  /** A time zone by its IANA name (or "UTC"), forgiving of case: "europe/paris" is Europe/Paris. */
  static Optional<ZoneId> zone(String typed) {
    String name = typed.strip();
    try {
      return Optional.of(ZoneId.of(name));
    } catch (DateTimeException unknown) {
      return ZoneId.getAvailableZoneIds().stream()
          .filter(id -> id.equalsIgnoreCase(name))
          .findFirst()
          .map(ZoneId::of);
    }
  }
}
