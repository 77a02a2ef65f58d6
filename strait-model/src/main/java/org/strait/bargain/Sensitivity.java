package org.strait.bargain;

import org.strait.core.Require;

/**
 * How much one actor's inputs move the predicted outcome on one dimension in a Monte Carlo: the squared
 * correlations between the outcome and the actor's perturbations of capability, salience and position, and their
 * sum (the share of the outcome's variance that those inputs explain to first order, when inputs are independent).
 *
 * @param actor the actor's name
 * @param dimension the dimension's name
 * @param capability squared correlation of the outcome with the capability perturbation
 * @param salience summed squared correlations with the salience perturbations
 * @param position summed squared correlations with the position perturbations
 */
public record Sensitivity(String actor, String dimension, double capability, double salience, double position) {

  /** Validates the values. */
  public Sensitivity {
    Require.nonNull(actor, "actor");
    Require.nonNull(dimension, "dimension");
  }

  /** Returns the first-order share of variance explained by this actor's inputs. */
  public double share() {
    return capability + salience + position;
  }
}
