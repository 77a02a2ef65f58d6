package org.strait.app.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.strait.core.Progress;
import org.strait.store.StoreReader;

/**
 * The report as a file, the use case of {@code strait report}: built by {@link ReportBuilder} and written where it is
 * asked for, with the shipped wartime-labour case as its bargaining case unless another is given.
 */
public final class ReportFile {
  /** The class-path resource of the shipped bargaining case. */
  static final String SHIPPED_CASE = "cases/wartime-labour.yaml";

  private ReportFile() {}

  /**
   * Builds the report of {@code store} with {@code settings} and writes it to {@code out} as UTF-8, creating its
   * folder; returns the report's length in characters.
   */
  public static int write(ReportSettings settings, StoreReader store, Path out, Progress progress) throws IOException {
    String html = new ReportBuilder(settings).build(store, progress);
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(out, html, StandardCharsets.UTF_8);
    return html.length();
  }

  /** The shipped wartime-labour case copied out of the class path (the jar) into a temporary file, deleted on close. */
  public static final class ShippedCase implements AutoCloseable {
    private final Path file;

    private ShippedCase(Path file) {
      this.file = file;
    }

    /**
     * Copies the shipped case into a temporary file.
     *
     * @throws IllegalStateException when the class path lacks it
     */
    public static ShippedCase copy() {
      try (InputStream in = ReportFile.class.getClassLoader().getResourceAsStream(SHIPPED_CASE)) {
        if (in == null) {
          throw new IllegalStateException("the shipped case " + SHIPPED_CASE + " is missing from the jar");
        }
        Path file = Files.createTempFile("wartime-labour", ".yaml");
        Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        return new ShippedCase(file);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot copy the shipped case " + SHIPPED_CASE, e);
      }
    }

    /** Returns the temporary file. */
    public Path file() {
      return file;
    }

    @Override
    public void close() throws IOException {
      Files.deleteIfExists(file);
    }
  }
}
