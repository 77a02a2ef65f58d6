#!/usr/bin/env python3
"""The ensemble's vectorised peer: strait's monthly model written as a plain numpy loop over months, every array
holding all runs (struct of arrays), then the same summary (5 quantiles by NumPy's default "linear" method, the
mean, two threshold curves).

A cost peer, not a second implementation: per run-month it does the work of strait's step with all twelve
mechanisms -- 2 Poisson draws (tests), 7 uniforms (issue flares), 3 normals, 3 tanh, expm1 for the 3 linked issues,
the mechanisms' terms (state-dependent ones per run: M1 threat, M6 issue load, M7 contagion, M9 sentiment, M11 gap;
driver-only ones once per month) -- on stand-in drivers and default-sized parameters; its numbers are not strait's.
numpy runs each operation on one core.

Usage: ensemble_numpy.py [RUNS] [MONTHS] [REPEATS]; prints one JSON line (median and minimum in-process seconds,
CPU seconds, run-months per second). numpy: `python3 -c 'import numpy'`; if missing,
`python3 -m venv /tmp/np && /tmp/np/bin/pip install numpy` and run it with /tmp/np/bin/python.
"""
import json
import sys
import time

import numpy as np

ISSUES = 7
LABOUR, EXPORT, GSOMIA = 1, 4, 5
HISTORY = np.array([True, True, True, True, False, False, False])
DRIVERS = 13


def ensemble(runs, months, seed):
    rng = np.random.default_rng(seed)
    drivers = np.random.default_rng(7).normal(0, 0.5, size=(months, DRIVERS))
    baseline = np.zeros(DRIVERS)
    kappa, sigma, mu0 = 0.1, 0.45, 3.3
    threat_decay, w_n, w_m, lam_n, lam_m = 0.5 ** (1 / 6), 1.0, 0.2, 0.02, 0.5
    threat_base = (w_n * lam_n + w_m * lam_m) / (1 - threat_decay)
    issue_decay = np.full((ISSUES, 1), 0.5 ** (1 / 12))
    flare_rate = np.full((ISSUES, 1), 0.05)
    flare_size, contagion = 0.5, 0.2
    s_eq, s_rev, s_follow, s_hit, s_noise = -0.2, 0.05, 0.3, 0.1, 0.05
    b1, g1, b2, b3, ref3, b4, eta4, b5, b6 = 0.15, 0.5, 0.0, -3.0, 0.37, 0.3, 0.3, 0.2, 0.1
    b8, tau8, w8, damp9, cw10, sh10, by10, wd10, rho11, b12 = 0.1, 36.0, 0.25, 0.5, 0.5, -1.0, 2012.0, 1.0, 0.2, 0.1

    xjk = np.full(runs, 1.0)
    xkj = xjk.copy()
    y = np.full(runs, np.arctanh(-0.3))
    threat = np.zeros(runs)
    issues = np.zeros((ISSUES, runs))
    issues[LABOUR] = 0.4
    issues[EXPORT] = 0.3
    paths = np.empty((months, runs))
    for t in range(months):
        d = drivers[t]
        dev = d - baseline
        year = 2023.25 + t / 12
        sentiment = np.tanh(y)
        threat *= threat_decay
        issues *= issue_decay
        hazard = np.zeros((ISSUES, runs))  # M7
        hazard[EXPORT] += contagion * issues[LABOUR]
        hazard[LABOUR] += contagion * issues[EXPORT]
        hazard[GSOMIA] += contagion * issues[EXPORT]
        threat += w_n * rng.poisson(lam_n, runs) + w_m * rng.poisson(lam_m, runs)
        flared = rng.random((ISSUES, runs)) < -np.expm1(-(flare_rate + hazard))
        issues = np.where(flared, issues + flare_size * (1 - issues), issues)
        history = flared[HISTORY].sum(axis=0)
        # driver-only terms, one number per month: M2, M3, M4's push, M5, M8, M10, M12
        push = b2 * dev[2] * d[3] + b4 * dev[4] - b12 * dev[5] + b8 * (
            (2 * np.exp(-abs(d[6]) / tau8) - 1) + w8 * (2 * np.exp(-abs(d[7]) / tau8) - 1))
        shift = b3 * (d[8] - ref3) + cw10 / (1 + np.exp(-(year - 1991.92) / wd10)) + sh10 / (
            1 + np.exp(-(year - by10) / wd10))
        factor4 = 1 - eta4 + eta4 / (1 + np.exp(-d[4]))
        directed_kj = -b5 * dev[9]
        # per-run terms: M1, M6, M9, M11
        p1 = b1 * (dev[0] + threat - threat_base) * (1 + g1 * d[1])
        p6 = -b6 * issues.sum(axis=0)
        per_run = p1 + p6
        coop = np.maximum(per_run, 0) + max(push, 0)
        hostile = np.minimum(per_run, 0) + min(push, 0)
        g = factor4 * (1 - damp9 * (1 - sentiment) / 2)
        gap = rho11 * (xkj - xjk)
        mu = mu0 + shift
        e = rng.standard_normal((3, runs))
        xjk += kappa * (mu - xjk) + g * coop + hostile + gap + sigma * e[0]
        xkj += kappa * (mu - xkj) + g * (coop + max(directed_kj, 0)) + hostile + min(directed_kj, 0) - gap \
            + sigma * e[1]
        tau = (10 * np.tanh(xjk / 10) + 10 * np.tanh(xkj / 10)) / 2
        y += s_rev * (s_eq - y) + s_follow * tau / 10 - s_hit * history + s_noise * e[2]
        paths[t] = tau
        baseline += 0.0561 * (d - baseline)
    quantiles = np.quantile(paths, [0.05, 0.25, 0.5, 0.75, 0.95], axis=1)
    mean = paths.mean(axis=1)
    curves = []
    for crossed in (paths < -1.5, paths > 2.0):
        curves.append((crossed.mean(axis=1), np.logical_or.accumulate(crossed, axis=0).mean(axis=1)))
    return quantiles, mean, curves


def main():
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    months = int(sys.argv[2]) if len(sys.argv) > 2 else 120
    repeats = int(sys.argv[3]) if len(sys.argv) > 3 else 5
    ensemble(runs, months, 99)  # warm-up
    walls, cpus = [], []
    for r in range(repeats):
        w0, c0 = time.perf_counter(), time.process_time()
        ensemble(runs, months, r)
        walls.append(time.perf_counter() - w0)
        cpus.append(time.process_time() - c0)
    walls.sort()
    cpus.sort()
    median = walls[repeats // 2]
    print(json.dumps({"peer": "numpy", "numpy": np.__version__, "runs": runs, "months": months,
                      "median_s": round(median, 4), "min_s": round(walls[0], 4),
                      "median_cpu_s": round(cpus[repeats // 2], 4),
                      "run_months_per_s": round(runs * months / median, 1)}, separators=(",", ":")))


if __name__ == "__main__":
    main()
