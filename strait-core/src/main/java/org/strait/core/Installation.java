package org.strait.core;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where strait is installed: the folder that holds the shipped {@code scenarios/} (and, in a checkout, the
 * {@code pom.xml}), so that commands find their shipped files from any working directory.
 */
public final class Installation {
  private Installation() {}

  /** Returns the installation folder of this process: {@link #home(String, Path)} of {@code STRAIT_HOME} and here. */
  public static Path home() {
    return home(System.getenv("STRAIT_HOME"), Path.of(""));
  }

  /**
   * Returns the installation folder: {@code straitHome} when set (the launcher sets {@code STRAIT_HOME}); else the
   * nearest folder at or above {@code workingDir} that holds {@code scenarios/} and {@code pom.xml}; else the
   * folder of the running jar's checkout ({@code strait-app/target/strait.jar}) when it holds {@code scenarios/};
   * else {@code workingDir}.
   */
  public static Path home(String straitHome, Path workingDir) {
    if (straitHome != null && !straitHome.isBlank()) {
      return Path.of(straitHome).toAbsolutePath().normalize();
    }
    Path here = workingDir.toAbsolutePath().normalize();
    for (Path p = here; p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("scenarios")) && Files.isRegularFile(p.resolve("pom.xml"))) {
        return p;
      }
    }
    Path jar = jarCheckout();
    return jar != null ? jar : here;
  }

  /** Returns the scenarios folder shipped with the installation. */
  public static Path scenarios() {
    return home().resolve("scenarios");
  }

  /** Returns the bargaining cases' folder shipped with the installation. */
  public static Path cases() {
    return home().resolve("strait-app/src/main/resources/cases");
  }

  private static Path jarCheckout() {
    try {
      Path code = Path.of(Installation.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path root = code.getParent() == null ? null : code.getParent().getParent();
      root = root == null ? null : root.getParent();
      return root != null && Files.isDirectory(root.resolve("scenarios")) ? root : null;
    } catch (java.net.URISyntaxException | RuntimeException e) {
      return null;
    }
  }
}
