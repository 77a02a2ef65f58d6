package org.strait.app.fit;

import java.nio.file.Files;
import java.nio.file.Path;
import org.strait.core.Installation;
import org.strait.knowledge.Indicators;
import org.strait.knowledge.KnowledgeException;

/**
 * Where the yearly indicator files are read from, found from the installation and never from the working
 * directory: the system property {@value Indicators#DATA_DIR_PROPERTY}, else the environment variable
 * {@value Indicators#DATA_DIR_ENV}, else {@code data} under the system property {@code strait.shared.dir} (the
 * build's tests), else {@code ../shared/data} beside the installation ({@link Installation#home()}: {@code
 * STRAIT_HOME}, which the launcher sets, else the checkout). When the folder or a file is missing, {@link #load()}
 * fails naming the folder and the settings.
 */
public final class IndicatorFolder {
  /** The environment variable naming the installation, set by the {@code strait} launcher. */
  public static final String HOME_ENV = "STRAIT_HOME";
  /** How a user points the commands at the indicators, or does without them. */
  static final String HOW = "set " + Indicators.DATA_DIR_ENV + " (or -D" + Indicators.DATA_DIR_PROPERTY + ") to the"
      + " shared data folder, or " + HOME_ENV + " to the installation beside ../shared, or pass --without-indicators"
      + " to run with gdp-ratio, kor-china-dependence and us-commitment held neutral";

  private IndicatorFolder() {}

  /** Returns the configured folder. */
  public static Path resolve() {
    String property = System.getProperty(Indicators.DATA_DIR_PROPERTY);
    if (property != null && !property.isBlank()) {
      return Path.of(property);
    }
    String env = System.getenv(Indicators.DATA_DIR_ENV);
    if (env != null && !env.isBlank()) {
      return Path.of(env);
    }
    String shared = System.getProperty("strait.shared.dir");
    if (shared != null && !shared.isBlank()) {
      return Path.of(shared, "data");
    }
    return Installation.home().resolve("../shared/data").normalize();
  }

  /** Reads the indicators from {@link #resolve()}; fails naming the folder when it or a file is missing. */
  public static Indicators load() {
    return load(resolve());
  }

  /** Reads the indicators from {@code folder}; fails naming it when it or a file is missing or malformed. */
  public static Indicators load(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new IllegalArgumentException("the indicator folder " + folder.toAbsolutePath() + " does not exist; " + HOW);
    }
    try {
      return Indicators.load(folder);
    } catch (KnowledgeException e) {
      throw new IllegalArgumentException("the indicator files in " + folder.toAbsolutePath() + " cannot be read ("
          + e.getMessage().lines().findFirst().orElse("") + "); " + HOW, e);
    }
  }
}
