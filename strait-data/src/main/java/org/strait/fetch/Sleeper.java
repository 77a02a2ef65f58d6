package org.strait.fetch;

import java.time.Duration;

/** Waits between attempts; injected so that tests can record the pauses instead of taking them. */
@FunctionalInterface
interface Sleeper {
  /** The real clock's sleep. */
  Sleeper SYSTEM = d -> Thread.sleep(d.toMillis());

  /** Waits for {@code pause}. */
  void sleep(Duration pause) throws InterruptedException;
}
