/**
 * The load test of the HTTP API: {@link org.strait.bench.web.WebLoadBenchmark} starts strait's server on loopback
 * over a generated store, drives its read endpoints at a fixed rate and floods the job queue, and reports latency
 * percentiles, errors and refusals. Results and the command are in {@code bench/README-web.md}.
 */
package org.strait.bench.web;
