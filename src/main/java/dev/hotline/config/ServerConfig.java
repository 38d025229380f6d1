package dev.hotline.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The configuration exactly as {@code hotline serve} runs with it: which file, the settings with
 * environment overrides, the tokens, and warnings for the operator. {@code hotline config check}
 * loads it the same way, so the two accept and refuse the same things.
 *
 * @param file the file read, or empty when there is none and defaults and environment apply
 * @param warnings what is accepted but probably a mistake (an unknown {@code HOTLINE_} variable)
 */
public record ServerConfig(
    Optional<Path> file, HotlineConfig settings, Secrets secrets, List<String> warnings) {

  /** The file read when none is named: optional, unlike a file named with {@code --config}. */
  public static final String STANDARD_FILE = "config/hotline.yaml";

  public ServerConfig {
    warnings = List.copyOf(warnings);
  }

  /**
   * Loads {@code named} (which must exist), or else {@code config/hotline.yaml} under {@code home}
   * if it exists, or else defaults; then the environment's overrides and the tokens, from the
   * environment or the secrets file, which must be readable when one is named.
   */
  public static ServerConfig load(Map<String, String> environment, Path home, Optional<Path> named)
      throws ConfigException, IOException {
    Optional<Path> file = named;
    if (file.isEmpty()) {
      Path standard = home.resolve(STANDARD_FILE);
      file = Files.isRegularFile(standard) ? Optional.of(standard) : Optional.empty();
    }
    ConfigLoader loader = new ConfigLoader(environment, home);
    HotlineConfig settings = loader.load(file);
    Secrets secrets = Secrets.load(environment, settings.secretsFile());
    if (settings.telegramWebhook().url().isPresent()) {
      settings.telegramWebhook().check(secrets.telegramWebhookSecret());
    }
    return new ServerConfig(file, settings, secrets, loader.unknownVariables());
  }
}
