package org.strait.app.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

/** Embeds a PNG drawn to a file as a figure: a base64 data URI and a caption with data span, seed and version. */
final class Figures {
  private Figures() {}

  /**
   * Returns the figure of {@code png} (read, then deleted) with its caption.
   *
   * @param png the chart file
   * @param title what the figure shows
   * @param span the data span, e.g. {@code 2005-01..2014-12}
   * @param seed the seed of the figure's stochastic part
   * @param version the strait version that computed it
   */
  static String embed(Path png, String title, String span, long seed, String version) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(png);
      Files.deleteIfExists(png);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read chart " + png, e);
    }
    String caption = title + ". Data span " + span + "; seed " + seed + "; strait " + version + ".";
    return "<figure><img alt=\"" + Html.escape(title) + "\" src=\"data:image/png;base64,"
        + Base64.getEncoder().encodeToString(bytes) + "\">\n<figcaption>" + Html.escape(caption)
        + "</figcaption></figure>\n";
  }
}
