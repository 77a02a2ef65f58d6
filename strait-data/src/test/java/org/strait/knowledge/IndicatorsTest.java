package org.strait.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strait.core.Country;

/**
 * Indicators read from the shared data folder. Expected values were taken by hand from the raw files (the lines are
 * quoted in comments) or summed by an independent script over the raw monthly rows.
 */
class IndicatorsTest {
  private static Indicators data;

  @BeforeAll
  static void load() {
    data = Indicators.load(SharedData.data());
  }

  private static double gdp(Country c, int year) {
    return data.value(Indicator.GDP_CURRENT_USD, c, year).orElseThrow();
  }

  @Test
  void gdp_worldBankRows_readExactly() {
    // gdp.csv: "Korea, Rep.",KOR,1995,566581003128.2037 and Japan,JPN,1995,5545563663889.704
    assertThat(gdp(Country.KOR, 1995)).isEqualTo(566581003128.2037);
    assertThat(gdp(Country.JPN, 1995)).isEqualTo(5545563663889.704);
    assertThat(data.series(Indicator.GDP_CURRENT_USD, Country.PRK)).isEmpty();
  }

  @Test
  void gdpRatio_1995_matchesSeed000sTenPercent() {
    // 566581003128.2037 / 5545563663889.704 = 0.10217; seed 000 gives 10 percent, a whole-percent rounding, so the
    // tolerance is half a percentage point.
    double r = data.ratio(Indicator.GDP_CURRENT_USD, Country.KOR, Country.JPN, 1995).orElseThrow();
    assertThat(r).isCloseTo(0.10217, within(0.00001));
    assertThat(r).isCloseTo(0.10, within(0.005));
  }

  @Test
  void gdpRatio_2021_isBelowSeed000sThirtySevenPercent() {
    // 1818432106880.0369 / 5034620784584.983 = 0.36119: this World Bank vintage puts Korea at 36 percent of Japan
    // in 2021, not the 37 percent seed 000 states. The gap (0.9 points) exceeds whole-percent rounding, so the
    // seed's figure is not reproduced (it may rest on another source or vintage); the test records the difference
    // and its size rather than widening the tolerance. The narrowing itself (10 to 36 percent) holds.
    double r = data.ratio(Indicator.GDP_CURRENT_USD, Country.KOR, Country.JPN, 2021).orElseThrow();
    assertThat(r).isCloseTo(0.36119, within(0.00001));
    assertThat(Math.abs(r - 0.37)).isGreaterThan(0.005).isLessThan(0.01);
  }

  @Test
  void monthlyRatio_interpolatesBetweenMidYears() {
    double r1995 = 566581003128.2037 / 5545563663889.704;
    double r1996 = 610167053824.007 / 4923391533851.632;
    assertThat(data.monthlyRatio(Indicator.GDP_CURRENT_USD, Country.KOR, Country.JPN, YearMonth.of(1995, 7))
        .orElseThrow()).isCloseTo(r1995, within(1e-12));
    assertThat(data.monthlyRatio(Indicator.GDP_CURRENT_USD, Country.KOR, Country.JPN, YearMonth.of(1996, 1))
        .orElseThrow()).isCloseTo((r1995 + r1996) / 2, within(1e-12));
    assertThat(data.monthlyRatio(Indicator.GDP_CURRENT_USD, Country.KOR, Country.JPN, YearMonth.of(1996, 4))
        .orElseThrow()).isCloseTo(r1995 + (r1996 - r1995) * 9 / 12, within(1e-12));
    // The series ends in 2023: no value after July 2023, none before July 1960.
    assertThat(data.monthlyRatio(Indicator.GDP_CURRENT_USD, Country.KOR, Country.JPN, YearMonth.of(2023, 8)))
        .isEmpty();
    assertThat(data.monthlyRatio(Indicator.GDP_CURRENT_USD, Country.KOR, Country.JPN, YearMonth.of(1960, 6)))
        .isEmpty();
  }

  @Test
  void cinc_cowNumbersMapToIso() {
    // NMC-60-abridged.csv: ROK,732,2016,...,0.023262169 and JPN,740,2016,...,0.032967471
    assertThat(data.value(Indicator.CINC, Country.KOR, 2016)).hasValue(0.023262169);
    assertThat(data.value(Indicator.CINC, Country.JPN, 2016)).hasValue(0.032967471);
    assertThat(data.series(Indicator.CINC, Country.PRK)).isNotEmpty();
  }

  @Test
  void sipri_unavailableCellsAreAbsentNotZero() {
    // Constant_2021_US.csv: Japan 1952 = 7990.0668671623152; Korea, South 1952 = "..."; Korea, North all "...".
    assertThat(data.value(Indicator.MILEX_CONSTANT_2021_USD_M, Country.JPN, 1952)).hasValue(7990.0668671623152);
    assertThat(data.value(Indicator.MILEX_CONSTANT_2021_USD_M, Country.KOR, 1952)).isEmpty();
    assertThat(data.value(Indicator.MILEX_CONSTANT_2021_USD_M, Country.KOR, 2014)).hasValue(37614.763928782675);
    assertThat(data.series(Indicator.MILEX_CONSTANT_2021_USD_M, Country.PRK)).isEmpty();
    assertThat(data.value(Indicator.MILEX_SHARE_OF_GDP, Country.JPN, 2014)).isPresent();
  }

  @Test
  void ungaAndTroops_readFromTheirFormats() {
    // unvoting.csv: 2012,ROK,South Korea,0.7262585,... ; troopdata.csv: Japan;740;JPN;2021;55990;...
    assertThat(data.value(Indicator.UNGA_IDEAL_POINT, Country.KOR, 2012)).hasValue(0.7262585);
    assertThat(data.value(Indicator.US_TROOPS, Country.JPN, 2021)).hasValue(55990.0);
  }

  @Test
  void tradeWithChina_sumsTwelveMonthsInDollars() {
    // Independent sums over the raw 2019 rows: Korea 243,431,272 thousand US$; USA 555,592.1 million US$;
    // Japan 304,034,641,375 US$ after converting each month's yen at that month's mean IMF rate.
    assertThat(data.value(Indicator.TRADE_WITH_CHINA_USD, Country.KOR, 2019).orElseThrow())
        .isCloseTo(243_431_272_000.0, within(1.0));
    assertThat(data.value(Indicator.TRADE_WITH_CHINA_USD, Country.USA, 2019).orElseThrow())
        .isCloseTo(555_592_100_000.0, within(1.0));
    assertThat(data.value(Indicator.TRADE_WITH_CHINA_USD, Country.JPN, 2019).orElseThrow())
        .isCloseTo(304_034_641_375.39, within(10.0));
    assertThat(data.tradeDependenceOnChina(Country.KOR, 2019).orElseThrow())
        .isGreaterThan(data.tradeDependenceOnChina(Country.JPN, 2019).orElseThrow());
  }

  @Test
  void load_missingFolder_listsEveryMissingFile(@TempDir Path empty) {
    assertThatThrownBy(() -> Indicators.load(empty)).isInstanceOfSatisfying(KnowledgeException.class, e ->
        assertThat(e.violations()).extracting(Violation::file).contains("worldbank_gdp/gdp.csv",
            "cow_nmc/NMC-60-abridged.csv", "trade/exchange-rates.csv", "us_troops_abroad/troopdata.csv"));
  }

  @Test
  void load_malformedValue_namesFileAndLine(@TempDir Path dir) throws IOException {
    Path folder = Files.createDirectories(dir.resolve("worldbank_gdp"));
    Files.writeString(folder.resolve("gdp.csv"),
        "Country Name,Country Code,Year,Value\nJapan,JPN,1995,12x\n");
    assertThatThrownBy(() -> Indicators.load(dir)).isInstanceOfSatisfying(KnowledgeException.class, e ->
        assertThat(e.violations()).contains(new Violation("worldbank_gdp/gdp.csv", 2,
            "unreadable year '1995' or value '12x'")));
  }
}
