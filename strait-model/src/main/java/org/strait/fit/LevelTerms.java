package org.strait.fit;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.strait.core.Require;
import org.strait.model.MechanismId;
import org.strait.model.MonthTerms;

/**
 * Which mechanisms set the level of a fit's long unconditional forecast: per mechanism, the mean of its terms'
 * push on the temperature over the training months and over an unconditional forecast's months 13 to 60 (drivers
 * held at the training window's last month, random tests, flares and changes of government), each divided by the
 * reversion rate κ (a push p held for long moves the level by p/κ), averaged over posterior draws. A mechanism whose
 * forecast value differs from its training value moves the forecast's long run away from the level the training
 * months put it at: the equilibrium {@code μ0} was fitted against the training value.
 *
 * <p>A diagnosis, not part of the model: the temperatures the state-dependent terms (M9, M11) read are the
 * observed headline in training months and held at it in forecast months, and a mechanism's share is the change
 * of the total push when it alone is switched off.
 */
public final class LevelTerms {
  /** The first and last forecast month (1-based) averaged: the long run, after the origin's state has decayed. */
  static final int FROM = 13;
  static final int TO = 60;

  private LevelTerms() {}

  /**
   * One mechanism's level contribution (push/κ, index points) in the training months and in the forecast months.
   *
   * @param mechanism the mechanism, or null for the total of every mechanism and the equilibrium shifts
   * @param training the mean over the training months
   * @param forecast the mean over the unconditional forecast's months {@value #FROM}..{@value #TO}
   */
  public record Contribution(MechanismId mechanism, double training, double forecast) {
    /** Returns how far the mechanism moves the forecast's long run from the level of the training months. */
    public double shift() {
      return forecast - training;
    }
  }

  /**
   * Returns the total (first) and each mechanism's contribution for {@code fit} on its training months of {@code
   * data}, averaged over {@code draws} posterior draws (the mode when the fit kept none) and {@code paths} random
   * forecast paths per draw.
   */
  public static List<Contribution> of(FitResult fit, FitInput data, int draws, int paths, long seed) {
    Require.argument(draws >= 1 && paths >= 1, "draws and paths must be at least 1, were %s and %s", draws, paths);
    YearMonth end = fit.trainEnd();
    Table past = Table.of(data.until(end));
    Table future = Table.frozen(data.until(end).drivers(), end, end.plusMonths(1), TO, past.tokyoChanges());
    MechanismId[] ids = MechanismId.values();
    double[] training = new double[ids.length + 1];
    double[] forecast = new double[ids.length + 1];
    PosteriorSample post = fit.posterior();
    int n = post.size() == 0 ? 1 : draws;
    SplittableRandom rng = new SplittableRandom(seed);
    for (int d = 0; d < n; d++) {
      Theta th = post.size() == 0 ? fit.theta()
          : new Theta(post.values((int) ((long) d * post.size() / n), fit.values()), fit.enabled());
      for (int j = 0; j <= ids.length; j++) {
        Theta t = j == ids.length ? th : th.without(ids[j]);
        double[] pushes = pushes(t, past, future, paths, rng);
        training[j] += pushes[0] / t.reversion / n;
        forecast[j] += pushes[1] / t.reversion / n;
      }
    }
    List<Contribution> out = new ArrayList<>();
    out.add(new Contribution(null, training[ids.length], forecast[ids.length]));
    for (int j = 0; j < ids.length; j++) {
      out.add(new Contribution(ids[j], training[ids.length] - training[j], forecast[ids.length] - forecast[j]));
    }
    return out;
  }

  /** Returns {mean push over the training months, mean push over forecast months FROM..TO over the paths}. */
  private static double[] pushes(Theta th, Table past, Table future, int paths, SplittableRandom rng) {
    Dynamics dyn = new Dynamics(th);
    double x = th.equilibrium;
    double sum = 0;
    for (int i = 0; i < past.n; i++) {
      x = Double.isNaN(past.headline[i]) ? x : past.headline[i];
      dyn.month(past, i, x, x, false, null);
      sum += push(th, dyn.terms);
      dyn.sentimentAfter(x, x, 0);
    }
    double ahead = 0;
    for (int p = 0; p < paths; p++) {
      Dynamics path = dyn.copy();
      for (int i = 0; i < future.n; i++) {
        path.month(future, i, x, x, false, rng);
        ahead += i + 1 >= FROM ? push(th, path.terms) : 0;
        path.sentimentAfter(x, x, 0);
      }
    }
    return new double[] {sum / past.n, ahead / paths / (TO - FROM + 1)};
  }

  /** The month's push on the headline beyond κμ0: κΔμ plus the mean of the two directions' g·C + H. */
  private static double push(Theta th, MonthTerms m) {
    return th.reversion * m.equilibriumShift()
        + (m.cooperationFactor() * (m.cooperativeJk() + m.cooperativeKj()) + m.hostileJk() + m.hostileKj()) / 2;
  }
}
