package org.strait.model;

/**
 * A dispute between Tokyo and Seoul whose state the model carries: 0 dormant, 1 fully inflamed.
 *
 * <p>The list follows the disputes the seeds name: comfort women and wartime labour (seeds 000, 001, 003), Dokdo /
 * Takeshima (seeds 001, 003), textbooks and shrine visits (MODEL.md, M6), the 2019 export controls and the
 * intelligence pact GSOMIA (seeds 001, 004), and the Fukushima water release (seed 003).
 */
public enum Issue {
  /** Wartime sexual slavery ("comfort women"), the 2015 agreement and its aftermath. */
  COMFORT_WOMEN,
  /** Wartime forced labour: the 2018 rulings, asset seizures and their liquidation deadlines (seeds 001, 004). */
  WARTIME_LABOUR,
  /** Sovereignty over Dokdo / Takeshima. */
  DOKDO_TAKESHIMA,
  /** History textbooks and visits to the Yasukuni shrine. */
  TEXTBOOKS_SHRINE,
  /** Japan's 2019 export controls on materials for semiconductors and the trade white list (seed 001). */
  EXPORT_CONTROLS,
  /** The General Security of Military Information Agreement, at risk of being scrapped in 2019 (seed 001). */
  GSOMIA,
  /** The release of treated water from the Fukushima nuclear plant (seed 003). */
  FUKUSHIMA_WATER;

  /** The number of issues. */
  public static final int COUNT = values().length;

  /** Tells whether this is a history dispute, the kind that moves Korean public sentiment (M9). */
  public boolean history() {
    return this == COMFORT_WOMEN || this == WARTIME_LABOUR || this == DOKDO_TAKESHIMA || this == TEXTBOOKS_SHRINE;
  }

  /** Returns the name used in scenario files and parameter names, e.g. {@code wartime-labour}. */
  public String key() {
    return ScenarioKey.of(this);
  }

  /** Returns the issue with scenario-file name {@code key}. */
  public static Issue ofKey(String key) {
    return ScenarioKey.parse(values(), key, "issue");
  }
}
