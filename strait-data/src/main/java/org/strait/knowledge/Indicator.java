package org.strait.knowledge;

/** A yearly country series that {@link Indicators} reads from the shared data folder, with its unit and source. */
public enum Indicator {
  /** GDP in current US dollars (World Bank NY.GDP.MKTP.CD; {@code worldbank_gdp/gdp.csv}). */
  GDP_CURRENT_USD,
  /** Composite Index of National Capability, a share of the world total (COW NMC v6.0; {@code cow_nmc}). */
  CINC,
  /** Military expenditure in millions of constant 2021 US dollars (SIPRI; {@code Constant_2021_US.csv}). */
  MILEX_CONSTANT_2021_USD_M,
  /** Military expenditure as a share of GDP, 0 to 1 (SIPRI; {@code Share_of_GDP.csv}). */
  MILEX_SHARE_OF_GDP,
  /** UN General Assembly ideal point (Bailey, Strezhnev and Voeten; {@code unga_idealpoints/unvoting.csv}). */
  UNGA_IDEAL_POINT,
  /** US troops stationed in the country (troopdata; {@code us_troops_abroad/troopdata.csv}). */
  US_TROOPS,
  /**
   * Goods trade (exports plus imports) with China in current US dollars, summed over the twelve months of a year
   * (Korea: KOSIS; Japan: Ministry of Finance in yen converted month by month at the IMF rate; USA: Census Bureau).
   */
  TRADE_WITH_CHINA_USD
}
