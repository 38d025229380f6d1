package dev.hotline.index;

import java.nio.file.Path;

/** Where the bundled corpus and its index live, relative to Hotline's home folder. */
public final class IndexDefaults {
  /** Set by the launcher to the project folder; the working directory otherwise. */
  public static final String HOME_PROPERTY = "hotline.home";

  private IndexDefaults() {}

  public static Path home() {
    return Path.of(System.getProperty(HOME_PROPERTY, ".")).toAbsolutePath().normalize();
  }

  /** The bundled articles. */
  public static Path bundledCorpus() {
    return home().resolve("index-data");
  }

  /**
   * The index built from the bundled articles (in a hidden folder beside the articles, which the
   * corpus reader skips).
   */
  public static IndexLocation bundledLocation() {
    return new IndexLocation(home().resolve("index-data").resolve(".index"));
  }
}
