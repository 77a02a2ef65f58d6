package org.strait.app.fit;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.strait.core.Country;
import org.strait.knowledge.ChronicleEntry;
import org.strait.knowledge.DatePrecision;
import org.strait.knowledge.Indicator;
import org.strait.knowledge.Indicators;
import org.strait.knowledge.Knowledge;
import org.strait.knowledge.Office;
import org.strait.knowledge.Orientation;
import org.strait.model.CoreParameters;
import org.strait.model.Driver;
import org.strait.model.Issue;
import org.strait.model.Shock;
import org.strait.model.ShockKind;

/*
 * The knowledge base's part of the fit's input.
 *
 * Chronicle → dated shocks (entries dated to the month or day; year-only entries are skipped and counted):
 *   kind nuclear-test → one NUCLEAR_TEST; kind missile-launch → one MISSILE_TEST;
 *   an entry with direction -1 touching a dispute the model carries → ISSUE_FLARE of that issue, magnitude the
 *     catalogue's issues.flareSize; an entry with direction +1 of kind agreement, treaty or declaration touching
 *     one → ISSUE_SETTLEMENT, magnitude 0.5 (a modelling choice, not a measurement);
 *   disputes → issues: comfort-women, wartime-labour, dokdo-takeshima, export-controls, gsomia, fukushima-water to
 *     their namesakes; textbooks and yasukuni to TEXTBOOKS_SHRINE; the others have no issue state.
 * Leaders → SEOUL_ORIENTATION (+1 conservative, -1 progressive, 0 centrist or unknown) and the months since the
 *   inauguration of the Korean president and of the Japanese prime minister.
 * Indicators → GDP_RATIO (KOR/JPN GDP, current US$, interpolated monthly), KOR_CHINA_DEPENDENCE (Korea's trade with
 *   China over its GDP, divided by its mean over the standardisation years) and US_COMMITMENT (US troops in Japan
 *   and Korea, z-scored over the standardisation years). Months the sources do not cover take the last covered
 *   value, or the driver's neutral value before the first; the notes count them.
 */

/** Dated shocks and drivers from the knowledge base and the yearly indicators. */
final class KnowledgeInputs {
  private KnowledgeInputs() {}

  static final Map<String, Issue> ISSUES = Map.of("comfort-women", Issue.COMFORT_WOMEN, "wartime-labour",
      Issue.WARTIME_LABOUR, "dokdo-takeshima", Issue.DOKDO_TAKESHIMA, "textbooks", Issue.TEXTBOOKS_SHRINE,
      "yasukuni", Issue.TEXTBOOKS_SHRINE, "export-controls", Issue.EXPORT_CONTROLS, "gsomia", Issue.GSOMIA,
      "fukushima-water", Issue.FUKUSHIMA_WATER);
  private static final double SETTLEMENT = 0.5;

  /** Returns the chronicle's shocks in {@code start..end}; adds a note with the counts. */
  static List<Shock> shocks(Knowledge k, YearMonth start, YearMonth end, List<String> notes) {
    double flareSize = org.strait.model.mechanism.Mechanisms.defaults().get(CoreParameters.FLARE_SIZE);
    List<Shock> out = new ArrayList<>();
    int yearOnly = 0;
    for (ChronicleEntry e : k.chronicle().entries()) {
      YearMonth m = YearMonth.from(e.date().start());
      if (m.isBefore(start) || m.isAfter(end)) {
        continue;
      }
      if (e.date().precision() == DatePrecision.YEAR) {
        yearOnly++;
        continue;
      }
      if (e.kind().equals("nuclear-test")) {
        out.add(new Shock(m, ShockKind.NUCLEAR_TEST, null, 1));
      } else if (e.kind().equals("missile-launch")) {
        out.add(new Shock(m, ShockKind.MISSILE_TEST, null, 1));
      }
      for (String d : e.disputes()) {
        Issue issue = ISSUES.get(d);
        if (issue == null) {
          continue;
        }
        if (e.direction() < 0) {
          out.add(new Shock(m, ShockKind.ISSUE_FLARE, issue, flareSize));
        } else if (e.direction() > 0 && List.of("agreement", "treaty", "declaration").contains(e.kind())) {
          out.add(new Shock(m, ShockKind.ISSUE_SETTLEMENT, issue, SETTLEMENT));
        }
      }
    }
    notes.add("chronicle: " + out.size() + " dated shocks in " + start + ".." + end + " ("
        + count(out, ShockKind.ISSUE_FLARE) + " flares, " + count(out, ShockKind.ISSUE_SETTLEMENT) + " settlements, "
        + count(out, ShockKind.NUCLEAR_TEST) + " nuclear tests, " + count(out, ShockKind.MISSILE_TEST)
        + " missile launches); " + yearOnly + " entries dated to the year only skipped");
    return out;
  }

  private static long count(List<Shock> shocks, ShockKind kind) {
    return shocks.stream().filter(s -> s.kind() == kind).count();
  }

  /** Returns the leaders' drivers, one value per month from {@code start}. */
  static Map<Driver, double[]> leaders(Knowledge k, YearMonth start, int n) {
    Map<Driver, double[]> out = new EnumMap<>(Driver.class);
    double[] orientation = new double[n];
    double[] seoul = new double[n];
    double[] tokyo = new double[n];
    for (int t = 0; t < n; t++) {
      YearMonth m = start.plusMonths(t);
      Orientation o = k.leaders().orientation(Office.KOR_PRESIDENT, m.atEndOfMonth()).orElse(null);
      orientation[t] = o == Orientation.CONSERVATIVE ? 1 : o == Orientation.PROGRESSIVE ? -1 : 0;
      seoul[t] = months(k.leaders().monthsSinceInauguration(Office.KOR_PRESIDENT, m),
          Driver.MONTHS_SINCE_SEOUL_INAUGURATION);
      tokyo[t] = months(k.leaders().monthsSinceInauguration(Office.JPN_PRIME_MINISTER, m),
          Driver.MONTHS_SINCE_TOKYO_INAUGURATION);
    }
    out.put(Driver.SEOUL_ORIENTATION, orientation);
    out.put(Driver.MONTHS_SINCE_SEOUL_INAUGURATION, seoul);
    out.put(Driver.MONTHS_SINCE_TOKYO_INAUGURATION, tokyo);
    return out;
  }

  private static double months(OptionalLong v, Driver d) {
    return v.isPresent() ? v.getAsLong() : d.neutral();
  }

  /** Returns the indicators' drivers, one value per month from {@code start}; {@code train} months standardise. */
  static Map<Driver, double[]> indicators(Indicators ind, YearMonth start, int n, int train, List<String> notes) {
    Map<Driver, double[]> out = new EnumMap<>(Driver.class);
    double[] gdp = new double[n];
    double[] dependence = new double[n];
    double[] troops = new double[n];
    for (int t = 0; t < n; t++) {
      YearMonth m = start.plusMonths(t);
      gdp[t] = orNaN(ind.monthlyRatio(Indicator.GDP_CURRENT_USD, Country.KOR, Country.JPN, m));
      dependence[t] = orNaN(ind.tradeDependenceOnChina(Country.KOR, m.getYear()));
      OptionalDouble a = ind.value(Indicator.US_TROOPS, Country.JPN, m.getYear());
      OptionalDouble b = ind.value(Indicator.US_TROOPS, Country.KOR, m.getYear());
      troops[t] = a.isPresent() && b.isPresent() ? a.getAsDouble() + b.getAsDouble() : Double.NaN;
    }
    out.put(Driver.GDP_RATIO, carry("gdp-ratio", gdp, Driver.GDP_RATIO.neutral(), notes));
    double[] dep = carry("kor-china-dependence", dependence, Double.NaN, notes);
    double mean = 0;
    int k = 0;
    for (int t = 0; t < train; t++) {
      if (!Double.isNaN(dep[t])) {
        mean += dep[t];
        k++;
      }
    }
    if (k == 0) {
      notes.add("kor-china-dependence: no value in the standardisation window; held neutral (1)");
      java.util.Arrays.fill(dep, 1);
    } else {
      mean /= k;
      for (int t = 0; t < n; t++) {
        dep[t] = Double.isNaN(dep[t]) ? 1 : dep[t] / mean;
      }
    }
    out.put(Driver.KOR_CHINA_DEPENDENCE, dep);
    out.put(Driver.US_COMMITMENT, FitData.standardise("us-commitment", carry("us-commitment", troops, Double.NaN,
        notes), train, notes));
    return out;
  }

  private static double orNaN(OptionalDouble v) {
    return v.isPresent() ? v.getAsDouble() : Double.NaN;
  }

  /** Fills months without a value with the last value before them, or {@code before} at the start; notes it. */
  private static double[] carry(String name, double[] x, double before, List<String> notes) {
    double[] out = x.clone();
    double last = before;
    int filled = 0;
    for (int t = 0; t < out.length; t++) {
      if (Double.isNaN(out[t])) {
        out[t] = last;
        filled++;
      } else {
        last = out[t];
      }
    }
    if (filled > 0) {
      notes.add(name + ": " + filled + " months without a source value took the last earlier value");
    }
    return out;
  }
}
