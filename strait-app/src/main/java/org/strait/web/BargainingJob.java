package org.strait.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.strait.app.BargainService;
import org.strait.app.Defaults;
import org.strait.app.bargain.BargainCase;
import org.strait.app.bargain.BargainReport;
import org.strait.bargain.Uncertainty;

/**
 * The job type {@code bargaining}: bargains over one shipped case with the expected-utility ({@code eu}) or the
 * spatial ({@code smp}) model, with each model's default options, then runs a Monte Carlo over the inputs
 * ({@link Uncertainty#defaults()}, one thread). The result is {@link BargainReport#json}'s document (positions over
 * rounds per actor, final outcome next to the baseline, Monte Carlo outcomes and sensitivity) with the seed and
 * the number of runs.
 */
final class BargainingJob extends NamedJobType {
  static final String NAME = "bargaining";
  /** The most Monte Carlo runs per request. */
  static final int MAX_RUNS = 1_000;

  private final CaseCatalogue catalogue;
  private final ObjectMapper mapper;

  BargainingJob(CaseCatalogue catalogue, ObjectMapper mapper) {
    super(NAME, "Bargains over a shipped dispute with the expected-utility or the spatial model, with a Monte Carlo"
        + " over capabilities, saliences and positions.");
    this.catalogue = catalogue;
    this.mapper = mapper;
  }

  @Override
  public List<ParamSpec> parameters() {
    String first = catalogue.cases().keySet().stream().findFirst().orElse(null);
    return List.of(
        new ParamSpec("dispute", ParamSpec.Kind.TEXT, first == null, first, 1L, 100L,
            "the case id; GET /api/cases lists them"),
        new ParamSpec("model", ParamSpec.Kind.TEXT, false, "smp", 1L, 3L,
            "eu: expected utility (Scholz et al. 2011); smp: KTAB's spatial model"),
        ParamSpec.integer("runs", Defaults.BARGAIN_JOB_RUNS, 2, MAX_RUNS, "Monte Carlo runs over perturbed inputs"),
        ParamSpec.integer("seed", Defaults.SEED, 0, 1L << 53, "Monte Carlo seed; run i uses stream i of it"));
  }

  @Override
  public Job create(JobParams params) {
    String id = params.text("dispute");
    String modelName = params.text("model").toLowerCase(Locale.ROOT);
    List<FieldProblem> problems = new java.util.ArrayList<>();
    BargainCase c = catalogue.cases().get(id);
    if (c == null) {
      problems.add(new FieldProblem("params.dispute", "unknown case '" + id + "'; known: "
          + String.join(", ", catalogue.cases().keySet())));
    }
    if (!modelName.equals("eu") && !modelName.equals("smp")) {
      problems.add(new FieldProblem("params.model", "must be eu or smp, was '" + modelName + "'"));
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    int runs = (int) params.integer("runs");
    long seed = params.integer("seed");
    return context -> {
      BargainService.Outcome o = BargainService.run(c, BargainService.model(modelName, Map.of()), runs,
          Uncertainty.defaults(), seed, 1, context.cancellable());
      ObjectNode out = (ObjectNode) mapper.readTree(BargainReport.json(c, o.run(), o.monteCarlo(), seed,
          o.options()));
      out.put("case", id);
      out.put("seed", seed);
      out.put("runs", runs);
      return out;
    };
  }
}
