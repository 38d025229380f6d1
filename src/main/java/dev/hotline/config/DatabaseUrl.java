package dev.hotline.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks {@code database.url}: a PostgreSQL JDBC URL naming a host and a database, and no
 * credentials, which belong in the environment or the secrets file.
 */
final class DatabaseUrl {
  static final String PREFIX = "jdbc:postgresql://";

  private DatabaseUrl() {}

  /** Empty for the SQLite default; the URL when it is one Hotline can use. */
  static Optional<String> check(String value) throws ConfigException {
    String url = value.strip();
    if (url.isEmpty()) {
      return Optional.empty();
    }
    if (!url.toLowerCase(Locale.ROOT).startsWith(PREFIX)) {
      throw new ConfigException(
          "database.url: '"
              + url
              + "' is not a PostgreSQL JDBC URL; write it as "
              + PREFIX
              + "HOST[:PORT]/DATABASE, or leave it empty for the SQLite file in data_dir");
    }
    URI uri;
    try {
      uri = new URI(url.substring("jdbc:".length()));
    } catch (URISyntaxException e) {
      throw new ConfigException("database.url: '" + url + "' is not a URL: " + e.getReason());
    }
    if (uri.getHost() == null || uri.getPath() == null || uri.getPath().length() < 2) {
      throw new ConfigException(
          "database.url: '" + url + "' must name a host and a database: " + PREFIX + "HOST/DB");
    }
    if (uri.getUserInfo() != null || credentialIn(uri.getQuery())) {
      throw new ConfigException(
          "database.url: the user and password belong in the environment ("
              + Secrets.DATABASE_USER
              + ", "
              + Secrets.DATABASE_PASSWORD
              + ") or a secrets file, never in the configuration");
    }
    return Optional.of(url);
  }

  private static boolean credentialIn(String query) {
    if (query == null) {
      return false;
    }
    for (String pair : query.split("&")) {
      String name = pair.split("=", 2)[0].toLowerCase(Locale.ROOT);
      if (name.equals("user") || name.equals("password")) {
        return true;
      }
    }
    return false;
  }
}
