/**
 * The calibration benchmark: a full fit of ten years of monthly data, timed, and the full-model parameter-recovery
 * study. Read {@link org.strait.bench.fit.FitBenchmark}; {@link org.strait.bench.fit.MixingDiagnosis} measures how
 * the full fit's chains mix on a store, {@link org.strait.bench.fit.ElpdNoise} how the verdicts' elpd differences move
 * with the refits' sampler seed. Results in {@code bench/README.md}.
 */
package org.strait.bench.fit;
