package org.strait.cli;

import org.strait.bargain.Uncertainty;
import picocli.CommandLine.Option;

/** The options of a bargaining Monte Carlo's input uncertainty: the spread of capabilities, saliences, positions. */
final class UncertaintyOptions {
  @Option(names = "--capability-sd", defaultValue = "0.2", paramLabel = "X",
      description = "Monte Carlo: standard deviation of the log capabilities. Default: ${DEFAULT-VALUE}.")
  double capabilitySd;

  @Option(names = "--salience-sd", defaultValue = "5", paramLabel = "X",
      description = "Monte Carlo: standard deviation of the saliences, in points. Default: ${DEFAULT-VALUE}.")
  double salienceSd;

  @Option(names = "--position-sd", defaultValue = "5", paramLabel = "X",
      description = "Monte Carlo: standard deviation of the positions, in points. Default: ${DEFAULT-VALUE}.")
  double positionSd;

  /** Returns the uncertainty these options give. */
  Uncertainty uncertainty() {
    return new Uncertainty(capabilitySd, salienceSd, positionSd);
  }
}
