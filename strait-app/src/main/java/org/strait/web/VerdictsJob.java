package org.strait.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.YearMonth;
import java.util.List;
import org.strait.app.Defaults;
import org.strait.core.Progress;
import org.strait.app.TrainTest;
import org.strait.app.VerdictService;
import org.strait.app.VerdictsKept;
import org.strait.app.Window;
import org.strait.app.fit.FitData;
import org.strait.store.StoreException;

/**
 * The job type {@code verdicts}: the verdict table of {@code strait verdicts} ({@link VerdictService}) on the
 * server's store. The result is the verdict report's JSON document: per mechanism its key parameter's estimate and
 * interval and, per seed claim on it, the claim's source, prediction, agreement, verdict and reason. The table is
 * kept in the store ({@link VerdictsKept}), where {@code GET /api/verdicts/latest} finds it; on a store the server
 * opened read-only the result says it was not kept ({@code kept: false} and why).
 */
final class VerdictsJob extends NamedJobType {
  static final String NAME = "verdicts";
  /** The most Monte Carlo paths per forecast. */
  static final int MAX_SAMPLES = 500;

  private final StoreReads reads;
  private final ObjectMapper mapper;

  VerdictsJob(StoreReads reads, ObjectMapper mapper) {
    super(NAME, "Fits the model, refits it without each mechanism, backtests every fit and gives the verdict on each"
        + " seed claim (as strait verdicts).");
    this.reads = reads;
    this.mapper = mapper;
  }

  @Override
  public List<ParamSpec> parameters() {
    return List.of(
        new ParamSpec("trainFrom", ParamSpec.Kind.MONTH, false, "2005-01", null, null,
            "first month of the training window"),
        new ParamSpec("trainTo", ParamSpec.Kind.MONTH, false, "2011-12", null, null,
            "last month of the training window (at least 24 months after trainFrom)"),
        new ParamSpec("testTo", ParamSpec.Kind.MONTH, false, "2014-12", null, null,
            "last month of the test window, which starts the month after trainTo"),
        ParamSpec.integer("samples", Defaults.VERDICT_SAMPLES, 20, MAX_SAMPLES, "Monte Carlo paths per forecast"),
        ParamSpec.integer("seed", Defaults.SEED, 0, 1L << 53, "base seed"));
  }

  @Override
  public Job create(JobParams params) {
    YearMonth trainFrom = params.month("trainFrom");
    YearMonth trainTo = params.month("trainTo");
    YearMonth testTo = params.month("testTo");
    if (trainTo.isBefore(trainFrom)) {
      throw new ValidationException("params.trainTo", "the training window " + trainFrom + ".." + trainTo
          + " needs at least 24 months");
    }
    if (!testTo.isAfter(trainTo)) {
      throw new ValidationException("params.testTo", "month " + testTo + " must come after params.trainTo " + trainTo);
    }
    TrainTest windows = new TrainTest(new Window(trainFrom, trainTo), new Window(trainTo.plusMonths(1), testTo));
    try {
      VerdictService.check(windows);
    } catch (IllegalArgumentException e) {
      throw new ValidationException("params.trainTo", e.getMessage());
    }
    int samples = (int) params.integer("samples");
    long seed = params.integer("seed");
    return context -> {
      Progress.Steps steps = context.cancellable().steps(VerdictsKept.steps());
      steps.next("reading the store");
      FitData data = reads.read("read the fit data", c -> VerdictService.read(c, windows, false));
      VerdictService.Verdicts verdicts = VerdictService.run(data, windows, samples, seed, steps::next);
      ObjectNode out = (ObjectNode) mapper.readTree(verdicts.json());
      out.put("seed", seed);
      out.put("samples", samples);
      try {
        reads.write(r -> verdicts.keep(r, "dashboard"));
        out.put("kept", true);
      } catch (StoreException e) { // a server on a read-only store shows the table but cannot keep it: it says so
        out.put("kept", false);
        out.put("notKept", "not kept in the store (" + e.getMessage() + "); strait verdicts keeps it");
      }
      steps.finish();
      return out;
    };
  }
}
