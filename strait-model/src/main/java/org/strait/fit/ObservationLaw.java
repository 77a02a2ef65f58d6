package org.strait.fit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.strait.core.Require;

/**
 * A check of the observation law {@code s² + r²/(k·w)} on a fit's training months: the months are sorted by their
 * weight w (event count over the mean count) and cut into bins of equal size; per bin, the mean squared one-month headline
 * innovation at the posterior mode beside what the model predicts for it, the latent headline's predictive
 * variance plus {@code s² + r²/(k·w)} (k = 2 when both directions were observed; s the count-independent floor,
 * 0 before issue 20's part 6). A ratio near 1 in every bin says that
 * the law holds; a ratio that rises with w says that the noise does not shrink as fast as {@code 1/w}. A diagnosis,
 * not part of the model; the first {@value #SKIP} months (the filter's start) are left out.
 */
public final class ObservationLaw {
  static final int SKIP = 12;

  private ObservationLaw() {}

  /**
   * One bin of months.
   *
   * @param months how many months
   * @param weight their mean weight w
   * @param squaredInnovation their mean squared headline innovation
   * @param latent their mean predictive variance of the latent headline
   * @param observation their mean observation variance {@code s² + r²/(k·w)}
   */
  public record Bin(int months, double weight, double squaredInnovation, double latent, double observation) {
    /** Returns the squared innovations over what the model predicts for them. */
    public double ratio() {
      return squaredInnovation / (latent + observation);
    }
  }

  /** Returns {@code bins} bins of the observed months of {@code data} (the fit's training months) at the mode. */
  public static List<Bin> of(FitResult fit, FitInput data, int bins) {
    return of(fit.theta(), Table.of(data.until(fit.trainEnd())), bins);
  }

  /** Returns {@code bins} bins of the observed months of {@code tab} at the parameters {@code th}. */
  static List<Bin> of(Theta th, Table tab, int bins) {
    Require.argument(bins >= 1, "bins must be at least 1, was %s", bins);
    StateSpace.Filtered f = StateSpace.filterRecording(th, tab);
    List<double[]> rows = new ArrayList<>();
    for (int i = SKIP; i < tab.n; i++) {
      if (Double.isNaN(f.innovation[i])) {
        continue;
      }
      boolean directed = !Double.isNaN(tab.jpnToKor[i]) && !Double.isNaN(tab.korToJpn[i]);
      double w = tab.weight[i];
      rows.add(new double[] {w, f.innovation[i] * f.innovation[i], f.latentVariance[i],
          th.obsFloor * th.obsFloor + th.obsNoise * th.obsNoise / ((directed ? 2 : 1) * w)});
    }
    rows.sort(Comparator.comparingDouble(x -> x[0]));
    List<Bin> out = new ArrayList<>();
    for (int b = 0; b < bins; b++) {
      int from = rows.size() * b / bins;
      int to = rows.size() * (b + 1) / bins;
      double[] sum = new double[4];
      for (int j = from; j < to; j++) {
        for (int c = 0; c < 4; c++) {
          sum[c] += rows.get(j)[c];
        }
      }
      int n = Math.max(1, to - from);
      out.add(new Bin(to - from, sum[0] / n, sum[1] / n, sum[2] / n, sum[3] / n));
    }
    return out;
  }
}
