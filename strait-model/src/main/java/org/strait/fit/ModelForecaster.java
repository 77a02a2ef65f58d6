package org.strait.fit;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.strait.core.Require;

/**
 * The fitted model as a {@link Forecaster}: at each origin it runs the Kalman filter over the data up to the origin
 * and draws Monte Carlo paths of the index from the filtered state. When the fit kept posterior draws
 * ({@link FitResult#posterior()}), the paths are split into {@value #GROUPS} groups, each with its own parameter draw
 * (picked from {@code rng}) and its own filter run: the forecast carries the parameters' uncertainty (a posterior
 * predictive distribution); otherwise the parameters are held at the posterior mode.
 *
 * <p>Unconditional: the drivers stay at their values in the origin month (months since each inauguration still
 * count up) and North Korean tests and issue flares are drawn from their fitted rates; it reads nothing after the
 * origin (it is given a view cut there). Conditional: told the drivers and the chronicle's dated shocks of the
 * forecast months (never the index), with no random tests or flares beyond those; months past the end of the data
 * (never scored) take the last month's drivers. Reports label the two apart.
 *
 * <p>The forecast of a month's headline carries the observation noise the likelihood gives a headline observation:
 * the filter reads each direction with variance {@code r²/w} (w the month's event count over the mean count), so
 * the headline, their mean, has {@code r²/(2w)}, and a month observed only as a headline {@code r²/w}. The month's
 * count is not known at the origin: each month of each path draws its {@code 1/(k·w)} (k = 2 or 1) from the
 * observed months among the last {@value #RECENT} up to the origin (1 when none is observed), the recent density of
 * the record, so that the month's observation law is the scale mixture of normals the unknown count makes of it.
 * (Before issue 20's second part the paths carried {@code r²}, the noise of one direction in a month of mean count:
 * twice the headline's variance. From the second part to the fourth they carried a normal of the mixture's variance,
 * the mean of {@code 1/(k·w)}: the same variance, but one thin recent month widened every path, and the central
 * intervals were too wide.)
 */
public final class ModelForecaster extends NamedForecaster {
  /** Parameter draws per forecast when the fit has a posterior sample. */
  static final int GROUPS = 50;
  /** The months up to the origin whose density sets the forecast's observation noise. */
  static final int RECENT = 12;
  private final FitResult fit;
  private final FitInput data;
  private final SpreadSources sources;

  /**
   * Creates a forecaster.
   *
   * @param name the name reports show
   * @param fit the fitted parameters
   * @param data the whole input; the index is read only up to each origin, and the drivers and chronicle after the
   *     origin only when {@code conditional}
   * @param conditional whether the forecast is told the drivers and dated shocks of the forecast period
   */
  public ModelForecaster(String name, FitResult fit, FitInput data, boolean conditional) {
    this(name, fit, data, conditional, SpreadSources.ALL);
  }

  /**
   * Creates a forecaster whose paths carry only the sources of uncertainty {@code sources} switches on: a
   * diagnosis of where the forecast's spread comes from; reports use {@link SpreadSources#ALL}.
   */
  public ModelForecaster(String name, FitResult fit, FitInput data, boolean conditional, SpreadSources sources) {
    super(name, conditional);
    this.fit = Require.nonNull(fit, "fit");
    this.data = Require.nonNull(data, "data");
    this.sources = Require.nonNull(sources, "sources");
  }

  @Override
  public double[][] paths(MonthlySeries history, int horizon, int samples, SplittableRandom rng) {
    YearMonth origin = history.end();
    FitInput seen = data.until(origin);
    Table past = Table.of(seen);
    YearMonth first = origin.plusMonths(1);
    Table future = conditional ? Table.future(data.drivers(), data.chronicle(), first, horizon, data.end())
        : Table.frozen(seen.drivers(), origin, first, horizon, past.tokyoChanges());
    double[] noiseFactors = noiseFactors(past);
    PosteriorSample posterior = fit.posterior();
    if (posterior.size() == 0 || !sources.parameters()) {
      Theta th = fit.theta();
      return StateSpace.sample(th, StateSpace.filter(th, past), future, !conditional, samples, rng, sources,
          noiseFactors);
    }
    int groups = Math.min(samples, GROUPS);
    double[][] out = new double[samples][];
    for (int g = 0; g < groups; g++) {
      Theta th = new Theta(posterior.values(rng.nextInt(posterior.size()), fit.values()), fit.enabled());
      int from = (int) ((long) samples * g / groups);
      int to = (int) ((long) samples * (g + 1) / groups);
      double[][] part = StateSpace.sample(th, StateSpace.filter(th, past), future, !conditional, to - from, rng,
          sources, noiseFactors);
      System.arraycopy(part, 0, out, from, to - from);
    }
    return out;
  }

  /**
   * Returns {@code 1/(k·w)} of each observed month among the last {@value #RECENT} of {@code past} (k = 2 when both
   * directions were observed, else 1; w the month's weight), or {1} when none was observed: the variances, in units
   * of {@code r²}, that a forecast month's observation noise draws from.
   */
  static double[] noiseFactors(Table past) {
    double[] f = new double[RECENT];
    int k = 0;
    for (int i = Math.max(0, past.n - RECENT); i < past.n; i++) {
      if (past.weight[i] <= 0) {
        continue;
      }
      if (!Double.isNaN(past.jpnToKor[i]) && !Double.isNaN(past.korToJpn[i])) {
        f[k++] = 1 / (2 * past.weight[i]);
      } else if (!Double.isNaN(past.headline[i])) {
        f[k++] = 1 / past.weight[i];
      }
    }
    return k == 0 ? new double[] {1} : Arrays.copyOf(f, k);
  }
}
