package org.strait.app;

import org.strait.core.Require;

/**
 * The training and test windows of a backtest or of the verdicts: the test window starts the month after the
 * training window ends.
 *
 * @param train the months the model is fitted on
 * @param test the months its forecasts are scored on
 */
public record TrainTest(Window train, Window test) {
  /** Checks that the test window follows the training window. */
  public TrainTest {
    Require.nonNull(train, "training window");
    Require.nonNull(test, "test window");
  }

  /**
   * Returns the windows given, completed from the store's span where they are not: the test window defaults to the
   * store's last {@link Defaults#TEST_MONTHS} months (or the months after {@code train}), the training window to
   * every month before the test window, from the store's first month.
   *
   * @param train {@code --train}, or null
   * @param test {@code --test}, or null
   * @param span the months the store holds events in, needed only when a window is not given
   * @throws IllegalArgumentException when the test window does not start the month after the training window, or
   *     is empty
   */
  public static TrainTest resolve(Window train, Window test, java.util.function.Supplier<Window> span) {
    Window tr = train;
    Window te = test;
    if (tr == null || te == null) {
      Window s = span.get();
      if (te == null) {
        if (tr == null) {
          te = new Window(s.end().minusMonths(Defaults.TEST_MONTHS - 1L), s.end());
        } else if (s.end().isBefore(tr.end().plusMonths(1))) {
          throw new IllegalArgumentException("the test window " + tr.end().plusMonths(1) + ".." + s.end()
              + " is empty: the store ends before it starts");
        } else {
          te = new Window(tr.end().plusMonths(1), s.end());
        }
      }
      if (tr == null) {
        if (te.start().minusMonths(1).isBefore(s.start())) {
          throw new IllegalArgumentException("the training window " + s.start() + ".." + te.start().minusMonths(1)
              + " is empty: the store holds no month before the test window " + te);
        }
        tr = new Window(s.start(), te.start().minusMonths(1));
      }
    }
    if (!te.start().equals(tr.end().plusMonths(1))) {
      throw new IllegalArgumentException("--test must start the month after --train ends (" + tr.end().plusMonths(1)
          + "), was " + te.start());
    }
    return new TrainTest(tr, te);
  }
}
