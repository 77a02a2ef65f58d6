#!/usr/bin/env python3
"""Runs `java ARGS...` and prints its wall time and CPU seconds by thread group (main, the fork-join workers, the
JIT's C1 and C2 compiler threads, ...), read from /proc/PID/task/*/stat every 10 ms until the process exits (Linux).

Usage (from the repository root): bench/thread-cpu.py -Xmx128m -XX:+UseSerialGC -jar strait-app/target/strait.jar \
    bargain target/tmp/csv320/random-320x1.csv --threads 2
The command's own output is discarded. A thread that ends between two samples loses at most its last 10 ms.
"""
import os
import re
import subprocess
import sys
import time

start = time.time()
proc = subprocess.Popen(["java"] + sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
ticks = {}
while proc.poll() is None:
    try:
        tasks = os.listdir(f"/proc/{proc.pid}/task")
    except OSError:
        break
    for task in tasks:
        try:
            stat = open(f"/proc/{proc.pid}/task/{task}/stat").read()
            name = open(f"/proc/{proc.pid}/task/{task}/comm").read().strip()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        ticks[(task, name)] = int(fields[11]) + int(fields[12])  # utime + stime
    time.sleep(0.01)
wall = time.time() - start
hz = os.sysconf("SC_CLK_TCK")
groups = {}
for (_, name), t in ticks.items():
    group = re.sub(r"[0-9]+$", "", name).strip()
    groups[group] = groups.get(group, 0) + t
print(f"wall {wall:.2f} s, CPU {sum(groups.values()) / hz:.2f} s: "
      + ", ".join(f"{g} {t / hz:.2f}" for g, t in sorted(groups.items(), key=lambda kv: -kv[1]) if t > 0))
