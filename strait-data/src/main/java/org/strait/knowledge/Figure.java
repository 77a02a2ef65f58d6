package org.strait.knowledge;

import org.strait.core.Country;
import org.strait.core.Require;

/**
 * A dated figure a seed or public document states (a poll result, a ratio, an amount), kept so that models can anchor
 * on it and tests can check it against data.
 *
 * @param id a unique slug
 * @param date when the figure applies, with its precision
 * @param measure what is measured, e.g. {@code gdp-ratio-kor-jpn} or {@code approval-president}
 * @param country the country the figure describes
 * @param value the value in {@code unit}
 * @param unit e.g. {@code ratio}, {@code percent}, {@code usd}, {@code usd-billion}
 * @param source seed or document
 * @param confidence how exact the figure is as stated (rounded figures are medium)
 */
public record Figure(String id, PartialDate date, String measure, Country country, double value, String unit,
    String source, Confidence confidence) {
  /** Checks every field. */
  public Figure {
    Require.argument(id != null && id.matches("[a-z0-9][a-z0-9-]*"), "figure id must be a slug, was '%s'", id);
    Require.nonNull(date, "date");
    Require.argument(measure != null && !measure.isBlank(), "measure must not be blank");
    Require.nonNull(country, "country");
    Require.finite(value, "value");
    Require.argument(unit != null && !unit.isBlank(), "unit must not be blank");
    Require.argument(source != null && !source.isBlank(), "source must not be blank");
    Require.nonNull(confidence, "confidence");
  }
}
