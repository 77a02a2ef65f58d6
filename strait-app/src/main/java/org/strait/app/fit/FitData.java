package org.strait.app.fit;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.strait.core.Require;
import org.strait.core.Country;
import org.strait.core.Dyad;
import org.strait.fit.FitInput;
import org.strait.index.IndexPoint;
import org.strait.index.IndexQuery;
import org.strait.index.IndexSeries;
import org.strait.index.RelationIndex;
import org.strait.store.PairMonth;
import org.strait.store.StoreReader;
import org.strait.knowledge.Indicators;
import org.strait.knowledge.Knowledge;
import org.strait.fit.MonthlySeries;
import org.strait.model.Driver;
import org.strait.model.Drivers;
import org.strait.model.ShockSchedule;

/*
 * The adapter from the store to the fit. The Japan–Korea series come from org.strait.index.RelationIndex (monthly,
 * unweighted, one source per month by its rule, distinct events):
 *
 *   index        the raw (unsmoothed) monthly mean Goldstein score of JPN→KOR and KOR→JPN events together (NaN in
 *                a month without events); directions  the same per direction; counts  the distinct events behind
 *                the index, which weight its noise.
 *
 * For the drivers it reads, per month and ordered pair of JPN, KOR, USA, CHN, PRK, the number of stored events, the
 * sum of their Goldstein scores and the counts of material conflict (QuadClass 4) and of all conflict (QuadClass
 * 3, 4), and builds:
 *
 *   PRK_MATERIAL_CONFLICT  log(1 + material-conflict events PRK→JPN and PRK→KOR), z-scored;
 *   US_CHN_CONFLICT        share of conflict events among USA↔CHN events, z-scored;
 *   US_ENGAGEMENT          mean Goldstein of USA→JPN and USA→KOR events, z-scored;
 *   US_STANDING_GAP        mean Goldstein USA↔KOR minus USA↔JPN, z-scored;
 * every z-score uses the mean and standard deviation of the standardisation window only (the training window: no
 * look-ahead), and a month without the events a driver needs takes the driver's neutral value (0), counted in the
 * notes. The knowledge base gives the chronicle's dated shocks, the leaders' drivers and the yearly indicators'
 * drivers (KnowledgeInputs). The headline is the raw monthly mean, not a smoothed index: the fit's own filter
 * does the smoothing, with the event count weighting each month (the index's own smoothed level would be filtered
 * twice).
 */

/**
 * The observed Japan–Korea series and the drivers built from the store, for calibration and backtests.
 *
 * @param input the fit input over {@code start..end}
 * @param events the JPN–KOR events behind the index
 * @param notes what was filled or left neutral, in words
 * @param withoutIndicators whether the user asked to run without the indicator files (reports say so at their head)
 */
public record FitData(FitInput input, long events, List<String> notes, boolean withoutIndicators) {
  /** What reports print first when the run went without the indicator files. */
  public static final String WITHOUT_INDICATORS = "run without the indicator files (--without-indicators): gdp-ratio,"
      + " kor-china-dependence and us-commitment are held neutral, so M2, M3 and M12 see no data";

  private static final List<String> COUNTRIES = List.of("JPN", "KOR", "USA", "CHN", "PRK");

  /** Copies. */
  public FitData {
    notes = List.copyOf(notes);
  }

  /**
   * Reads months {@code start..end} from the store and standardises drivers over {@code start..standardiseUntil},
   * with the indicator files of {@link IndicatorFolder}.
   *
   * @throws IllegalArgumentException when the window holds no Japan–Korea event, or the indicator files are not
   *     found (the message names the folder and how to set it)
   */
  public static FitData fromStore(StoreReader store, YearMonth start, YearMonth end, YearMonth standardiseUntil) {
    return fromStore(store, start, end, standardiseUntil, false);
  }

  /**
   * Reads as {@link #fromStore(StoreReader, YearMonth, YearMonth, YearMonth)} does; with {@code withoutIndicators}
   * the indicator files are not read and their drivers stay neutral, which the data's {@link #withoutIndicators()}
   * records for the reports' head.
   */
  public static FitData fromStore(StoreReader store, YearMonth start, YearMonth end, YearMonth standardiseUntil,
      boolean withoutIndicators) {
    Indicators indicators = withoutIndicators ? null : IndicatorFolder.load();
    FitData d = fromStore(store, start, end, standardiseUntil, Knowledge.standard(), indicators, List.of());
    return new FitData(d.input(), d.events(), d.notes(), withoutIndicators);
  }

  /**
   * Reads months {@code start..end} from the store, with the chronicle and leaders of {@code knowledge} and the
   * drivers of {@code indicators} (either may be null: its drivers stay neutral, and the notes say so).
   */
  public static FitData fromStore(StoreReader store, YearMonth start, YearMonth end, YearMonth standardiseUntil,
      Knowledge knowledge, Indicators indicators, List<String> earlierNotes) {
    Require.argument(!end.isBefore(start), "window end %s is before its start %s", end, start);
    Require.argument(!standardiseUntil.isBefore(start) && !standardiseUntil.isAfter(end),
        "standardisation window end %s must lie in %s..%s", standardiseUntil, start, end);
    int n = (int) (end.getYear() * 12L + end.getMonthValue() - start.getYear() * 12L - start.getMonthValue()) + 1;
    Map<String, double[][]> cells = read(store, start, end, n);
    double[] index = new double[n];
    double[] counts = new double[n];
    double[] toKor = new double[n];
    double[] toJpn = new double[n];
    long events = relation(store, new Dyad(Country.JPN, Country.KOR), false, start, end, index, counts);
    relation(store, new Dyad(Country.JPN, Country.KOR), true, start, end, toKor, null);
    relation(store, new Dyad(Country.KOR, Country.JPN), true, start, end, toJpn, null);
    Require.argument(events > 0, "the store holds no JPN-KOR event in %s..%s", start, end);
    int train = n - (int) (end.getYear() * 12L + end.getMonthValue() - standardiseUntil.getYear() * 12L
        - standardiseUntil.getMonthValue());
    List<String> notes = new ArrayList<>(earlierNotes);
    Map<Driver, double[]> z = new EnumMap<>(Driver.class);
    z.put(Driver.PRK_MATERIAL_CONFLICT, standardise("prk-material-conflict", prk(cells, n), train, notes));
    z.put(Driver.US_CHN_CONFLICT, standardise("us-chn-conflict", conflictShare(cells, n), train, notes));
    z.put(Driver.US_ENGAGEMENT, standardise("us-engagement", engagement(cells, n), train, notes));
    z.put(Driver.US_STANDING_GAP, standardise("us-standing-gap", standingGap(cells, n), train, notes));
    ShockSchedule chronicle = ShockSchedule.none();
    if (knowledge != null) {
      z.putAll(KnowledgeInputs.leaders(knowledge, start, n));
      chronicle = ShockSchedule.of(KnowledgeInputs.shocks(knowledge, start, end, notes));
    } else {
      notes.add("neutral (no knowledge base): seoul-orientation, months since inaugurations; chronicle: none");
    }
    if (indicators != null) {
      z.putAll(KnowledgeInputs.indicators(indicators, start, n, train, notes));
    } else {
      notes.add("neutral (no indicators): gdp-ratio, kor-china-dependence, us-commitment");
    }
    Drivers drivers = (driver, month) -> {
      double[] path = z.get(driver);
      int t = (int) (month.getYear() * 12L + month.getMonthValue() - start.getYear() * 12L - start.getMonthValue());
      if (path == null || t < 0 || t >= n) {
        return driver.neutral();
      }
      return path[t];
    };
    FitInput input = new FitInput(MonthlySeries.of(start, index), MonthlySeries.of(start, toKor),
        MonthlySeries.of(start, toJpn), MonthlySeries.of(start, counts), drivers, chronicle);
    return new FitData(input, events, notes, false);
  }

  /**
   * Fills {@code means} (and {@code counts} when given) with the relation index's raw monthly means and distinct
   * event counts of {@code dyad}; returns the total count.
   */
  private static long relation(StoreReader store, Dyad dyad, boolean directed, YearMonth start, YearMonth end,
      double[] means, double[] counts) {
    IndexSeries series = RelationIndex.compute(store,
        IndexQuery.of(dyad).withDirected(directed).withMonths(start, end));
    Require.state(series.points().size() == means.length, "the relation index gave %s months for %s..%s",
        series.points().size(), start, end);
    long total = 0;
    for (int t = 0; t < means.length; t++) {
      IndexPoint p = series.points().get(t);
      means[t] = p.events() > 0 ? p.raw() : Double.NaN;
      if (counts != null) {
        counts[t] = p.events();
      }
      total += p.events();
    }
    return total;
  }

  private static Map<String, double[][]> read(StoreReader store, YearMonth start, YearMonth end, int n) {
    Map<String, double[][]> cells = new HashMap<>();
    for (PairMonth m : store.pairMonths(COUNTRIES, start, end)) {
      int t = (int) (m.month().getYear() * 12L + m.month().getMonthValue() - start.getYear() * 12L
          - start.getMonthValue());
      double[][] c = cells.computeIfAbsent(m.from() + ">" + m.to(), k -> new double[4][n]);
      c[0][t] = m.events();
      c[1][t] = m.goldstein();
      c[2][t] = m.materialConflicts();
      c[3][t] = m.conflicts();
    }
    return cells;
  }

  private static double[][] cell(Map<String, double[][]> cells, String from, String to, int n) {
    return cells.getOrDefault(from + ">" + to, new double[4][n]);
  }

  private static double[] prk(Map<String, double[][]> cells, int n) {
    double[][] a = cell(cells, "PRK", "JPN", n);
    double[][] b = cell(cells, "PRK", "KOR", n);
    double[] out = new double[n];
    for (int t = 0; t < n; t++) {
      out[t] = Math.log1p(a[2][t] + b[2][t]);
    }
    return out;
  }

  private static double[] conflictShare(Map<String, double[][]> cells, int n) {
    return perEvent(cell(cells, "USA", "CHN", n), cell(cells, "CHN", "USA", n), 3, n);
  }

  private static double[] engagement(Map<String, double[][]> cells, int n) {
    return perEvent(cell(cells, "USA", "JPN", n), cell(cells, "USA", "KOR", n), 1, n);
  }

  private static double[] standingGap(Map<String, double[][]> cells, int n) {
    double[] kor = perEvent(cell(cells, "USA", "KOR", n), cell(cells, "KOR", "USA", n), 1, n);
    double[] jpn = perEvent(cell(cells, "USA", "JPN", n), cell(cells, "JPN", "USA", n), 1, n);
    double[] out = new double[n];
    for (int t = 0; t < n; t++) {
      out[t] = kor[t] - jpn[t];
    }
    return out;
  }

  /**
   * Returns, month by month, column {@code column} of two pairs' cells (1: Goldstein sum, 3: conflicts) summed over
   * both and divided by their events: a mean Goldstein score or a share of events; NaN in a month without events.
   */
  private static double[] perEvent(double[][] a, double[][] b, int column, int n) {
    double[] out = new double[n];
    for (int t = 0; t < n; t++) {
      double c = a[0][t] + b[0][t];
      out[t] = c > 0 ? (a[column][t] + b[column][t]) / c : Double.NaN;
    }
    return out;
  }

  /** Z-scores {@code x} with the moments of its first {@code train} months; NaN months become 0 (noted). */
  static double[] standardise(String name, double[] x, int train, List<String> notes) {
    double sum = 0;
    int k = 0;
    for (int t = 0; t < train; t++) {
      if (!Double.isNaN(x[t])) {
        sum += x[t];
        k++;
      }
    }
    double[] out = new double[x.length];
    if (k < 2) {
      notes.add(name + ": fewer than two months with events in the standardisation window; held neutral (0)");
      return out;
    }
    double mean = sum / k;
    double ss = 0;
    for (int t = 0; t < train; t++) {
      if (!Double.isNaN(x[t])) {
        ss += (x[t] - mean) * (x[t] - mean);
      }
    }
    double sd = Math.sqrt(ss / (k - 1));
    int filled = 0;
    for (int t = 0; t < x.length; t++) {
      if (Double.isNaN(x[t]) || sd == 0) {
        filled += Double.isNaN(x[t]) ? 1 : 0;
        out[t] = 0;
      } else {
        out[t] = (x[t] - mean) / sd;
      }
    }
    if (sd == 0) {
      notes.add(name + ": no variation in the standardisation window; held neutral (0)");
    } else if (filled > 0) {
      notes.add(name + ": " + filled + " of " + x.length + " months without events, set to 0 (the window mean)");
    }
    return out;
  }
}
