package org.strait.knowledge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.strait.core.Country;

/**
 * Reads terms of office and elections, and checks that the terms of each office follow one another: none overlaps
 * the next, none is open-ended but the last, and the next starts on the day the previous one ended or the day after,
 * unless the row declares an interregnum ({@code interregnum_before = yes}).
 */
final class TermRows {
  static final List<String> COLUMNS = List.of("office", "person", "start", "end", "acting", "party", "orientation",
      "interregnum_before", "source", "confidence");
  static final List<String> ELECTION_COLUMNS = List.of("country", "date", "kind", "winner", "source", "confidence");

  private final Fields fields;

  TermRows(Fields fields) {
    this.fields = fields;
  }

  private record Read(Term term, boolean interregnum, CsvTable.Row row) {}

  /** Reads the terms and checks their sequence per office. */
  List<Term> read(CsvTable table) {
    Map<Office, List<Read>> byOffice = new EnumMap<>(Office.class);
    for (CsvTable.Row r : table.rows()) {
      Office office = fields.parse(r, "office", Office::parse);
      String person = fields.required(r, "person");
      LocalDate start = fields.day(r, "start", true);
      LocalDate end = fields.day(r, "end", false);
      Boolean acting = fields.optional(r, "acting", TermRows::yesNo);
      Boolean interregnum = fields.optional(r, "interregnum_before", TermRows::yesNo);
      Orientation orientation = fields.optional(r, "orientation", Orientation::parse);
      String source = fields.source(r, "source");
      Confidence confidence = fields.parse(r, "confidence", Confidence::parse);
      if (office != null && (office == Office.KOR_PRESIDENT || office == Office.JPN_PRIME_MINISTER)
          && !Boolean.TRUE.equals(acting) && (orientation == null || r.get("party").isEmpty())) {
        fields.fail(r, "a %s term needs its party and orientation", office.id());
      }
      if (office == null || person == null || start == null || source == null || confidence == null
          || (!r.get("end").isEmpty() && end == null)) {
        continue;
      }
      try {
        Term t = new Term(office, person, start, end, Boolean.TRUE.equals(acting), r.get("party"), orientation,
            source, confidence);
        byOffice.computeIfAbsent(office, o -> new ArrayList<>()).add(new Read(t, Boolean.TRUE.equals(interregnum),
            r));
      } catch (IllegalArgumentException e) {
        fields.fail(r, "%s", e.getMessage());
      }
    }
    List<Term> out = new ArrayList<>();
    for (List<Read> reads : byOffice.values()) {
      reads.sort(Comparator.comparing(x -> x.term().start()));
      checkSequence(reads);
      reads.forEach(x -> out.add(x.term()));
    }
    return out;
  }

  private void checkSequence(List<Read> reads) {
    for (int i = 1; i < reads.size(); i++) {
      Term prev = reads.get(i - 1).term();
      Read next = reads.get(i);
      LocalDate start = next.term().start();
      if (prev.end() == null) {
        fields.fail(next.row(), "term of %s starts while %s's term (from %s) has no end", next.term().person(),
            prev.person(), prev.start());
      } else if (start.isBefore(prev.end())) {
        fields.fail(next.row(), "term of %s (from %s) overlaps %s's term (to %s) in office %s",
            next.term().person(), start, prev.person(), prev.end(), prev.office().id());
      } else if (start.isAfter(prev.end().plusDays(1)) && !next.interregnum()) {
        fields.fail(next.row(), "gap from %s to %s before %s's term in office %s (declare interregnum_before=yes "
            + "if real)", prev.end(), start, next.term().person(), prev.office().id());
      }
    }
  }

  /** Reads the elections. */
  List<Election> elections(CsvTable table) {
    List<Election> out = new ArrayList<>();
    for (CsvTable.Row r : table.rows()) {
      Country country = fields.parse(r, "country", Fields::strictCountry);
      LocalDate date = fields.day(r, "date", true);
      String source = fields.source(r, "source");
      Confidence confidence = fields.parse(r, "confidence", Confidence::parse);
      if (country == null || date == null || source == null || confidence == null) {
        continue;
      }
      try {
        out.add(new Election(country, date, r.get("kind"), r.get("winner"), source, confidence));
      } catch (IllegalArgumentException e) {
        fields.fail(r, "%s", e.getMessage());
      }
    }
    return out;
  }

  private static Boolean yesNo(String text) {
    return switch (text.toLowerCase(java.util.Locale.ROOT)) {
      case "yes" -> Boolean.TRUE;
      case "no" -> Boolean.FALSE;
      default -> throw new IllegalArgumentException("expected yes or no, was '" + text + "'");
    };
  }
}
