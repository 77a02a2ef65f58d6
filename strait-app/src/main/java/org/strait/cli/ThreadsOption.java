package org.strait.cli;

import picocli.CommandLine.Option;

/** The {@code --threads N} option of the commands that run replicates in parallel; results do not depend on it. */
final class ThreadsOption {
  @Option(names = "--threads", paramLabel = "N",
      description = "Worker threads; the result does not depend on them. Default: the available processors.")
  Integer threads;

  /** Returns the worker threads: the option's value, else the available processors; a usage error below 1. */
  int workers() {
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    Usage.check(n >= 1, "--threads must be at least 1, was %d", n);
    return n;
  }
}
