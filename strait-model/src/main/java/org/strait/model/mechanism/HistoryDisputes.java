package org.strait.model.mechanism;

import java.util.List;
import org.strait.model.Issue;
import org.strait.model.Mechanism;
import org.strait.model.MechanismId;
import org.strait.model.ParameterSpec;
import org.strait.model.Parameters;
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
public final class HistoryDisputes implements Mechanism {
  /** Cooling per fully inflamed issue. */
  public static final String BETA = "M6.beta";
  /** The specs of M6's parameter. */
  public static final List<ParameterSpec> SPECS = List.of(
      ParameterSpec.normal(BETA, "index points/month per issue", 0, 3, 0.1, 0.1,
          "cooling per fully inflamed dispute"));

  private static final Issue[] ISSUES = Issue.values();
  private final double beta;

  /** Creates M6 from the parameters' values. */
  public HistoryDisputes(Parameters p) {
    beta = p.get(BETA);
  }

  @Override
  public MechanismId id() {
    return MechanismId.M6;
  }

  @Override
  public List<ParameterSpec> parameters() {
    return SPECS;
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
