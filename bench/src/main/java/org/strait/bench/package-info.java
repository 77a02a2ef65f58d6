/**
 * Benchmarks: JMH classes named {@code *Benchmark}, and whole-process harnesses that time strait side by side with
 * a peer in one run. Results and the commands that reproduce them are in {@code bench/README.md}.
 */
package org.strait.bench;
