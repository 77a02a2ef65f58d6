package org.strait.knowledge;

import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import org.strait.core.Country;

/**
 * Readers of the yearly sources in the shared data folder (formats as each folder's SOURCE.md describes). Cells the
 * sources mark as unavailable ({@code NA}, {@code ...}, {@code xxx}, blank) are absent years, never zeros; any other
 * unreadable cell is a violation naming file and line. All files are read and all violations reported at once.
 */
final class IndicatorReaders {
  private static final CsvMapper MAPPER = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
  private static final ObjectReader COMMA = MAPPER.readerFor(String[].class);
  private static final ObjectReader SEMICOLON = MAPPER.readerFor(String[].class)
      .with(CsvSchema.emptySchema().withColumnSeparator(';'));
  private static final Set<String> MISSING = Set.of("", "NA", "...", "xxx", "..");
  /** COW state numbers of the six countries. */
  private static final Map<String, Country> COW_NUMBERS = Map.of("2", Country.USA, "365", Country.RUS,
      "710", Country.CHN, "731", Country.PRK, "732", Country.KOR, "740", Country.JPN);
  /** COW state abbreviations of the six countries. */
  private static final Map<String, Country> COW_ABBREVIATIONS = Map.of("USA", Country.USA, "RUS", Country.RUS,
      "CHN", Country.CHN, "PRK", Country.PRK, "ROK", Country.KOR, "JPN", Country.JPN);
  /** SIPRI row names of the six countries. */
  private static final Map<String, Country> SIPRI_NAMES = Map.of("United States of America", Country.USA,
      "Russia", Country.RUS, "China", Country.CHN, "Korea, North", Country.PRK, "Korea, South", Country.KOR,
      "Japan", Country.JPN);

  private final Path folder;
  private final List<Violation> problems = new ArrayList<>();
  private final Map<Indicator, Map<Country, NavigableMap<Integer, Double>>> series = new EnumMap<>(Indicator.class);

  IndicatorReaders(Path folder) {
    this.folder = folder;
  }

  /** One parsed line with its number. */
  record Line(String file, long number, String[] cells) {}

  Indicators readAll() {
    worldBank();
    cowNmc();
    sipri("sipri_milex/csv_sheets/Constant_2021_US.csv", Indicator.MILEX_CONSTANT_2021_USD_M);
    sipri("sipri_milex/csv_sheets/Share_of_GDP.csv", Indicator.MILEX_SHARE_OF_GDP);
    unga();
    troops();
    new TradeReader(this).read();
    if (!problems.isEmpty()) {
      throw new KnowledgeException(problems);
    }
    return new Indicators(series);
  }

  private void worldBank() {
    for (Line l : lines("worldbank_gdp/gdp.csv", COMMA, 1)) {
      if (l.cells().length != 4 || !l.cells()[1].matches("[A-Z]{3}")) {
        fail(l, "expected Country Name,Country Code,Year,Value with an ISO3 code");
        continue;
      }
      put(Indicator.GDP_CURRENT_USD, new Country(l.cells()[1]), l, l.cells()[2], l.cells()[3]);
    }
  }

  private void cowNmc() {
    for (Line l : lines("cow_nmc/NMC-60-abridged.csv", COMMA, 1)) {
      Country c = l.cells().length == 11 ? COW_NUMBERS.get(l.cells()[1]) : null;
      if (l.cells().length != 11) {
        fail(l, "expected 11 fields, found " + l.cells().length);
      } else if (c != null) {
        put(Indicator.CINC, c, l, l.cells()[2], l.cells()[9]);
      }
    }
  }

  private void sipri(String file, Indicator indicator) {
    String[] header = null;
    for (Line l : lines(file, COMMA, 0)) {
      if (header == null) {
        if (l.cells().length > 3 && l.cells()[0].equals("Country")) {
          header = l.cells();
        }
        continue;
      }
      Country c = SIPRI_NAMES.get(l.cells()[0].trim());
      if (c == null) {
        continue;
      }
      for (int i = 1; i < Math.min(header.length, l.cells().length); i++) {
        if (header[i].matches("\\d{4}")) {
          put(indicator, c, l, header[i], l.cells()[i]);
        }
      }
    }
    if (header == null && Files.exists(folder.resolve(file))) {
      problems.add(new Violation(file, 0, "no header line starting with 'Country'"));
    }
  }

  private void unga() {
    for (Line l : lines("unga_idealpoints/unvoting.csv", COMMA, 1)) {
      Country c = l.cells().length == 6 ? COW_ABBREVIATIONS.get(l.cells()[1]) : null;
      if (l.cells().length != 6) {
        fail(l, "expected 6 fields, found " + l.cells().length);
      } else if (c != null) {
        put(Indicator.UNGA_IDEAL_POINT, c, l, l.cells()[0], l.cells()[3]);
      }
    }
  }

  private void troops() {
    for (Line l : lines("us_troops_abroad/troopdata.csv", SEMICOLON, 1)) {
      if (l.cells().length != 10) {
        fail(l, "expected 10 fields separated by ';', found " + l.cells().length);
      } else if (l.cells()[2].matches("[A-Z]{3}")) {
        put(Indicator.US_TROOPS, new Country(l.cells()[2]), l, l.cells()[3], l.cells()[4]);
      }
    }
  }

  /** Records a year's value; unavailable markers are skipped, other bad cells are violations. */
  void put(Indicator indicator, Country country, Line line, String yearCell, String valueCell) {
    if (MISSING.contains(valueCell.trim())) {
      return;
    }
    try {
      int year = Integer.parseInt(yearCell.trim());
      double value = Double.parseDouble(valueCell.trim());
      if (!Double.isFinite(value)) {
        throw new NumberFormatException("not finite");
      }
      putValue(indicator, country, year, value);
    } catch (NumberFormatException e) {
      fail(line, "unreadable year '" + yearCell + "' or value '" + valueCell + "'");
    }
  }

  /** Records a year's value computed elsewhere. */
  void putValue(Indicator indicator, Country country, int year, double value) {
    series.computeIfAbsent(indicator, k -> new HashMap<>())
        .computeIfAbsent(country, k -> new TreeMap<>())
        .put(year, value);
  }

  /** Records a violation at the line. */
  void fail(Line line, String message) {
    problems.add(new Violation(line.file(), line.number(), message));
  }

  /** Returns the non-blank lines of the file after {@code skip} leading lines, or records a missing file. */
  List<Line> lines(String file, ObjectReader reader, int skip) {
    List<Line> out = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(folder.resolve(file), StandardCharsets.UTF_8)) {
      long n = 0;
      for (String s = in.readLine(); s != null; s = in.readLine()) {
        n++;
        if (n <= skip || s.isBlank()) {
          continue;
        }
        try {
          out.add(new Line(file, n, CsvTable.cells(reader, s)));
        } catch (IOException e) {
          problems.add(new Violation(file, n, "unreadable line: " + e.getMessage()));
        }
      }
    } catch (NoSuchFileException e) {
      problems.add(new Violation(file, 0, "missing in data folder " + folder));
    } catch (IOException e) {
      problems.add(new Violation(file, 0, "cannot read: " + e.getMessage()));
    }
    return out;
  }

  /** Returns the reader of {@code ;}-separated lines. */
  static ObjectReader semicolon() {
    return SEMICOLON;
  }

  /** Returns the reader of {@code ,}-separated lines. */
  static ObjectReader comma() {
    return COMMA;
  }
}
