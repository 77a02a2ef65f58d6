package org.strait.model.mechanism;

import java.util.List;
import org.strait.model.Driver;
import org.strait.model.Mechanism;
import org.strait.model.MechanismId;
import org.strait.model.MechanismSpec;
import org.strait.model.ParameterSpec;
import org.strait.model.ParameterValues;
import org.strait.model.SeedClaim;
import org.strait.model.Step;

/**
 * M8, administration cycle: governments begin cordial with the neighbour and sour by mid-term.
 *
 * <p>Seed 001: successive South Korean administrations sought cordial relations with Japan at their outset, and
 * relations became unstable in the middle or at the end of their terms. Term, both directions:
 * {@code push = beta · (h(m_Seoul) + w · h(m_Tokyo))}, {@code h(m) = 2·exp(-m/tau) - 1}: +1 at inauguration, 0 at
 * {@code tau·ln 2} months, towards -1 late in the term. The seed speaks of Seoul; Tokyo's weight {@code w} is
 * open. Confirmed by a rise after inaugurations and a decline later.
 *
 * <p>Parameters: {@code M8.beta} index points/month, 0..1, prior N(0.1, 0.1); {@code M8.tau} months, 6..120,
 * prior N(36, 12); {@code M8.tokyoWeight} 0..1, prior U(0, 1), default 0.25.
 *
 * <p>State-free ({@link Mechanism.StateFree}): its push reads only the months since each inauguration, never the run's
 * state.
 */
public final class AdministrationCycle extends DeclaredMechanism implements Mechanism.StateFree {
  /** Size of the honeymoon and of the late-term souring. */
  public static final String BETA = "M8.beta";
  /** Time scale of the cycle. */
  public static final String TAU = "M8.tau";
  /** Weight of Tokyo's cycle relative to Seoul's. */
  public static final String TOKYO_WEIGHT = "M8.tokyoWeight";
  /** What M8 declares: its parameters, its key parameter {@link #BETA} and the claims it tests. */
  public static final MechanismSpec SPEC = new MechanismSpec(MechanismId.M8, "Administration cycle", List.of("001"),
      List.of(
          ParameterSpec.normal(BETA, "index points/month", 0, 1, 0.1, 0.1,
              "push at inauguration; the same size of cooling late in the term"),
          ParameterSpec.normal(TAU, "months", 6, 120, 36, 12,
              "time scale: the term's push crosses zero at tau*ln2 months"),
          ParameterSpec.uniform(TOKYO_WEIGHT, "dimensionless", 0, 1, 0.25,
              "weight of the Japanese prime minister's cycle (seed 001 speaks of Seoul's)")),
      BETA,
      List.of(
          new SeedClaim(MechanismId.M8, "M8", "seed 001", 1,
              "governments start cordial and sour by mid-term (M8.beta > 0)")));

  private final double beta;
  private final double tau;
  private final double tokyoWeight;

  /** Creates M8 from the parameters' values. */
  public AdministrationCycle(ParameterValues p) {
    super(SPEC);
    beta = p.get(BETA);
    tau = p.get(TAU);
    tokyoWeight = p.get(TOKYO_WEIGHT);
  }

  /** Returns the cycle shape at {@code months} after an inauguration, +1 at zero, falling towards -1. */
  public double shape(double months) {
    return 2 * Math.exp(-Math.max(0, months) / tau) - 1;
  }


  @Override
  public void push(Step s) {
    s.push(beta * (shape(s.driver(Driver.MONTHS_SINCE_SEOUL_INAUGURATION))
        + tokyoWeight * shape(s.driver(Driver.MONTHS_SINCE_TOKYO_INAUGURATION))));
  }
}
