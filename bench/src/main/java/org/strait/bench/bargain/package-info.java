/**
 * Benchmarks of the bargaining models: {@link org.strait.bench.bargain.BargainTiming} (a timed main, the numbers
 * in {@code bench/README-bargain.md}) and {@link org.strait.bench.bargain.SmpBenchmark} (JMH).
 */
package org.strait.bench.bargain;
