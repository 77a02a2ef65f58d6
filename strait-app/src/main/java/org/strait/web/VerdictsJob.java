package org.strait.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.strait.app.Progress;
import org.strait.app.VerdictsKept;
import org.strait.app.fit.FitData;
import org.strait.app.fit.VerdictReports;
import org.strait.fit.Ablation;
import org.strait.fit.VerdictTable;
import org.strait.store.StoreException;

/**
 * The job type {@code verdicts}: the verdict table of {@code strait verdicts} ({@link Ablation#run}: the full fit on
 * the training window, one refit without each mechanism, every fit backtested on the test window) on the server's
 * store. The result is {@link VerdictReports#json}'s document: per mechanism its key parameter's estimate and
 * interval and, per seed claim on it, the claim's source, prediction, agreement, verdict and reason. The table is
 * kept in the store ({@link VerdictsKept}), where {@code GET /api/verdicts/latest} finds it; on a store the server
 * opened read-only the result says it was not kept ({@code kept: false} and why).
 */
final class VerdictsJob implements JobType {
  static final String NAME = "verdicts";
  /** The most Monte Carlo paths per forecast. */
  static final int MAX_SAMPLES = 500;

  private final StoreReads reads;
  private final ObjectMapper mapper;

  VerdictsJob(StoreReads reads, ObjectMapper mapper) {
    this.reads = reads;
    this.mapper = mapper;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "Fits the model, refits it without each mechanism, backtests every fit and gives the verdict on each seed"
        + " claim (as strait verdicts).";
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
        ParamSpec.integer("samples", 200, 20, MAX_SAMPLES, "Monte Carlo paths per forecast"),
        ParamSpec.integer("seed", 1, 0, 1L << 53, "base seed"));
  }

  @Override
  public Job create(JobParams params) {
    YearMonth trainFrom = params.month("trainFrom");
    YearMonth trainTo = params.month("trainTo");
    YearMonth testTo = params.month("testTo");
    if (!trainTo.isAfter(trainFrom.plusMonths(22))) {
      throw new ValidationException("params.trainTo", "the training window " + trainFrom + ".." + trainTo
          + " needs at least 24 months");
    }
    if (!testTo.isAfter(trainTo)) {
      throw new ValidationException("params.testTo", "month " + testTo + " must come after params.trainTo " + trainTo);
    }
    int samples = (int) params.integer("samples");
    long seed = params.integer("seed");
    return context -> {
      Progress.Steps steps = ((Progress) context::progress).steps(VerdictsKept.steps());
      steps.next("reading the store");
      FitData data = reads.read("read the fit data", c -> FitData.fromStore(c, trainFrom, testTo, trainTo));
      VerdictTable table = Ablation.run(data.input(), trainTo, testTo, samples, seed, line -> {
        if (context.cancelled()) {
          throw new CancellationException("cancelled");
        }
        steps.next(line);
      });
      String json = VerdictReports.json(table, data);
      ObjectNode out = (ObjectNode) mapper.readTree(json);
      out.put("seed", seed);
      out.put("samples", samples);
      try {
        reads.write(c -> VerdictsKept.keep(c, "dashboard", trainFrom, trainTo, testTo, seed,
            samples, json));
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
