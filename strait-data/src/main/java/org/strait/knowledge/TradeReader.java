package org.strait.knowledge;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.strait.core.Country;

/**
 * Reads monthly goods trade with China of Korea (thousand US$), Japan (thousand yen) and the United States (million
 * US$) and sums each full year to US dollars. Japan's months are converted at the mean of the IMF daily yen rates of
 * that month; a month without a rate, or a year with fewer than twelve months, gives no yearly value.
 */
final class TradeReader {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MMM-yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter MONTH_NAME = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

  private final IndicatorReaders readers;

  TradeReader(IndicatorReaders readers) {
    this.readers = readers;
  }

  void read() {
    Map<YearMonth, Double> yenPerDollar = yenRates();
    Map<YearMonth, Double> korea = new TreeMap<>();
    for (IndicatorReaders.Line l : readers.lines("trade/korea-china-trade-data.csv", IndicatorReaders.comma(), 1)) {
      monthly(l, 4, 1, 2, 1000.0, korea, s -> YearMonth.of(Integer.parseInt(s.substring(0, 4)),
          Integer.parseInt(s.substring(5))));
    }
    Map<YearMonth, Double> japanYen = new TreeMap<>();
    for (IndicatorReaders.Line l : readers.lines("trade/japan-china-trade-data.csv", IndicatorReaders.semicolon(),
        1)) {
      monthly(l, 3, 0, 1, 1000.0, japanYen, s -> YearMonth.of(Integer.parseInt(s.substring(0, 4)),
          Integer.parseInt(s.substring(5))));
    }
    Map<YearMonth, Double> japan = new TreeMap<>();
    japanYen.forEach((m, yen) -> {
      Double rate = yenPerDollar.get(m);
      if (rate != null) {
        japan.put(m, yen / rate);
      }
    });
    Map<YearMonth, Double> usa = new TreeMap<>();
    for (IndicatorReaders.Line l : readers.lines("trade/usa-china-trade-data.csv", IndicatorReaders.semicolon(),
        1)) {
      monthly(l, 4, 0, 1, 1e6, usa, s -> YearMonth.parse(s, MONTH_NAME));
    }
    yearly(Country.KOR, korea);
    yearly(Country.JPN, japan);
    yearly(Country.USA, usa);
  }

  private interface MonthParser {
    YearMonth parse(String s);
  }

  private void monthly(IndicatorReaders.Line l, int fields, int dateCol, int exportCol, double scale,
      Map<YearMonth, Double> out, MonthParser months) {
    String[] c = l.cells();
    if (c.length != fields) {
      readers.fail(l, "expected " + fields + " fields, found " + c.length);
      return;
    }
    try {
      YearMonth m = months.parse(c[dateCol].trim());
      double exports = Double.parseDouble(c[exportCol].replace(",", "").trim());
      double imports = Double.parseDouble(c[exportCol + 1].replace(",", "").trim());
      out.put(m, (exports + imports) * scale);
    } catch (RuntimeException e) {
      readers.fail(l, "unreadable month or amount: " + e.getMessage());
    }
  }

  private Map<YearMonth, Double> yenRates() {
    Map<YearMonth, double[]> sums = new HashMap<>();
    int yenColumn = -1;
    for (IndicatorReaders.Line l : readers.lines("trade/exchange-rates.csv", IndicatorReaders.semicolon(), 0)) {
      String[] c = l.cells();
      if (yenColumn < 0) {
        yenColumn = java.util.Arrays.asList(c).indexOf("JPY");
        if (yenColumn < 0) {
          readers.fail(l, "header lacks a JPY column");
          return Map.of();
        }
        continue;
      }
      if (c.length <= yenColumn || c[yenColumn].isBlank()) {
        continue;
      }
      try {
        LocalDate d = LocalDate.parse(c[0].trim(), DAY);
        double[] s = sums.computeIfAbsent(YearMonth.from(d), k -> new double[2]);
        s[0] += Double.parseDouble(c[yenColumn].trim());
        s[1]++;
      } catch (DateTimeParseException | NumberFormatException e) {
        readers.fail(l, "unreadable date or yen rate: " + e.getMessage());
      }
    }
    Map<YearMonth, Double> mean = new HashMap<>();
    sums.forEach((m, s) -> mean.put(m, s[0] / s[1]));
    return mean;
  }

  private void yearly(Country country, Map<YearMonth, Double> months) {
    Map<Integer, double[]> years = new TreeMap<>();
    months.forEach((m, v) -> {
      double[] s = years.computeIfAbsent(m.getYear(), k -> new double[2]);
      s[0] += v;
      s[1]++;
    });
    years.forEach((year, s) -> {
      if (s[1] == Month.values().length) {
        readers.putValue(Indicator.TRADE_WITH_CHINA_USD, country, year, s[0]);
      }
    });
  }
}
