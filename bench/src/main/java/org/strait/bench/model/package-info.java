/**
 * Benchmarks of the model: {@link org.strait.bench.model.ModelStepBenchmark} (JMH, one monthly step) and
 * {@link org.strait.bench.model.ModelScaling} (whole ensembles, scaling with runs and threads), and
 * {@link org.strait.bench.model.EnsembleDigest}, a fingerprint of the model's results that shows a faster engine
 * left every number as it was. Results and the commands that reproduce them are in {@code bench/README.md}.
 */
package org.strait.bench.model;
