package dev.hotline.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotline.answer.AnswerService;
import dev.hotline.index.IndexAccess;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlaceMovedTest {
  private static final ChatPlace OLD = new ChatPlace(Platform.TELEGRAM, "-4001", "-4001");
  private static final ChatPlace NEW = new ChatPlace(Platform.TELEGRAM, "-1004001", "-1004001");

  private final InMemorySettingsStore store = new InMemorySettingsStore();
  private final List<String> heard = new ArrayList<>();
  private final ChatService chat =
      new ChatService(
          new AnswerService(noIndex()),
          store,
          new PlaceLifecycle() {
            @Override
            public void gone(ChatPlace place, String reason) {
              heard.add("gone " + place.channelId());
            }

            @Override
            public void moved(ChatPlace from, ChatPlace to) {
              heard.add("moved " + from.channelId() + " " + to.channelId());
            }
          },
          Clock.systemUTC(),
          "test");

  @Test
  void settingsFollowAndAnAllowListNamingTheOldPlaceNamesTheNewOne() {
    store.save(OLD.settingsKey(), new ServerSettings(null, Set.of("-4001"), true, 7, 3));

    chat.placeMoved(OLD, NEW);

    assertThat(store.find(OLD.settingsKey())).isEmpty();
    assertThat(chat.settingsOf(NEW))
        .isEqualTo(new ServerSettings(null, Set.of("-1004001"), true, 7, 3));
    assertThat(chat.settingsOf(NEW).answersIn(NEW.channelId())).isTrue();
    assertThat(heard).containsExactly("moved -4001 -1004001");
  }

  @Test
  void otherAllowedChannelsAndDefaultsAreLeftAlone() {
    store.save(OLD.settingsKey(), new ServerSettings(null, Set.of("-4001/7"), false, 5, 2));

    chat.placeMoved(OLD, NEW);
    chat.placeMoved(
        new ChatPlace(Platform.TELEGRAM, "-5", "-5"),
        new ChatPlace(Platform.TELEGRAM, "-1005", "-1005"));

    assertThat(chat.settingsOf(NEW).allowedChannels()).containsExactly("-4001/7");
    assertThat(store.find("telegram:-1005")).isEmpty();
  }

  // Moving a place never searches, so the answer service has no index behind it.
  private static IndexAccess noIndex() {
    return new IndexAccess() {
      @Override
      public <T> T withIndex(java.util.function.Function<dev.hotline.index.PassageIndex, T> work) {
        throw new AssertionError("placeMoved must not search");
      }
    };
  }
}
