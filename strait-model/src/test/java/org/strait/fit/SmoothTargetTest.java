package org.strait.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.strait.model.MechanismId;
import org.strait.model.ParameterSpec;

/**
 * The sampler's coordinates change the walk, not the posterior: SmoothTarget's density of v is the objective's
 * density of the parameters times |dθ/dv|, the Jacobian here taken by central differences of the map v → θ itself
 * (not from the code's log-Jacobian), so that the difference is the same constant at every point.
 */
class SmoothTargetTest {
  private static final Set<MechanismId> SOME = EnumSet.of(MechanismId.M1, MechanismId.M6, MechanismId.M9,
      MechanismId.M11, MechanismId.M3);

  @Test
  void value_isTheObjectiveLessTheLogJacobianOfTheMap_upToOneConstant() {
    FitInput in = Synthetic.generate(Synthetic.recoveryTruth(), SOME, YearMonth.of(2005, 1), 48, true, 41);
    List<ParameterSpec> specs = FitSpace.fitted(SOME);
    Objective objective = new Objective(Table.of(in), specs, SOME, FitSpace.defaults());
    int n = specs.size();
    boolean[] log = new boolean[n];
    double[] mode = new double[n];
    for (int j = 0; j < n; j++) {
      log[j] = Laplace.LOG_SCALE.contains(specs.get(j).name());
      mode[j] = objective.z(j, specs.get(j).defaultValue());
    }
    SmoothTarget target = new SmoothTarget(objective, log);
    LogScaled scales = new LogScaled(objective, log);
    double[] centre = target.v(mode);
    SplittableRandom rng = new SplittableRandom(3);
    double constant = Double.NaN;
    int transformed = 0;
    for (int point = 0; point < 20; point++) {
      double[] v = centre.clone();
      for (int j = 0; j < n; j++) {
        if (Double.isInfinite(target.lo[j]) || Double.isInfinite(target.hi[j])) {
          v[j] = Math.min(target.hi[j] - 1e-3, centre[j] + 2 * (rng.nextDouble() - 0.5));
        }
      }
      double[] w = scales.w(mode);
      double logJacobian = 0;
      for (int j = 0; j < n; j++) {
        double theta = target.value(j, v[j]);
        if (Double.isInfinite(target.lo[j]) || Double.isInfinite(target.hi[j])) {
          transformed += point == 0 ? 1 : 0;
          double h = 1e-5;
          double slope = (target.value(j, v[j] + h) - target.value(j, v[j] - h)) / (2 * h);
          logJacobian += Math.log(slope / objective.scale(j));
          w[j] = objective.z(j, theta);
        } else {
          w[j] = v[j];
        }
      }
      double difference = target.value(v) - (scales.value(w) - logJacobian);
      if (Double.isNaN(constant)) {
        constant = difference;
      }
      assertThat(difference).as("point %s", point).isCloseTo(constant, within(1e-4));
    }
    // five key parameters and nine rates
    assertThat(transformed).isEqualTo(14);
  }
}
