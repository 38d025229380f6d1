package dev.hotline.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotline.chat.ChatCommand;
import dev.hotline.chat.ChatPlace;
import dev.hotline.chat.DailyFeature;
import dev.hotline.chat.Platform;
import dev.hotline.chat.SettingChange;
import dev.hotline.telegram.TelegramCommands.Translation;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;

class TelegramCommandsTest {

  private static final ChatPlace TOPIC = new ChatPlace(Platform.TELEGRAM, "-1001962", "-1001962/7");

  @Test
  void questionsAndDaysBecomeChatCommands() {
    assertThat(translate("/ask when?"))
        .isEqualTo(new Translation.ToChat(new ChatCommand.Ask("when?", Optional.empty()), false));
    assertThat(translate("/onthisday"))
        .isEqualTo(new Translation.ToChat(new ChatCommand.OnThisDay(Optional.empty()), false));
    assertThat(translate("/onthisday July 23"))
        .isEqualTo(
            new Translation.ToChat(new ChatCommand.OnThisDay(Optional.of("July 23")), false));
    assertThat(translate("/start")).isEqualTo(new Translation.ShowHelp());
  }

  @Test
  void settingsAreForModeratorsAndAChannelIsTheTopicTypedIn() {
    assertThat(translate("/settings"))
        .isEqualTo(new Translation.ToChat(new ChatCommand.ShowSettings(), true));
    assertThat(translate("/settings_channel Allow"))
        .isEqualTo(change(new SettingChange.AllowChannel("-1001962/7")));
    assertThat(translate("/settings_channel disallow"))
        .isEqualTo(change(new SettingChange.DisallowChannel("-1001962/7")));
    assertThat(translate("/settings_channel all"))
        .isEqualTo(change(new SettingChange.AllowAllChannels()));
    assertThat(translate("/settings_visibility private"))
        .isEqualTo(change(new SettingChange.PrivateAnswers(true)));
    assertThat(translate("/settings_cooldown 10 3"))
        .isEqualTo(change(new SettingChange.Cooldowns(10, 3)));
  }

  @Test
  void badArgumentsGetTheCommandsUsage() {
    Translation usage = translate("/settings_cooldown ten");

    assertThat(usage).isInstanceOf(Translation.Usage.class);
    assertThat(((Translation.Usage) usage).notice().lines())
        .singleElement()
        .asString()
        .startsWith("/settings_cooldown user-seconds channel-seconds — Seconds per question");
    assertThat(translate("/settings_channel")).isInstanceOf(Translation.Usage.class);
    assertThat(translate("/settings_visibility secret")).isInstanceOf(Translation.Usage.class);
    assertThat(translate("/settings_moderator_role x")).isEqualTo(new Translation.Unknown());
  }

  @Test
  void dailyTakesOnOffAndStatusWithASpaceAsOnDiscordAndTheOneWordSpellingsToo() {
    ChatCommand on = new ChatCommand.DailyOn(Optional.of("09:00"), Optional.of("Europe/Berlin"));
    assertThat(translate("/daily on 09:00 Europe/Berlin"))
        .isEqualTo(new Translation.ToChat(on, true));
    assertThat(translate("/daily_on 09:00 Europe/Berlin"))
        .isEqualTo(new Translation.ToChat(on, true));
    assertThat(translate("/daily ON"))
        .isEqualTo(
            new Translation.ToChat(
                new ChatCommand.DailyOn(Optional.empty(), Optional.empty()), true));
    assertThat(translate("/daily off"))
        .isEqualTo(new Translation.ToChat(new ChatCommand.DailyOff(), true));
    assertThat(translate("/daily status"))
        .isEqualTo(new Translation.ToChat(new ChatCommand.DailyStatus(), true));
    assertThat(translate("/daily_status"))
        .isEqualTo(new Translation.ToChat(new ChatCommand.DailyStatus(), true));
  }

  @Test
  void quizTakesATopicOrYearsAndItsWordsForStatsModeratorsAndTheDailyQuiz() {
    assertThat(translate("/quiz")).isEqualTo(everyone(new ChatCommand.Quiz("")));
    assertThat(translate("/quiz topic:berlin 1961-1963"))
        .isEqualTo(everyone(new ChatCommand.Quiz("topic:berlin 1961-1963")));
    assertThat(translate("/quiz stats")).isEqualTo(everyone(new ChatCommand.QuizStats()));
    assertThat(translate("/quiz_stats")).isEqualTo(everyone(new ChatCommand.QuizStats()));
    assertThat(translate("/leaderboard")).isEqualTo(everyone(new ChatCommand.Leaderboard()));
    assertThat(translate("/study")).isEqualTo(everyone(new ChatCommand.Study()));
    assertThat(translate("/study stop")).isEqualTo(everyone(new ChatCommand.StudyStop()));
    assertThat(translate("/quiz off"))
        .isEqualTo(new Translation.ToChat(new ChatCommand.QuizSwitch(false), true));
    assertThat(translate("/quiz time 45"))
        .isEqualTo(new Translation.ToChat(new ChatCommand.QuizTime(45), true));
    assertThat(translate("/quiz reset"))
        .isEqualTo(new Translation.ToChat(new ChatCommand.QuizReset(), true));
    assertThat(translate("/quiz daily on 18:30 Europe/Paris"))
        .isEqualTo(
            new Translation.ToChat(
                new ChatCommand.DailyOn(
                    Optional.of("18:30"), Optional.of("Europe/Paris"), DailyFeature.QUIZ),
                true));
    assertThat(translate("/quiz daily status"))
        .isEqualTo(new Translation.ToChat(new ChatCommand.DailyStatus(DailyFeature.QUIZ), true));
    assertThat(translate("/quiz time soon")).isInstanceOf(Translation.Usage.class);
    assertThat(translate("/quiz daily")).isInstanceOf(Translation.Usage.class);
  }

  private static Translation everyone(ChatCommand command) {
    return new Translation.ToChat(command, false);
  }

  @Test
  void aBareOrWrongDailyGetsItsUsage() {
    for (String typed :
        new String[] {
          "/daily", "/daily tomorrow", "/daily off now", "/daily on 09:00 Europe/Berlin again"
        }) {
      assertThat(translate(typed))
          .as(typed)
          .isInstanceOfSatisfying(
              Translation.Usage.class,
              usage -> {
                assertThat(usage.notice().title()).isEqualTo("How to use /daily");
                assertThat(usage.notice().lines())
                    .hasSize(3)
                    .anySatisfy(l -> assertThat(l).startsWith("/daily on [HH:mm] [time zone] — "))
                    .anySatisfy(l -> assertThat(l).startsWith("/daily off — "))
                    .anySatisfy(l -> assertThat(l).startsWith("/daily status — "));
              });
    }
  }

  @Test
  void theMenuUsesTelegramNamesAndKeepsSettingsForAdministrators() {
    assertThat(TelegramCommands.menu(false))
        .extracting(BotCommand::getCommand)
        .containsExactly("ask", "onthisday", "quiz", "leaderboard", "study", "about", "help");
    assertThat(TelegramCommands.menu(true))
        .extracting(BotCommand::getCommand)
        .containsExactly(
            "ask",
            "onthisday",
            "quiz",
            "leaderboard",
            "study",
            "about",
            "help",
            "settings",
            "settings_channel",
            "settings_visibility",
            "settings_cooldown",
            "daily");
    assertThat(TelegramCommands.menu(true))
        .allSatisfy(command -> assertThat(command.getDescription()).hasSizeBetween(1, 256));
  }

  private static Translation translate(String text) {
    return TelegramCommands.translate(CommandLine.parse(text).orElseThrow(), TOPIC);
  }

  private static Translation change(SettingChange change) {
    return new Translation.ToChat(new ChatCommand.ChangeSettings(change), true);
  }
}
