package org.strait.model.ensemble;

import java.util.regex.Pattern;
import org.strait.core.Require;

/**
 * A named level of the relation temperature whose crossing an ensemble reports, e.g. a return to the 2019 low.
 *
 * <p>Levels in scenario files are provisional until the index (issue 4) gives the real value of the month they
 * name; the note says where the value comes from.
 *
 * @param name short name, e.g. {@code low-2019}
 * @param level the level on the temperature scale, -10..+10
 * @param below true when crossing means falling below the level, false when rising above it
 * @param note where the level comes from
 */
public record Threshold(String name, double level, boolean below, String note) {
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

  /** Checks the name and the level. */
  public Threshold {
    Require.argument(name != null && NAME.matcher(name).matches(),
        "threshold name must be lower-case letters, digits and dashes, was '%s'", name);
    Require.argument(level >= -10 && level <= 10, "threshold level must be within -10..10, was %s", level);
    note = note == null ? "" : note;
  }

  /** Tells whether {@code temperature} is across the threshold. */
  public boolean crossedBy(double temperature) {
    return below ? temperature < level : temperature > level;
  }
}
