package org.strait.bargain;

/**
 * One dimension of a dispute as the expected-utility model sees it: positions, capabilities and saliences (as
 * fractions) of every actor; actors with zero salience take no part.
 */
final class Issue {
  final double[] x;
  final double[] c;
  final double[] s;

  private Issue(double[] x, double[] c, double[] s) {
    this.x = x;
    this.c = c;
    this.s = s;
  }

  static Issue of(Dispute dispute, int k) {
    int n = dispute.size();
    double[] x = new double[n];
    double[] c = new double[n];
    double[] s = new double[n];
    for (int i = 0; i < n; i++) {
      Stakeholder a = dispute.stakeholders().get(i);
      x[i] = a.position(k);
      c[i] = a.capability();
      s[i] = a.salience(k) / 100;
    }
    return new Issue(x, c, s);
  }

  Issue moveTo(double[] positions) {
    return new Issue(positions.clone(), c, s);
  }

  boolean takesPart(int i) {
    return s[i] > 0;
  }

  int participants() {
    int count = 0;
    for (double si : s) {
      count += si > 0 ? 1 : 0;
    }
    return count;
  }

  /** Returns x_max - x_min over the participants, or 1 when they all agree (nothing is then contested). */
  double range() {
    double max = Double.NEGATIVE_INFINITY;
    double min = Double.POSITIVE_INFINITY;
    for (int i = 0; i < x.length; i++) {
      if (takesPart(i)) {
        max = Math.max(max, x[i]);
        min = Math.min(min, x[i]);
      }
    }
    return max > min ? max - min : 1;
  }

  /** Returns Σ_i c_i s_i (|x_i - x_k| - |x_i - x_j|), the votes for x_j over x_k (eq. 29 without the 1/R). */
  double votes(double xj, double xk) {
    double v = 0;
    for (int i = 0; i < x.length; i++) {
      v += c[i] * s[i] * (Math.abs(x[i] - xk) - Math.abs(x[i] - xj));
    }
    return v;
  }

  /** Returns the Condorcet winner among the participants' positions (midpoint of the tied winners). */
  double median() {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    double tolerance = 1e-12 * totalWeight() * range();
    for (int j = 0; j < x.length; j++) {
      if (!takesPart(j)) {
        continue;
      }
      boolean unbeaten = true;
      for (int k = 0; k < x.length && unbeaten; k++) {
        unbeaten = !takesPart(k) || votes(x[j], x[k]) >= -tolerance;
      }
      if (unbeaten) {
        lo = Math.min(lo, x[j]);
        hi = Math.max(hi, x[j]);
      }
    }
    return (lo + hi) / 2;
  }

  private double totalWeight() {
    double t = 0;
    for (int i = 0; i < x.length; i++) {
      t += c[i] * s[i];
    }
    return t;
  }

  /** Returns P^i, the probability that i prevails over j (eqs. 30–31). */
  double probability(int i, int j) {
    double top = 0;
    double bottom = 0;
    for (int k = 0; k < x.length; k++) {
      double a = Math.abs(x[k] - x[j]) - Math.abs(x[k] - x[i]);
      double w = c[k] * s[k];
      top += a > 0 ? w * a : 0;
      bottom += w * Math.abs(a);
    }
    return bottom > 0 ? top / bottom : 0.5;
  }
}
