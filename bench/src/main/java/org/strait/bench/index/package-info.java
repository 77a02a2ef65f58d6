/**
 * The turning-point detector measured: precision and recall at plus or minus one month on synthetic series with
 * known changes of level and shocks ({@link org.strait.bench.index.SyntheticTurns}) and on the shared record against
 * the reference list of major turns ({@link org.strait.bench.index.TurnAccuracy}), and the ceiling of any detector on
 * the monthly measures: how far each reference turn moves them ({@link org.strait.bench.index.TurnCeiling}); and why
 * the index's band barely follows a month's event count ({@link org.strait.bench.index.LevelBands}). Results in
 * docs/indices.md.
 */
package org.strait.bench.index;
