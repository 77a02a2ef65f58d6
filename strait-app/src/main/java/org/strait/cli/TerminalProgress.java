package org.strait.cli;

import java.io.PrintWriter;
import java.util.Objects;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.strait.core.Progress;

/**
 * The CLI's rendering of {@link Progress}: on a terminal, a progress bar on stderr with the step running and the
 * time left ({@link Progress#timeLeft}); otherwise no bar, and one line per new step on the command's error writer
 * (e.g. {@code strait verdicts: refitting without M3}), so that logs and pipes stay clean and tests see only lines.
 */
final class TerminalProgress implements Progress, AutoCloseable {
  private final ProgressBar bar;
  private final PrintWriter lines;
  private final String task;
  private String lastStep;

  private TerminalProgress(ProgressBar bar, PrintWriter lines, String task) {
    this.bar = bar;
    this.lines = lines;
    this.task = task;
  }

  /**
   * Starts the progress of a use case of known steps: a bar when the program runs in a terminal, else step lines
   * on {@code lines} (null: none).
   */
  static TerminalProgress start(String task, PrintWriter lines) {
    return new TerminalProgress(terminal() ? bar(task, 1, "", 1).build() : null, lines, task);
  }

  /** Starts a bar of {@code total} {@code unit}s (−1 when unknown), or nothing when stderr is not a terminal. */
  static TerminalProgress start(String task, long total, String unit) {
    return start(task, total, unit, 1);
  }

  /**
   * Starts a bar of {@code total} counts (−1 when unknown) shown in {@code unit}s of {@code scale} counts (e.g. bytes
   * in MB of 1,000,000), or nothing when stderr is not a terminal.
   */
  static TerminalProgress start(String task, long total, String unit, long scale) {
    return new TerminalProgress(terminal() ? bar(task, total, " " + unit, scale).build() : null, null, task);
  }

  private static boolean terminal() {
    return System.console() != null;
  }

  private static ProgressBarBuilder bar(String task, long total, String unit, long scale) {
    ProgressBarBuilder b = new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
        .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(System.err))
        .continuousUpdate().setEtaFunction(s -> s.getMax() <= 0 ? java.util.Optional.empty()
            : Progress.timeLeft(s.getElapsedAfterStart(), Math.min(s.getCurrent(), s.getMax()), s.getMax()));
    return unit.isEmpty() ? b : b.setUnit(unit, scale);
  }

  @Override
  public synchronized void report(long done, long total, String step) {
    if (bar != null) {
      bar.maxHint(total);
      bar.stepTo(done);
      bar.setExtraMessage(step == null ? "" : step);
    } else if (lines != null && step != null && !Objects.equals(step, lastStep) && done < total) {
      lines.println("strait " + task + ": " + step);
      lines.flush();
    }
    lastStep = step;
  }

  /** Moves an open-ended bar {@code n} units on. */
  void step(long n) {
    if (bar != null) {
      bar.stepBy(n);
    }
  }

  /** Shows {@code text} beside the bar. */
  void message(String text) {
    if (bar != null) {
      bar.setExtraMessage(text);
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
