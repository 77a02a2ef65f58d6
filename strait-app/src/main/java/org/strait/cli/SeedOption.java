package org.strait.cli;

import org.strait.app.Defaults;
import picocli.CommandLine.Option;

/** The {@code --seed S} option of every command that draws random numbers: the base seed its output records. */
final class SeedOption {
  @Option(names = "--seed", paramLabel = "S", defaultValue = "" + Defaults.SEED,
      description = "Base seed of the random numbers; the output records it. Default: ${DEFAULT-VALUE}.")
  long value;
}
