package org.strait.bench.index;

import java.nio.file.Path;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.strait.core.Dyad;
import org.strait.index.Direction;
import org.strait.index.IndexPoint;
import org.strait.index.IndexQuery;
import org.strait.index.IndexSeries;
import org.strait.index.RelationIndex;
import org.strait.knowledge.ReferenceTurn;
import org.strait.knowledge.ReferenceTurns;
import org.strait.store.EventStore;

/**
 * The ceiling of any turning-point detector on the monthly measures: for each reference turn with data, how far the
 * raw measures of its month (and of the month either side, the scoring's tolerance) move against their neighbours,
 * measured against the month's own sampling interval and against the series' usual month-to-month variation there.
 * No detector runs, so the diagnostic may read every month (docs/indices.md, round-3 protocol).
 *
 * <p>For a month m and a measure x: the move d = x_m − median(x of the three previous months with data within six
 * months), signed so that the reference direction is positive (for the event volume, x = log n and the sign is that
 * of a rise: attention rises in crises and summits alike). {@code z_own} = d over the month's own sampling sd (for
 * the Goldstein mean and the net share the half-width of its interval over z; for log n, Poisson's 1/√n);
 * {@code z_usual} = d over the robust sd (1.4826 MAD) of the same move at the months within twelve of the turn,
 * the turn's three months left out. Each turn reports the month of the window with the largest {@code z_usual}.
 *
 * <p>Usage: {@code TurnCeiling --db FILE [--visible Z]}: a turn is called visible in a measure when its
 * {@code z_usual} reaches Z (default 2) in the reference direction.
 */
public final class TurnCeiling {
  private static final IndexQuery QUERY = IndexQuery.of(Dyad.parse("JPN-KOR"));
  private static final int PREVIOUS = 3;
  private static final int REACH = 6;
  private static final int NEIGHBOURHOOD = 12;

  private TurnCeiling() {}

  /** Prints one row per reference turn with data and a summary. */
  public static void main(String[] args) throws Exception {
    Path db = null;
    double visible = 2.0;
    for (int i = 0; i < args.length; i += 2) {
      switch (args[i]) {
        case "--db" -> db = Path.of(args[i + 1]);
        case "--visible" -> visible = Double.parseDouble(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (db == null) {
      throw new IllegalArgumentException("--db FILE is required");
    }
    IndexSeries index;
    try (EventStore store = EventStore.open(db)) {
      index = RelationIndex.compute(store.reader(), QUERY);
    }
    List<IndexPoint> points = index.points();
    double z = new org.hipparchus.distribution.continuous.NormalDistribution()
        .inverseCumulativeProbability(0.5 + QUERY.level() / 2);
    YearMonth first = YearMonth.from(points.get(0).stats().start());
    Measure[] measures = {
        new Measure("goldstein", IndexPoint::raw, p -> (p.rawUpper() - p.rawLower()) / (2 * z)),
        new Measure("net", IndexPoint::netCooperation, p -> (p.netUpper() - p.netLower()) / (2 * z)),
        new Measure("volume", p -> Math.log(p.events()), p -> 1 / Math.sqrt(p.events()))};
    System.out.printf(Locale.ROOT, "JPN-KOR reference turns with data; visible: z_usual >= %.1f in the reference"
        + " direction (volume: a rise)%n", visible);
    System.out.println("ref,month,dir,kind,events,source,goldstein_month,goldstein_move,goldstein_z_own,"
        + "goldstein_z_usual,net_month,net_move,net_z_own,net_z_usual,volume_month,volume_move,volume_z_own,"
        + "volume_z_usual,visible_in");
    int number = 0;
    int[] seen = new int[4];
    int counted = 0;
    for (ReferenceTurn turn : ReferenceTurns.standard().all()) {
      number++;
      int t = (int) ChronoUnit.MONTHS.between(first, turn.month());
      if (t < 0 || t >= points.size() || points.get(t).events() == 0) {
        continue;
      }
      counted++;
      StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "#%d,%s,%s,%s,%d,%s", number, turn.month(),
          name(turn.direction()), turn.kind().name().toLowerCase(Locale.ROOT), points.get(t).events(),
          points.get(t).stats().source()));
      List<String> in = new ArrayList<>();
      for (int k = 0; k < measures.length; k++) {
        double sign = k == 2 || turn.direction() == Direction.UP ? 1 : -1;
        Move best = null;
        double usual = measures[k].usualSd(points, t);
        for (int m = t - 1; m <= t + 1; m++) {
          Move move = measures[k].move(points, m, sign, usual);
          if (move != null && (best == null || move.zUsual() > best.zUsual())) {
            best = move;
          }
        }
        if (best == null) {
          row.append(",,,,");
          continue;
        }
        row.append(String.format(Locale.ROOT, ",%s,%+.2f,%.1f,%.1f",
            first.plusMonths(best.month()), best.d(), best.zOwn(), best.zUsual()));
        if (best.zUsual() >= visible) {
          in.add(measures[k].name());
          seen[k]++;
        }
      }
      if (in.size() > 0 && !(in.size() == 1 && in.get(0).equals("volume"))) {
        seen[3]++;
      }
      row.append(',').append(in.isEmpty() ? "none" : String.join("+", in));
      System.out.println(row);
    }
    System.out.printf(Locale.ROOT, "turns with data %d; visible in goldstein %d, net %d, volume %d;"
        + " in goldstein or net %d%n", counted, seen[0], seen[1], seen[2], seen[3]);
  }

  private static String name(Direction direction) {
    return direction.name().toLowerCase(Locale.ROOT);
  }

  /** A move of a month against its neighbours, signed so that the expected direction is positive. */
  private record Move(int month, double d, double zOwn, double zUsual) {}

  /** A raw monthly measure and its sampling sd. */
  private record Measure(String name, ToDoubleFunction<IndexPoint> value, ToDoubleFunction<IndexPoint> sd) {
    /** Returns the signed move of month m and its z scores, or null without data or neighbours. */
    Move move(List<IndexPoint> points, int m, double sign, double usual) {
      double d = raw(points, m);
      if (Double.isNaN(d)) {
        return null;
      }
      return new Move(m, sign * d, sign * d / sd.applyAsDouble(points.get(m)), sign * d / usual);
    }

    /** Returns x_m minus the median of the previous three months with data within six, or NaN. */
    double raw(List<IndexPoint> points, int m) {
      if (m < 0 || m >= points.size() || points.get(m).events() == 0) {
        return Double.NaN;
      }
      double[] before = new double[PREVIOUS];
      int found = 0;
      for (int j = m - 1; j >= Math.max(0, m - REACH) && found < PREVIOUS; j--) {
        if (points.get(j).events() > 0) {
          before[found++] = value.applyAsDouble(points.get(j));
        }
      }
      if (found == 0) {
        return Double.NaN;
      }
      double[] b = Arrays.copyOf(before, found);
      return value.applyAsDouble(points.get(m)) - median(b);
    }

    /** Returns 1.4826 times the MAD of the moves within twelve months of t, t's window left out. */
    double usualSd(List<IndexPoint> points, int t) {
      List<Double> moves = new ArrayList<>();
      for (int m = t - NEIGHBOURHOOD; m <= t + NEIGHBOURHOOD; m++) {
        if (Math.abs(m - t) > 1) {
          double d = raw(points, m);
          if (!Double.isNaN(d)) {
            moves.add(d);
          }
        }
      }
      double[] v = moves.stream().mapToDouble(Double::doubleValue).toArray();
      double centre = median(v);
      return 1.4826 * median(Arrays.stream(v).map(x -> Math.abs(x - centre)).toArray());
    }
  }

  private static double median(double[] values) {
    double[] s = values.clone();
    Arrays.sort(s);
    int n = s.length;
    return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  }
}
