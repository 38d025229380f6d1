package dev.hotline.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotline.chat.ServerSettings;
import dev.hotline.testing.TestCorpus;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Moderators' settings outlive the process and follow a server that moves. */
class SqlSettingsStoreTest {
  @TempDir Path dir;

  private static final ServerSettings CHOSEN =
      new ServerSettings("role-mods", Set.of("general", "history"), true, 30, 10);

  @Test
  void settingsSurviveReopening() {
    Path file = dir.resolve("hotline.db");
    try (Database database = Database.openFile(file, TestCorpus.CLOCK)) {
      new SqlSettingsStore(database).save("discord:42", CHOSEN);
    }
    try (Database database = Database.openFile(file, TestCorpus.CLOCK)) {
      SqlSettingsStore store = new SqlSettingsStore(database);
      assertThat(store.find("discord:42")).contains(CHOSEN);
      assertThat(store.find("discord:43")).isEmpty();
    }
  }

  @Test
  void savingAgainReplacesTheChannelList() {
    try (Database database = Database.openFile(dir.resolve("hotline.db"), TestCorpus.CLOCK)) {
      SqlSettingsStore store = new SqlSettingsStore(database);
      store.save("discord:42", CHOSEN);
      ServerSettings fewer = new ServerSettings(null, Set.of("history"), false, 5, 2);
      store.save("discord:42", fewer);
      assertThat(store.find("discord:42")).contains(fewer);
    }
  }

  @Test
  void moveCarriesSettingsToTheNewKeyAndReplacesWhatWasThere() {
    try (Database database = Database.openFile(dir.resolve("hotline.db"), TestCorpus.CLOCK)) {
      SqlSettingsStore store = new SqlSettingsStore(database);
      store.save("telegram:-100", CHOSEN);
      store.save("telegram:-1009", ServerSettings.defaults());
      store.move("telegram:-100", "telegram:-1009");
      assertThat(store.find("telegram:-1009")).contains(CHOSEN);
      assertThat(store.find("telegram:-100")).isEmpty();

      store.move("telegram:-5", "telegram:-1009");
      assertThat(store.find("telegram:-1009"))
          .as("moving nothing leaves the target alone")
          .contains(CHOSEN);
    }
  }
}
