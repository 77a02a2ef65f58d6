package org.strait.knowledge;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.strait.core.Country;
import org.strait.core.Require;

/**
 * Yearly country indicators (GDP, CINC, military spending, UN ideal points, US troops, trade with China), read at run
 * time from a data folder laid out as {@code ../shared/data}; never shipped with strait.
 *
 * <p>Monthly values for mechanism M3 (narrowing power gap, seed 000) interpolate linearly between yearly values
 * placed at the middle of each year (July): for month {@code m} between July of year {@code y} and July of
 * {@code y+1}, {@code v(m) = v(y) + (v(y+1) - v(y)) * k / 12} with {@code k} months after July of {@code y}. There
 * is no extrapolation: before the first July or after the last one of the series the value is empty.
 */
public final class Indicators {
  /** System property that names the data folder. */
  public static final String DATA_DIR_PROPERTY = "strait.data.dir";
  /** Environment variable that names the data folder when the property is not set. */
  public static final String DATA_DIR_ENV = "STRAIT_DATA_DIR";

  private final Map<Indicator, Map<Country, NavigableMap<Integer, Double>>> series;

  Indicators(Map<Indicator, Map<Country, NavigableMap<Integer, Double>>> series) {
    Map<Indicator, Map<Country, NavigableMap<Integer, Double>>> copy = new EnumMap<>(Indicator.class);
    series.forEach((indicator, byCountry) -> {
      Map<Country, NavigableMap<Integer, Double>> inner = new HashMap<>();
      byCountry.forEach((c, s) -> inner.put(c, Collections.unmodifiableNavigableMap(new TreeMap<>(s))));
      copy.put(indicator, Map.copyOf(inner));
    });
    this.series = copy;
  }

  /**
   * Reads every indicator from the data folder.
   *
   * @throws KnowledgeException listing every missing or malformed file, with file and line
   */
  public static Indicators load(Path dataFolder) {
    return new IndicatorReaders(Require.nonNull(dataFolder, "data folder")).readAll();
  }

  /**
   * Returns the configured data folder: the system property {@value #DATA_DIR_PROPERTY}, else the environment
   * variable {@value #DATA_DIR_ENV}, else {@code data} under the system property {@code strait.shared.dir}, else
   * {@code ../shared/data}.
   */
  public static Path defaultFolder() {
    String property = System.getProperty(DATA_DIR_PROPERTY);
    if (property != null && !property.isBlank()) {
      return Path.of(property);
    }
    String env = System.getenv(DATA_DIR_ENV);
    if (env != null && !env.isBlank()) {
      return Path.of(env);
    }
    String shared = System.getProperty("strait.shared.dir");
    return shared != null && !shared.isBlank() ? Path.of(shared, "data") : Path.of("..", "shared", "data");
  }

  /** Returns the yearly series of the indicator for the country (empty when there is none), by year. */
  public NavigableMap<Integer, Double> series(Indicator indicator, Country country) {
    return series.getOrDefault(indicator, Map.of()).getOrDefault(country, Collections.emptyNavigableMap());
  }

  /** Returns the value of the indicator for the country in the year, if the source gives one. */
  public OptionalDouble value(Indicator indicator, Country country, int year) {
    Double v = series(indicator, country).get(year);
    return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
  }

  /** Returns {@code numerator / denominator} in the year, when both values exist and the denominator is not 0. */
  public OptionalDouble ratio(Indicator indicator, Country numerator, Country denominator, int year) {
    OptionalDouble a = value(indicator, numerator, year);
    OptionalDouble b = value(indicator, denominator, year);
    if (a.isEmpty() || b.isEmpty() || b.getAsDouble() == 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(a.getAsDouble() / b.getAsDouble());
  }

  /** Returns the yearly ratio interpolated to the month as the class comment describes. */
  public OptionalDouble monthlyRatio(Indicator indicator, Country numerator, Country denominator, YearMonth month) {
    Require.nonNull(month, "month");
    int year = month.getMonthValue() >= 7 ? month.getYear() : month.getYear() - 1;
    int k = (int) java.time.temporal.ChronoUnit.MONTHS.between(YearMonth.of(year, 7), month);
    OptionalDouble lo = ratio(indicator, numerator, denominator, year);
    if (k == 0) {
      return lo;
    }
    OptionalDouble hi = ratio(indicator, numerator, denominator, year + 1);
    if (lo.isEmpty() || hi.isEmpty()) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(lo.getAsDouble() + (hi.getAsDouble() - lo.getAsDouble()) * k / 12.0);
  }

  /** Returns trade with China as a share of GDP (the dependence term of mechanism M2), when both are known. */
  public OptionalDouble tradeDependenceOnChina(Country country, int year) {
    OptionalDouble trade = value(Indicator.TRADE_WITH_CHINA_USD, country, year);
    OptionalDouble gdp = value(Indicator.GDP_CURRENT_USD, country, year);
    if (trade.isEmpty() || gdp.isEmpty() || gdp.getAsDouble() == 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(trade.getAsDouble() / gdp.getAsDouble());
  }
}
