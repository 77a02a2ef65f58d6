package org.strait.cli;

import org.strait.app.Defaults;
import picocli.CommandLine.Option;

/** The {@code --seed S} option of every command that draws random numbers: the base seed its output records. */
final class SeedOption {
  @Option(names = "--seed", paramLabel = "S", defaultValue = "" + Defaults.SEED,
      description = "Seed (default ${DEFAULT-VALUE}).")
  long value;
}
