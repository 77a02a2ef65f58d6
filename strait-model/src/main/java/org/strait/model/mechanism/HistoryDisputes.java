package org.strait.model.mechanism;

import java.util.List;
import org.strait.model.Issue;
import org.strait.model.MechanismId;
import org.strait.model.MechanismSpec;
import org.strait.model.ParameterSpec;
import org.strait.model.ParameterValues;
import org.strait.model.SeedClaim;
import org.strait.model.Step;

/**
 * M6, history and territory disputes: comfort women, wartime labour, Dokdo/Takeshima, textbooks and shrine visits
 * (and the disputes they spawned) flare and decay, and cool the relation while they are active.
 *
 * <p>Seeds: 000 (history as one face of a deeper divergence), 001 (colonial-era grievances, the 2018 ruling and
 * the 2019 export controls), 003 (Fukushima water, the Olympic map of the islands), 004 (history rekindled in the
 * 2010s). The issue states themselves (flares, half-lives) are the model's auxiliary states, present whether or not
 * M6 is on; M6 is their effect on the relation. Term, both directions:
 * {@code push = -beta · Σ_i a_i} with {@code a_i ∈ [0, 1]} the issue states. Confirmed by a positive {@code beta}.
 *
 * <p>Parameter: {@code M6.beta} index points/month per fully inflamed issue, 0..3, prior N(0.1, 0.1).
 */
public final class HistoryDisputes extends SlopeMechanism {
  /** Cooling per fully inflamed issue. */
  public static final String BETA = "M6.beta";
  /** What M6 declares: its parameters, its key parameter {@link #BETA} and the claims it tests. */
  public static final MechanismSpec SPEC = new MechanismSpec(MechanismId.M6,
      "History and territory disputes", List.of("000", "001", "003", "004"),
      List.of(
          ParameterSpec.normal(BETA, "index points/month per issue", 0, 3, 0.1, 0.1,
              "cooling per fully inflamed dispute")),
      BETA,
      List.of(
          new SeedClaim(MechanismId.M6, "M6", "seeds 000, 001, 003, 004", 1,
              "active history disputes cool the relation (M6.beta > 0)")));

  private static final Issue[] ISSUES = Issue.values();

  /** Creates M6 from the parameters' values. */
  public HistoryDisputes(ParameterValues p) {
    super(SPEC, p);
  }

  @Override
  public void push(Step s) {
    double load = 0;
    for (Issue i : ISSUES) {
      load += s.issue(i);
    }
    s.push(-beta * load);
  }
}
