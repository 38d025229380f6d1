package dev.hotline.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the YAML configuration, then lets the environment override any setting by one rule: {@code
 * HOTLINE_} and the key's path in upper case with dots as underscores ({@code health.port} is
 * {@code HOTLINE_HEALTH_PORT}). Unknown keys are errors, and so are tokens in the file.
 */
public final class ConfigLoader {
  /** Every setting with its default, in the order the example file documents them. */
  static final Map<String, String> DEFAULTS = defaults();

  private static final Set<String> LOG_LEVELS = Set.of("error", "warn", "info", "debug", "trace");

  private static final String PREFIX = "HOTLINE_";

  private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '([^']*)'");

  private final Map<String, String> environment;
  private final Path home;

  /**
   * @param home the folder relative paths are resolved against (the install folder)
   */
  public ConfigLoader(Map<String, String> environment, Path home) {
    this.environment = environment;
    this.home = home;
  }

  private static Map<String, String> defaults() {
    Map<String, String> d = new LinkedHashMap<>();
    d.put("index", "index-data/.index");
    d.put("data_dir", "data");
    d.put("log_level", "info");
    d.put("health.port", "0");
    d.put("health.bind", "127.0.0.1");
    d.put("index_reload_seconds", "5");
    d.put("database.url", "");
    d.put("cluster.lease_seconds", "10");
    d.put("daily.takeover_seconds", "120");
    d.put("discord.rest_url", "");
    d.put("discord.gateway_url", "");
    d.put("discord.shards.total", "1");
    d.put("discord.shards.from", "");
    d.put("discord.shards.to", "");
    d.put("telegram.api_url", "");
    d.put("telegram.webhook.url", "");
    d.put("telegram.webhook.bind", "127.0.0.1");
    d.put("telegram.webhook.port", "8443");
    d.put("secrets_file", "");
    return d;
  }

  /** The environment variable that overrides {@code key}. */
  public static String environmentName(String key) {
    return PREFIX + key.toUpperCase(Locale.ROOT).replace('.', '_');
  }

  /**
   * Warnings for {@code HOTLINE_} variables that name no setting (a typo would otherwise be ignored
   * without a word), with the variable meant where one is close.
   */
  public List<String> unknownVariables() {
    Set<String> known = new HashSet<>();
    DEFAULTS.keySet().forEach(key -> known.add(environmentName(key)));
    List<String> warnings = new ArrayList<>();
    environment.keySet().stream()
        .filter(name -> name.startsWith(PREFIX) && !known.contains(name))
        .sorted()
        .forEach(
            name -> {
              String squeezed = squeeze(name);
              Optional<String> meant =
                  known.stream().filter(k -> squeeze(k).equals(squeezed)).findFirst();
              warnings.add(
                  name
                      + " is not a Hotline setting and is ignored"
                      + meant.map(m -> " (did you mean " + m + "?)").orElse(""));
            });
    return warnings;
  }

  /** A variable's name without underscores and case, so HOTLINE_HEALTHPORT meets HEALTH_PORT. */
  private static String squeeze(String name) {
    return name.replace("_", "").toUpperCase(Locale.ROOT);
  }

  /**
   * Loads {@code file} (or only defaults and environment when it is empty) and checks every value.
   */
  public HotlineConfig load(Optional<Path> file) throws ConfigException, IOException {
    Map<String, String> values = new LinkedHashMap<>(DEFAULTS);
    if (file.isPresent()) {
      values.putAll(readFile(file.get()));
    }
    for (String key : DEFAULTS.keySet()) {
      String override = environment.get(environmentName(key));
      if (override != null) {
        values.put(key, override);
      }
    }
    return build(values);
  }

  private Map<String, String> readFile(Path file) throws ConfigException, IOException {
    if (!Files.isRegularFile(file)) {
      throw new ConfigException(file + ": no such configuration file");
    }
    JsonNode root;
    try {
      // A key given twice is a mistake either way round; refused, not quietly the last one.
      root =
          YAMLMapper.builder()
              .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
              .build()
              .readTree(file.toFile());
    } catch (JsonProcessingException e) {
      String line = e.getLocation() == null ? "?" : Integer.toString(e.getLocation().getLineNr());
      Matcher duplicate = DUPLICATE.matcher(String.valueOf(e.getOriginalMessage()));
      if (duplicate.find()) {
        throw new ConfigException(
            file + ": '" + duplicate.group(1) + "' is set twice (line " + line + ")");
      }
      throw new ConfigException(
          file + ": not valid YAML (line " + line + "): " + e.getOriginalMessage());
    }
    Map<String, String> values = new LinkedHashMap<>();
    if (root == null || root.isNull() || root.isMissingNode()) {
      return values;
    }
    if (!root.isObject()) {
      throw new ConfigException(
          file + ": the configuration must be a set of 'key: value' settings");
    }
    flatten(file, "", root, values);
    return values;
  }

  private static void flatten(Path file, String prefix, JsonNode node, Map<String, String> out)
      throws ConfigException {
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      String key = prefix + field.getKey();
      String lower = key.toLowerCase(Locale.ROOT);
      if (lower.contains("token")) {
        throw new ConfigException(
            file
                + ": '"
                + key
                + "' looks like a secret; tokens belong in the environment "
                + "(DISCORD_TOKEN, TELEGRAM_TOKEN) or a secrets file, never in the configuration");
      }
      if (lower.contains("password") || lower.equals("database.user")) {
        throw new ConfigException(
            file
                + ": '"
                + key
                + "' belongs in the environment ("
                + Secrets.DATABASE_USER
                + ", "
                + Secrets.DATABASE_PASSWORD
                + ") or a secrets file, never in the configuration");
      }
      if (field.getValue().isObject()) {
        flatten(file, key + ".", field.getValue(), out);
      } else if (!DEFAULTS.containsKey(key)) {
        throw new ConfigException(file + ": unknown setting '" + key + "'" + suggestion(key));
      } else {
        out.put(key, field.getValue().isNull() ? "" : field.getValue().asText());
      }
    }
  }

  private static String suggestion(String key) {
    List<String> near = new ArrayList<>();
    String last = key.substring(key.lastIndexOf('.') + 1);
    for (String known : DEFAULTS.keySet()) {
      if (known.endsWith(last)
          || known.contains(last)
          || last.contains(known.substring(known.lastIndexOf('.') + 1))) {
        near.add(known);
      }
    }
    return near.isEmpty()
        ? " (known settings: " + String.join(", ", DEFAULTS.keySet()) + ")"
        : " (did you mean " + String.join(" or ", near) + "?)";
  }

  private HotlineConfig build(Map<String, String> v) throws ConfigException {
    String level = v.get("log_level").toLowerCase(Locale.ROOT);
    if (!LOG_LEVELS.contains(level)) {
      throw new ConfigException(
          "log_level: '"
              + v.get("log_level")
              + "' is not one of "
              + String.join(", ", LOG_LEVELS.stream().sorted().toList()));
    }
    return new HotlineConfig(
        path(v.get("index")),
        path(v.get("data_dir")),
        level,
        integer(v, "health.port", 0, 65_535),
        nonBlank(v, "health.bind"),
        integer(v, "index_reload_seconds", 1, 3_600),
        DatabaseUrl.check(v.get("database.url")),
        Duration.ofSeconds(integer(v, "cluster.lease_seconds", 2, 600)),
        Duration.ofSeconds(integer(v, "daily.takeover_seconds", 0, 86_400)),
        url(v, "discord.rest_url", "http", "https"),
        url(v, "discord.gateway_url", "ws", "wss"),
        shards(v),
        url(v, "telegram.api_url", "http", "https"),
        new TelegramWebhookConfig(
            url(v, "telegram.webhook.url", "https", "http"),
            nonBlank(v, "telegram.webhook.bind"),
            integer(v, "telegram.webhook.port", 1, 65_535)),
        v.get("secrets_file").isBlank()
            ? Optional.empty()
            : Optional.of(path(v.get("secrets_file"))));
  }

  /** {@code discord.shards}: a total (or {@code auto}) and this process's range of it. */
  private static DiscordShards shards(Map<String, String> v) throws ConfigException {
    String total = v.get("discord.shards.total").strip();
    String from = v.get("discord.shards.from").strip();
    String to = v.get("discord.shards.to").strip();
    if (total.equalsIgnoreCase("auto")) {
      if (!from.isEmpty() || !to.isEmpty()) {
        throw new ConfigException(
            "discord.shards: 'auto' runs every shard Discord recommends in this process; leave"
                + " from and to empty, or give a number as total");
      }
      return DiscordShards.recommended();
    }
    int count = integer(v, "discord.shards.total", 1, 65_535);
    int first = from.isEmpty() ? 0 : integer(v, "discord.shards.from", 0, count - 1);
    int last = to.isEmpty() ? count - 1 : integer(v, "discord.shards.to", 0, count - 1);
    if (last < first) {
      throw new ConfigException(
          "discord.shards: to (" + last + ") comes before from (" + first + ")");
    }
    return new DiscordShards(java.util.OptionalInt.of(count), first, last);
  }

  private Path path(String value) {
    Path path = Path.of(value);
    return path.isAbsolute() ? path : home.resolve(path).normalize();
  }

  private static int integer(Map<String, String> v, String key, int min, int max)
      throws ConfigException {
    try {
      int value = Integer.parseInt(v.get(key).strip());
      if (value < min || value > max) {
        throw new ConfigException(key + ": " + value + " is outside " + min + ".." + max);
      }
      return value;
    } catch (NumberFormatException e) {
      throw new ConfigException(key + ": '" + v.get(key) + "' is not a whole number");
    }
  }

  private static String nonBlank(Map<String, String> v, String key) throws ConfigException {
    if (v.get(key).isBlank()) {
      throw new ConfigException(key + ": must not be empty");
    }
    return v.get(key).strip();
  }

  private static Optional<String> url(Map<String, String> v, String key, String... schemes)
      throws ConfigException {
    String value = v.get(key).strip();
    if (value.isEmpty()) {
      return Optional.empty();
    }
    try {
      URI uri = new URI(value);
      if (uri.getScheme() == null
          || !List.of(schemes).contains(uri.getScheme().toLowerCase(Locale.ROOT))
          || uri.getHost() == null) {
        throw new ConfigException(
            key
                + ": '"
                + value
                + "' must be a "
                + String.join(" or ", schemes)
                + " URL with a host");
      }
      return Optional.of(value);
    } catch (URISyntaxException e) {
      throw new ConfigException(key + ": '" + value + "' is not a URL: " + e.getReason());
    }
  }
}
