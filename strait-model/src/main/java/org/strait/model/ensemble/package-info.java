/**
 * Monte Carlo ensembles: many seeded replicates of one simulation, summarised as per-month quantiles and threshold
 * crossing probabilities; with {@link org.strait.model.ensemble.ParameterDraws}, one parameter set per replicate
 * (parameter uncertainty). Read {@link org.strait.model.ensemble.Ensemble} first.
 */
package org.strait.model.ensemble;
