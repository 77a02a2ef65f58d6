package org.strait.app.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.strait.fit.BacktestResult;
import org.strait.fit.Baselines;
import org.strait.fit.Forecaster;

/** The skill of a forecaster against each baseline, in numbers and in plain words (losses said as losses). */
public final class Skill {
  private Skill() {}

  /** Returns the names of the baselines, in report order. */
  public static List<String> baselines() {
    return Baselines.all().stream().map(Forecaster::name).toList();
  }

  /** Returns one sentence per baseline saying at which horizons {@code forecaster} wins and loses on CRPS. */
  public static List<String> words(BacktestResult result, String forecaster) {
    List<String> out = new ArrayList<>();
    for (String baseline : baselines()) {
      List<String> wins = new ArrayList<>();
      List<String> losses = new ArrayList<>();
      for (int h : result.settings().horizons()) {
        double s = result.skill(forecaster, baseline, h).orElse(Double.NaN);
        if (Double.isNaN(s)) {
          continue;
        }
        String item = String.format(Locale.ROOT, "%d (%+.3f)", h, s);
        if (s < 0) {
          losses.add(item);
        } else {
          wins.add(item);
        }
      }
      StringBuilder b = new StringBuilder("Against " + baseline + ", the " + forecaster);
      if (losses.isEmpty() && wins.isEmpty()) {
        b.append(" could not be scored (no observed target month).");
      } else if (losses.isEmpty()) {
        b.append(" wins at every horizon: ").append(String.join(", ", wins)).append('.');
      } else if (wins.isEmpty()) {
        b.append(" LOSES at every horizon: ").append(String.join(", ", losses))
            .append(". The baseline forecasts better.");
      } else {
        b.append(" LOSES at horizons ").append(String.join(", ", losses)).append(" and wins at ")
            .append(String.join(", ", wins)).append('.');
      }
      out.add(b.toString());
    }
    return out;
  }
}
