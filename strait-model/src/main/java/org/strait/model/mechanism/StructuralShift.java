package org.strait.model.mechanism;

import java.util.List;
import org.strait.model.Mechanism;
import org.strait.model.MechanismId;
import org.strait.model.MechanismSpec;
import org.strait.model.ParameterSpec;
import org.strait.model.ParameterValues;
import org.strait.model.SeedClaim;
import org.strait.model.Step;

/**
 * M10, structural shift: the end of the Cold War eased relations; in the early 2010s China's rise as a sea power,
 * Korea's industrialisation and the separation of the China and Korea questions rekindled friction.
 *
 * <p>Seed 004 (Okonogi): democratisation and the end of the Cold War favoured reconciliation in the 1990s and 2000s;
 * in the 2010s, with China a world power and Korea industrialised, friction returned. Seed 002 (Kimura): from the
 * early 2010s the US–China contest moved from land to sea and the China and Korea questions came apart. Term: two
 * smooth equilibrium shifts, {@code Δμ = a · L((year - 1991.92)/w) + b · L((year - breakYear)/w)} with L the
 * logistic function and w in years; 1991.92 is December 1991, the dissolution of the Soviet Union. Confirmed by a
 * negative {@code b} (a break in the level in the early 2010s).
 *
 * <p>Parameters: {@code M10.coldWarEnd} index points, -5..5, prior N(0.5, 0.5); {@code M10.shift2010s} index points,
 * -5..5, prior N(-1, 1); {@code M10.breakYear} decimal year, 2008..2016, prior N(2012, 1.5);
 * {@code M10.widthYears} years, 0.1..5, prior N(1, 0.5).
 *
 * <p>State-free ({@link Mechanism.StateFree}): its push reads only the month's year, never the run's state.
 */
public final class StructuralShift extends DeclaredMechanism implements Mechanism.StateFree {
  /** Shift after the end of the Cold War. */
  public static final String COLD_WAR_END = "M10.coldWarEnd";
  /** Shift in the early 2010s. */
  public static final String SHIFT_2010S = "M10.shift2010s";
  /** Centre of the 2010s break. */
  public static final String BREAK_YEAR = "M10.breakYear";
  /** Width of both transitions. */
  public static final String WIDTH = "M10.widthYears";
  /** The end of the Cold War, December 1991, as a decimal year. */
  public static final double COLD_WAR_END_YEAR = 1991 + 11 / 12.0;
  /** What M10 declares: its parameters, its key parameter {@link #SHIFT_2010S} and the claims it tests. */
  public static final MechanismSpec SPEC = new MechanismSpec(MechanismId.M10, "Structural shift", List.of("002", "004"),
      List.of(
          ParameterSpec.normal(COLD_WAR_END, "index points", -5, 5, 0.5, 0.5,
              "equilibrium shift after the end of the Cold War (seed 004)"),
          ParameterSpec.normal(SHIFT_2010S, "index points", -5, 5, -1, 1,
              "equilibrium shift in the early 2010s (seeds 002, 004); negative = friction rekindled"),
          ParameterSpec.normal(BREAK_YEAR, "year", 2008, 2016, 2012, 1.5, "centre of the 2010s break"),
          ParameterSpec.normal(WIDTH, "years", 0.1, 5, 1, 0.5, "width of the transitions")),
      SHIFT_2010S,
      List.of(
          new SeedClaim(MechanismId.M10, "M10", "seeds 002, 004", -1,
              "the equilibrium fell in the early 2010s (M10.shift2010s < 0)")));

  private final double coldWarEnd;
  private final double shift2010s;
  private final double breakYear;
  private final double width;

  /** Creates M10 from the parameters' values. */
  public StructuralShift(ParameterValues p) {
    super(SPEC);
    coldWarEnd = p.get(COLD_WAR_END);
    shift2010s = p.get(SHIFT_2010S);
    breakYear = p.get(BREAK_YEAR);
    width = p.get(WIDTH);
  }

  /** Returns the equilibrium shift in decimal year {@code year}. */
  public double shift(double year) {
    return coldWarEnd * logistic((year - COLD_WAR_END_YEAR) / width) + shift2010s * logistic((year - breakYear) / width);
  }


  @Override
  public void push(Step s) {
    s.shiftEquilibrium(shift(s.year()));
  }

  private static double logistic(double z) {
    return 1 / (1 + Math.exp(-z));
  }
}
