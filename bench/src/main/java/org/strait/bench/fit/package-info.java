/**
 * The calibration benchmark: a full fit of ten years of monthly data, timed, and the full-model parameter-recovery
 * study. Read {@link org.strait.bench.fit.FitBenchmark}; {@link org.strait.bench.fit.MixingDiagnosis} measures how
 * the full fit's chains mix on a store. Results in {@code bench/README.md}.
 */
package org.strait.bench.fit;
