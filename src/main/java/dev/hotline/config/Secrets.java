package dev.hotline.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The bot tokens and the shared database's user and password: from the environment ({@code
 * DISCORD_TOKEN}, {@code TELEGRAM_TOKEN}, {@code DATABASE_USER}, {@code DATABASE_PASSWORD}) or else
 * a secrets file of {@code NAME=value} lines. They are never logged and never printed; {@link
 * #toString()} says only which are set.
 */
public final class Secrets {
  public static final String DISCORD_TOKEN = "DISCORD_TOKEN";
  public static final String TELEGRAM_TOKEN = "TELEGRAM_TOKEN";
  public static final String DATABASE_USER = "DATABASE_USER";
  public static final String DATABASE_PASSWORD = "DATABASE_PASSWORD";
  public static final String TELEGRAM_WEBHOOK_SECRET = "TELEGRAM_WEBHOOK_SECRET";

  private final Map<String, String> environment;
  private final Properties file = new Properties();

  private Secrets(Map<String, String> environment) {
    this.environment = environment;
  }

  public static Secrets load(Map<String, String> environment, Optional<Path> secretsFile)
      throws ConfigException {
    Secrets secrets = new Secrets(environment);
    if (secretsFile.isPresent()) {
      try (Reader reader = Files.newBufferedReader(secretsFile.get(), StandardCharsets.UTF_8)) {
        secrets.file.load(reader);
      } catch (NoSuchFileException e) {
        throw new ConfigException("secrets_file: " + secretsFile.get() + " does not exist");
      } catch (IOException e) {
        throw new ConfigException(
            "secrets_file: " + secretsFile.get() + " cannot be read (" + e.getMessage() + ")");
      }
    }
    return secrets;
  }

  public Optional<String> discordToken() {
    return get(DISCORD_TOKEN);
  }

  public Optional<String> telegramToken() {
    return get(TELEGRAM_TOKEN);
  }

  /** The shared database's user, when {@code database.url} is set. */
  public Optional<String> databaseUser() {
    return get(DATABASE_USER);
  }

  public Optional<String> databasePassword() {
    return get(DATABASE_PASSWORD);
  }

  /** The token Telegram sends with every webhook request, when updates come by webhook. */
  public Optional<String> telegramWebhookSecret() {
    return get(TELEGRAM_WEBHOOK_SECRET);
  }

  /** Every token and password that is set, for cutting them out of messages that might echo one. */
  public java.util.List<String> tokens() {
    return java.util.stream.Stream.of(
            discordToken(), telegramToken(), databasePassword(), telegramWebhookSecret())
        .flatMap(Optional::stream)
        .toList();
  }

  private Optional<String> get(String name) {
    String value = environment.get(name);
    if (value == null || value.isBlank()) {
      value = file.getProperty(name);
    }
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }

  @Override
  public String toString() {
    return "Secrets[discord="
        + (discordToken().isPresent() ? "set" : "unset")
        + ", telegram="
        + (telegramToken().isPresent() ? "set" : "unset")
        + ", database password="
        + (databasePassword().isPresent() ? "set" : "unset")
        + "]";
  }
}
