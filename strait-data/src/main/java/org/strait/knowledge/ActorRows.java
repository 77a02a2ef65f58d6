package org.strait.knowledge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.strait.core.Country;

/**
 * Reads the actor dictionary file and checks it: known kinds, ISO3 codes, valid periods, sources, and no name (or
 * alias) that resolves to two entries on the same day.
 */
final class ActorRows {
  static final List<String> COLUMNS = List.of("name", "iso3", "kind", "sector", "valid_from", "valid_to",
      "aliases", "source");

  private final Fields fields;

  ActorRows(Fields fields) {
    this.fields = fields;
  }

  /** Reads the rows into a dictionary. */
  ActorDictionary read(CsvTable table) {
    List<ActorEntry> out = new ArrayList<>();
    Map<String, List<ActorEntry>> seen = new HashMap<>();
    for (CsvTable.Row r : table.rows()) {
      String name = fields.required(r, "name");
      Country country = fields.parse(r, "iso3", Fields::strictCountry);
      PartialDate from = fields.partialDate(r, "valid_from", false);
      PartialDate to = fields.partialDate(r, "valid_to", false);
      String source = fields.source(r, "source");
      if (name == null || country == null || source == null
          || (!r.get("valid_from").isEmpty() && from == null) || (!r.get("valid_to").isEmpty() && to == null)) {
        continue;
      }
      ActorEntry e;
      try {
        e = new ActorEntry(name, country, r.get("kind"), r.get("sector").isEmpty() ? null : r.get("sector"),
            from == null ? null : from.start(), to == null ? null : to.end(), Fields.list(r.get("aliases")), source);
      } catch (IllegalArgumentException ex) {
        fields.fail(r, "%s", ex.getMessage());
        continue;
      }
      java.util.Set<String> keys = new java.util.LinkedHashSet<>();
      keys.add(ActorDictionary.key(e.name()));
      e.aliases().forEach(a -> keys.add(ActorDictionary.key(a)));
      for (String n : keys) {
        List<ActorEntry> same = seen.computeIfAbsent(n, k -> new ArrayList<>());
        for (ActorEntry other : same) {
          if (overlap(e, other)) {
            fields.fail(r, "name '%s' already resolves to %s (%s) in an overlapping period", n, other.country(),
                other.name());
          }
        }
        same.add(e);
      }
      out.add(e);
    }
    return new ActorDictionary(out);
  }

  private static boolean overlap(ActorEntry a, ActorEntry b) {
    LocalDate aFrom = a.validFrom() == null ? LocalDate.MIN : a.validFrom();
    LocalDate aTo = a.validTo() == null ? LocalDate.MAX : a.validTo();
    LocalDate bFrom = b.validFrom() == null ? LocalDate.MIN : b.validFrom();
    LocalDate bTo = b.validTo() == null ? LocalDate.MAX : b.validTo();
    return !aTo.isBefore(bFrom) && !bTo.isBefore(aFrom);
  }
}
