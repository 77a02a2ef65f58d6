package org.strait.model;

/**
 * An exogenous input the model reads each month, with its unit and the value it takes when no path is given.
 *
 * <p>Standardised drivers are z-scores over the observed record (0 = the record's mean, 1 = one standard deviation);
 * the code that adapts real data to {@link Drivers} does the standardising. A neutral value is what the model assumes
 * in the absence of information, never a measurement.
 */
public enum Driver {
  /** North Korean material conflict towards Japan and South Korea (standardised); M1. */
  PRK_MATERIAL_CONFLICT("z-score", 0.0),
  /** US–China conflict in both directions (standardised); M2. */
  US_CHN_CONFLICT("z-score", 0.0),
  /** Korea's trade dependence on China relative to a reference level (1 = the reference level); M2. */
  KOR_CHINA_DEPENDENCE("ratio to reference", 1.0),
  /** Korea's GDP as a share of Japan's (seed 000: 0.10 in 1995, 0.37 in 2021); M3. Neutral: the 2021 value. */
  GDP_RATIO("KOR/JPN ratio", 0.37),
  /** US engagement with both allies: US→JPN and US→KOR cooperation and trilateral meetings (standardised); M4. */
  US_ENGAGEMENT("z-score", 0.0),
  /** Seoul's standing in Washington relative to Tokyo's: US→KOR minus US→JPN cooperation (standardised); M5. */
  US_STANDING_GAP("z-score", 0.0),
  /** Orientation of the Seoul government: +1 conservative, -1 progressive, 0 unknown; M1. */
  SEOUL_ORIENTATION("-1..+1", 0.0),
  /** Months since the inauguration of the South Korean president; M8. Neutral: 30, mid-term of a 60-month term. */
  MONTHS_SINCE_SEOUL_INAUGURATION("months", 30.0),
  /** Months since the Japanese prime minister took office; M8. Neutral: 30. */
  MONTHS_SINCE_TOKYO_INAUGURATION("months", 30.0),
  /** US commitment signals to both allies: troop levels, alliance statements (standardised); M12. */
  US_COMMITMENT("z-score", 0.0);

  private final String unit;
  private final double neutral;

  Driver(String unit, double neutral) {
    this.unit = unit;
    this.neutral = neutral;
  }

  /** Returns the unit of the driver's values. */
  public String unit() {
    return unit;
  }

  /** Returns the value assumed when no path or data gives one. */
  public double neutral() {
    return neutral;
  }

  /** Returns the name used in scenario files, e.g. {@code us-chn-conflict}. */
  public String key() {
    return ScenarioKey.of(this);
  }

  /** Returns the driver with scenario-file name {@code key}, or throws naming the unknown key. */
  public static Driver ofKey(String key) {
    return ScenarioKey.parse(values(), key, "driver");
  }
}
