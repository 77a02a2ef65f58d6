package org.strait.app.scenario;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.strait.app.fit.StoreFit;
import org.strait.fit.Estimate;
import org.strait.fit.FitResult;
import org.strait.model.ensemble.EnsembleResult;

/**
 * Writes {@code fit.json} beside a fitted scenario's ensemble: that its parameters came from a fit, and which one
 * (training window, fit seed, posterior draws, how the intervals were sampled), the starting level and the estimates,
 * next to the ensemble's own seed and version.
 */
public final class FitRecord {
  /** The file's name in the output folder. */
  public static final String FILE = "fit.json";

  private FitRecord() {}

  /** Writes {@code fit.json} into {@code dir} and returns its path. */
  public static Path write(EnsembleResult ensemble, FittedScenario scenario, StoreFit fit, Path dir) {
    FitResult r = fit.fit();
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("scenario", ensemble.scenarioId());
    root.put("seed", ensemble.seed());
    root.put("version", ensemble.version());
    root.put("runs", ensemble.runs());
    root.put("parameters", "fit");
    ObjectNode f = root.putObject("fit");
    f.put("trainStart", r.trainStart().toString());
    f.put("trainEnd", r.trainEnd().toString());
    f.put("fitSeed", fit.seed());
    f.put("calibrationSeed", r.seed());
    f.put("fitVersion", r.version());
    f.put("posteriorDraws", scenario.posteriorDraws());
    f.put("drawsUsed", scenario.draws().size());
    f.put("sampling", r.sampling().describe());
    f.put("converged", r.sampling().converged());
    f.put("startLevel", scenario.level());
    f.put("startLevelFrom", scenario.levelFrom());
    f.put("driversHeldAfter", r.trainEnd().toString());
    YearMonth before = scenario.spec().start().minusMonths(1);
    f.put("gapMonths", r.trainEnd().isBefore(before) ? gapMonths(r.trainEnd(), before) : 0);
    f.put("chronicle", "not applied (scenario shocks only)");
    List<String> replaced = scenario.replaced();
    replaced.forEach(f.putArray("replacedOverrides")::add);
    ObjectNode estimates = f.putObject("estimates");
    for (Estimate e : r.estimates()) {
      ObjectNode o = estimates.putObject(e.name());
      put(o, "value", e.value());
      put(o, "lower", e.lower());
      put(o, "upper", e.upper());
    }
    fit.data().notes().forEach(f.putArray("dataNotes")::add);
    Path file = dir.resolve(FILE);
    try {
      mapper.writeValue(file.toFile(), root);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
    return file;
  }

  /** Returns the number of months from {@code end} to {@code before}, e.g. 2014-12 to 2015-03 is 3. */
  public static long gapMonths(YearMonth end, YearMonth before) {
    return ChronoUnit.MONTHS.between(end, before);
  }

  private static void put(ObjectNode o, String name, double v) {
    if (Double.isFinite(v)) {
      o.put(name, v);
    } else {
      o.putNull(name);
    }
  }
}
