package org.strait.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of strait that is running, recorded with every stochastic result. */
public final class Version {
  private static final String VERSION = load();

  private Version() {}

  /** Returns the version, e.g. {@code "0.1.0-SNAPSHOT"}. */
  public static String current() {
    return VERSION;
  }

  private static String load() {
    try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
      Require.state(in != null, "version.properties is missing from strait-core");
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read strait-core version.properties", e);
    }
  }
}
