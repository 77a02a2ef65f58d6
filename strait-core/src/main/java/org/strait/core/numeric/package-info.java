/**
 * The numerics every module shares, each written once: sample quantiles ({@link org.strait.core.numeric.Quantiles}),
 * normal and Poisson draws ({@link org.strait.core.numeric.Draws}), the ensemble step's tanh
 * ({@link org.strait.core.numeric.Tanh}), and the seeded replicate loop, replicate
 * {@code i} on stream {@code i} on any number of threads ({@link org.strait.core.numeric.Replicates}).
 */
package org.strait.core.numeric;
