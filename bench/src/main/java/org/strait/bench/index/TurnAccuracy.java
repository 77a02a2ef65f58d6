package org.strait.bench.index;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.strait.core.Dyad;
import org.strait.core.SeedSequence;
import org.strait.index.Direction;
import org.strait.index.IndexPoint;
import org.strait.index.IndexQuery;
import org.strait.index.IndexSeries;
import org.strait.index.Kind;
import org.strait.index.Measure;
import org.strait.index.Method;
import org.strait.index.RelationIndex;
import org.strait.index.TurningPoint;
import org.strait.index.TurningPointOptions;
import org.strait.index.TurningPointResult;
import org.strait.index.TurningPoints;
import org.strait.knowledge.ChronicleNotes;
import org.strait.knowledge.Knowledge;
import org.strait.knowledge.ReferenceTurn;
import org.strait.knowledge.ReferenceTurns;
import org.strait.store.EventStore;

/**
 * Precision and recall of the turning-point detector at plus or minus one month: on synthetic series
 * ({@link SyntheticTurns}) per setting, and, with {@code --db FILE}, on a store's JPN–KOR index against the reference
 * list {@code org/strait/knowledge/reference-turns.csv} (only reference turns in months with data count).
 *
 * <p>Usage: {@code TurnAccuracy [--series N] [--replicates R] [--rate A] [--measures goldstein|net|all]
 * [--method residuals|bocpd] [--db FILE [--set dev|held-out|all]]}. With
 * {@code --set dev} only the reference turns and detections of 2005–2011 are scored and printed, with
 * {@code held-out} only those of 2012–2023 (the protocol of docs/indices.md).
 */
public final class TurnAccuracy {
  private static final IndexQuery QUERY = IndexQuery.of(Dyad.parse("JPN-KOR"));

  private TurnAccuracy() {}

  /** Runs the study and prints one line per setting. */
  public static void main(String[] args) throws SQLException {
    int series = 40;
    int replicates = 300;
    double rate = TurningPointOptions.DEFAULT_FALSE_ALARM_RATE;
    Path db = null;
    Period set = Period.ALL;
    java.util.Set<Measure> measures = java.util.EnumSet.allOf(Measure.class);
    Method method = TurningPointOptions.DEFAULT_METHOD;
    for (int i = 0; i < args.length; i += 2) {
      switch (args[i]) {
        case "--series" -> series = Integer.parseInt(args[i + 1]);
        case "--replicates" -> replicates = Integer.parseInt(args[i + 1]);
        case "--rate" -> rate = Double.parseDouble(args[i + 1]);
        case "--db" -> db = Path.of(args[i + 1]);
        case "--set" -> set = Period.parse(args[i + 1]);
        case "--measures" -> measures = measures(args[i + 1]);
        case "--method" -> method = method(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    TurningPointOptions options = TurningPointOptions.defaults().withFalseAlarmRate(rate).withReplicates(replicates)
        .withMeasures(measures).withMethod(method);
    if (db != null) {
      record(db, options, set);
      return;
    }
    System.out.printf(Locale.ROOT, "false-alarm rate %.2f a year, %d replicates, %d series of 120 months each, %s%n",
        rate, replicates, series, method);
    System.out.println("events/month,shift,shock,gap,precision,recall,level_recall,shock_recall,kind_agreement,"
        + "false_per_year_turn_free");
    double[][] settings = {{10, 2, 3, 0}, {40, 2, 3, 0}, {10, 1, 2, 0}, {40, 1, 2, 0}, {80, 1, 2, 0},
        {40, 2, 3, 24}};
    for (double[] s : settings) {
      synthetic((int) s[0], s[1], s[2], (int) s[3], series, options);
    }
  }

  private static void synthetic(int events, double shift, double shock, int gap, int count,
                                TurningPointOptions options) {
    SeedSequence seeds = new SeedSequence(2012);
    Score score = new Score();
    double falseAlarms = 0;
    double years = 0;
    for (int i = 0; i < count; i++) {
      SplittableRandom random = seeds.stream(i);
      SyntheticTurns.Series s = SyntheticTurns.generate(120, events, shift, shock, gap, random);
      IndexSeries index = RelationIndex.estimate(QUERY, s.periods(), s.scores());
      TurningPointResult found = TurningPoints.detect(index, options.withSeed(i), m -> List.of());
      List<Integer> detected = found.points().stream().map(TurningPointTimes::month).toList();
      score.add(s.turns().stream().map(t -> new Ref(t.month(), t.kind(), null)).toList(), detected,
          found.points());
      SyntheticTurns.Series free = SyntheticTurns.generate(120, events, 0, 0, gap, seeds.stream(100_000 + i));
      IndexSeries nullIndex = RelationIndex.estimate(QUERY, free.periods(), free.scores());
      TurningPointResult none = TurningPoints.detect(nullIndex, options.withSeed(i), m -> List.of());
      falseAlarms += none.points().size();
      years += none.years();
    }
    System.out.printf(Locale.ROOT, "%d,%.1f,%.1f,%d,%s,%.3f%n", events, shift, shock, gap, score, falseAlarms / years);
  }

  private static void record(Path db, TurningPointOptions options, Period set) throws SQLException {
    IndexSeries index;
    try (EventStore store = EventStore.open(db)) {
      index = RelationIndex.compute(store.reader(), QUERY);
    }
    TurningPointResult result = TurningPoints.detect(index, options,
        ChronicleNotes.of(Knowledge.standard().chronicle(), QUERY.dyad()));
    List<Ref> reference = new ArrayList<>();
    for (ReferenceTurn turn : ReferenceTurns.standard().all()) {
      YearMonth month = turn.month();
      if (!set.holds(month)) {
        continue;
      }
      int t = (int) ChronoUnit.MONTHS.between(YearMonth.from(index.points().get(0).stats().start()), month);
      if (t >= 0 && t < index.points().size() && index.points().get(t).events() > 0) {
        reference.add(new Ref(t, Kind.valueOf(turn.kind().name()), turn.direction()));
      } else {
        System.out.printf("reference %s not counted: no data that month%n", month);
      }
    }
    List<TurningPoint> points = result.points().stream().filter(p -> set.holds(YearMonth.from(p.start()))).toList();
    List<Integer> detected = points.stream()
        .map(p -> (int) ChronoUnit.MONTHS.between(index.points().get(0).stats().start(), p.start())).toList();
    Score score = new Score();
    score.add(reference, detected, points);
    System.out.printf(Locale.ROOT, "JPN-KOR %s (%s), %s, false-alarm rate %.2f a year, threshold %.3f, %.1f years of"
            + " data%nprecision,recall,level_recall,shock_recall,kind_agreement%n%s%n", set.name().toLowerCase(Locale.ROOT),
        set.span(), options.method(), options.falseAlarmRate(), result.threshold(),
        result.years(), score);
    for (TurningPoint p : points) {
      IndexPoint at = index.points().get((int) ChronoUnit.MONTHS.between(index.points().get(0).stats().start(),
          p.start()));
      System.out.printf(Locale.ROOT, "%s %-5s %-4s %-15s conf %.3f  %.2f -> %.2f  (%d events, %s)  %s%n",
          p.label(), p.kind().name().toLowerCase(Locale.ROOT), p.direction().name().toLowerCase(Locale.ROOT),
          p.measure().name().toLowerCase(Locale.ROOT), p.confidence(),
          p.before(), p.after(), at.events(), at.stats().source(),
          p.notes().stream().map(n -> n.when() + " " + n.title()).toList());
    }
  }

  /** The months scored: the development years, the held-out years or all (docs/indices.md, protocol). */
  private enum Period {
    DEV(YearMonth.of(2005, 1), YearMonth.of(2011, 12)),
    HELD_OUT(YearMonth.of(2012, 1), YearMonth.of(2023, 12)),
    ALL(YearMonth.of(1900, 1), YearMonth.of(2999, 12));

    private final YearMonth from;
    private final YearMonth to;

    Period(YearMonth from, YearMonth to) {
      this.from = from;
      this.to = to;
    }

    static Period parse(String text) {
      return switch (text) {
        case "dev" -> DEV;
        case "held-out" -> HELD_OUT;
        case "all" -> ALL;
        default -> throw new IllegalArgumentException("--set must be dev, held-out or all, was " + text);
      };
    }

    boolean holds(YearMonth month) {
      return !month.isBefore(from) && !month.isAfter(to);
    }

    String span() {
      return this == ALL ? "every month" : from + ".." + to;
    }
  }

  private static java.util.Set<Measure> measures(String text) {
    return switch (text) {
      case "goldstein" -> java.util.EnumSet.of(Measure.GOLDSTEIN);
      case "net" -> java.util.EnumSet.of(Measure.NET_COOPERATION);
      case "all" -> java.util.EnumSet.allOf(Measure.class);
      default -> throw new IllegalArgumentException("--measures must be goldstein, net or all, was " + text);
    };
  }

  private static Method method(String text) {
    return switch (text) {
      case "residuals" -> Method.AUXILIARY_RESIDUALS;
      case "bocpd" -> Method.CHANGE_POINTS;
      default -> throw new IllegalArgumentException("--method must be residuals or bocpd, was " + text);
    };
  }

  /** A reference turn at a month index. */
  private record Ref(int month, Kind kind, Direction direction) {}

  /** Month indices of detections. */
  private static final class TurningPointTimes {
    static int month(TurningPoint p) {
      return (int) ChronoUnit.MONTHS.between(SyntheticTurns.START, p.start());
    }
  }

  /** Precision and recall at plus or minus one month, overall and per kind. */
  private static final class Score {
    private int detections;
    private int hits;
    private int references;
    private int found;
    private final int[] perKind = new int[2];
    private final int[] foundPerKind = new int[2];
    private int kindAgree;

    /** A detection matches a true turn within one month whose direction agrees (when the truth has one). */
    private static boolean matches(Ref b, int month, TurningPoint p) {
      return Math.abs(b.month() - month) <= 1 && (b.direction() == null || b.direction() == p.direction());
    }

    void add(List<Ref> truth, List<Integer> detected, List<TurningPoint> points) {
      detections += detected.size();
      for (int j = 0; j < detected.size(); j++) {
        final int d = detected.get(j);
        final TurningPoint p = points.get(j);
        hits += truth.stream().anyMatch(b -> matches(b, d, p)) ? 1 : 0;
      }
      for (Ref b : truth) {
        references++;
        perKind[b.kind().ordinal()]++;
        for (int j = 0; j < detected.size(); j++) {
          if (matches(b, detected.get(j), points.get(j))) {
            found++;
            foundPerKind[b.kind().ordinal()]++;
            kindAgree += points.get(j).kind() == b.kind() ? 1 : 0;
            break;
          }
        }
      }
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%.2f (%d/%d),%.2f (%d/%d),%.2f (%d/%d),%.2f (%d/%d),%.2f (%d/%d)",
          ratio(hits, detections), hits, detections, ratio(found, references), found, references,
          ratio(foundPerKind[0], perKind[0]), foundPerKind[0], perKind[0], ratio(foundPerKind[1], perKind[1]),
          foundPerKind[1], perKind[1], ratio(kindAgree, found), kindAgree, found);
    }

    private static double ratio(int a, int b) {
      return b == 0 ? Double.NaN : (double) a / b;
    }
  }
}
