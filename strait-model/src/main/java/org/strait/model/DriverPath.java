package org.strait.model;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.strait.core.Require;

/**
 * A driver's path as a few dated values: linear between points, flat before the first and after the last.
 *
 * @param points the dated values, strictly increasing in month, at least one
 */
public record DriverPath(List<Point> points) {
  /** One dated value of a path. */
  public record Point(YearMonth month, double value) {
    /** Checks the month and the value. */
    public Point {
      Require.nonNull(month, "path point month");
      Require.finite(value, "path point value");
    }
  }

  /** Checks that there is a point and that months strictly increase. */
  public DriverPath {
    points = List.copyOf(Require.nonNull(points, "path points"));
    Require.argument(!points.isEmpty(), "a driver path needs at least one point");
    for (int i = 1; i < points.size(); i++) {
      Require.argument(points.get(i).month().isAfter(points.get(i - 1).month()),
          "path months must strictly increase, %s follows %s", points.get(i).month(), points.get(i - 1).month());
    }
  }

  /** Returns a path that holds {@code value} in every month. */
  public static DriverPath constant(YearMonth from, double value) {
    return new DriverPath(List.of(new Point(from, value)));
  }

  /** Returns a path through the given points sorted by month. */
  public static DriverPath of(List<Point> points) {
    List<Point> sorted = new ArrayList<>(points);
    sorted.sort(Comparator.comparing(Point::month));
    return new DriverPath(sorted);
  }

  /** Returns the value of the path in {@code month}. */
  public double valueAt(YearMonth month) {
    Point first = points.get(0);
    if (!month.isAfter(first.month())) {
      return first.value();
    }
    for (int i = 1; i < points.size(); i++) {
      Point b = points.get(i);
      if (month.equals(b.month())) {
        return b.value();
      }
      if (month.isBefore(b.month())) {
        Point a = points.get(i - 1);
        double span = Months.between(a.month(), b.month());
        double w = Months.between(a.month(), month) / span;
        return a.value() + w * (b.value() - a.value());
      }
    }
    return points.get(points.size() - 1).value();
  }
}
