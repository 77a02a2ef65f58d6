package org.strait.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.strait.core.CameoCode;
import org.strait.core.Country;

/**
 * Reads and validates the knowledge files. Every file is checked completely and every violation collected (unknown
 * dispute ids, bad or impossible dates, overlapping or gapped terms, missing sources, duplicate ids, references to
 * unknown chronicle entries); when there is any, one {@link KnowledgeException} lists them all by file and line.
 */
final class KnowledgeLoader {
  private final KnowledgeFiles files;
  private final List<Violation> problems = new ArrayList<>();
  private final Fields fields = new Fields(problems);

  KnowledgeLoader(KnowledgeFiles files) {
    this.files = files;
  }

  /** Loads everything, or throws listing every violation. */
  Knowledge load() {
    List<Dispute> disputes = disputes();
    Set<String> disputeIds = new HashSet<>();
    disputes.forEach(d -> disputeIds.add(d.id()));
    List<ChronicleEntry> entries = chronicle(disputeIds);
    Set<String> entryIds = new HashSet<>();
    entries.forEach(e -> entryIds.add(e.id()));
    List<DisputeLink> links = links(disputeIds, entryIds);
    List<Term> terms = new TermRows(fields).read(table(KnowledgeFiles.LEADERS, TermRows.COLUMNS));
    List<Election> elections = new TermRows(fields).elections(table(KnowledgeFiles.ELECTIONS,
        TermRows.ELECTION_COLUMNS));
    List<Figure> figures = figures();
    ActorDictionary actors = new ActorRows(fields).read(table(KnowledgeFiles.ACTORS, ActorRows.COLUMNS));
    if (!problems.isEmpty()) {
      List<Violation> sorted = new ArrayList<>(problems);
      sorted.sort(Comparator.comparing(Violation::file).thenComparingLong(Violation::line));
      throw new KnowledgeException(sorted);
    }
    return new Knowledge(new Chronicle(entries), new Leaders(terms, elections),
        new Disputes(disputes, links), actors, figures);
  }

  private CsvTable table(String name, List<String> columns) {
    try (BufferedReader in = files.open(name)) {
      return CsvTable.read(name, in, columns, problems);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close " + name, e);
    }
  }

  private List<Dispute> disputes() {
    List<Dispute> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    CsvTable t = table(KnowledgeFiles.DISPUTES,
        List.of("id", "name", "parties", "domain", "description", "source"));
    for (CsvTable.Row r : t.rows()) {
      String id = fields.required(r, "id");
      if (id != null && !seen.add(id)) {
        fields.fail(r, "dispute id '%s' appears twice", id);
      }
      String source = fields.source(r, "source");
      List<Country> parties = fields.countries(r, "parties");
      build(r, () -> out.add(new Dispute(id, r.get("name"), parties, r.get("domain"), r.get("description"),
          source)), id == null || source == null);
    }
    return out;
  }

  private List<ChronicleEntry> chronicle(Set<String> disputeIds) {
    List<ChronicleEntry> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    CsvTable t = table(KnowledgeFiles.CHRONICLE, List.of("id", "date", "title", "actors", "kind", "cameo",
        "disputes", "direction", "source", "confidence"));
    for (CsvTable.Row r : t.rows()) {
      String id = fields.required(r, "id");
      if (id != null && !seen.add(id)) {
        fields.fail(r, "entry id '%s' appears twice", id);
      }
      PartialDate date = fields.partialDate(r, "date", true);
      List<Country> actors = fields.countries(r, "actors");
      if (r.get("actors").isEmpty()) {
        fields.fail(r, "field 'actors' is missing");
      }
      CameoCode cameo = fields.optional(r, "cameo", CameoCode::new);
      List<String> disputes = Fields.list(r.get("disputes"));
      for (String d : disputes) {
        if (!disputeIds.contains(d)) {
          fields.fail(r, "field 'disputes': unknown dispute id '%s'", d);
        }
      }
      Integer direction = fields.parse(r, "direction", KnowledgeLoader::direction);
      String source = fields.source(r, "source");
      Confidence confidence = fields.parse(r, "confidence", Confidence::parse);
      boolean bad = id == null || date == null || direction == null || source == null || confidence == null;
      build(r, () -> out.add(new ChronicleEntry(id, date, r.get("title"), actors, r.get("kind"), cameo, disputes,
          direction, source, confidence)), bad);
    }
    return out;
  }

  private List<DisputeLink> links(Set<String> disputeIds, Set<String> entryIds) {
    List<DisputeLink> out = new ArrayList<>();
    CsvTable t = table(KnowledgeFiles.LINKS, List.of("from", "to", "kind", "evidence", "source", "confidence"));
    for (CsvTable.Row r : t.rows()) {
      for (String column : List.of("from", "to")) {
        String id = r.get(column);
        if (!id.isEmpty() && !disputeIds.contains(id)) {
          fields.fail(r, "field '%s': unknown dispute id '%s'", column, id);
        }
      }
      List<String> evidence = Fields.list(r.get("evidence"));
      for (String e : evidence) {
        if (!entryIds.contains(e)) {
          fields.fail(r, "field 'evidence': unknown chronicle entry '%s'", e);
        }
      }
      String source = fields.source(r, "source");
      Confidence confidence = fields.parse(r, "confidence", Confidence::parse);
      build(r, () -> out.add(new DisputeLink(r.get("from"), r.get("to"), r.get("kind"), evidence, source,
          confidence)), source == null || confidence == null);
    }
    return out;
  }

  private List<Figure> figures() {
    List<Figure> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    CsvTable t = table(KnowledgeFiles.FIGURES,
        List.of("id", "date", "measure", "country", "value", "unit", "source", "confidence"));
    for (CsvTable.Row r : t.rows()) {
      String id = fields.required(r, "id");
      if (id != null && !seen.add(id)) {
        fields.fail(r, "figure id '%s' appears twice", id);
      }
      PartialDate date = fields.partialDate(r, "date", true);
      Country country = fields.parse(r, "country", Fields::strictCountry);
      Double value = fields.parse(r, "value", Double::valueOf);
      String source = fields.source(r, "source");
      Confidence confidence = fields.parse(r, "confidence", Confidence::parse);
      boolean bad = id == null || date == null || country == null || value == null || source == null
          || confidence == null;
      build(r, () -> out.add(new Figure(id, date, r.get("measure"), country, value, r.get("unit"), source,
          confidence)), bad);
    }
    return out;
  }

  /** Builds a record unless a field already failed; a record's own check failing becomes a violation. */
  private void build(CsvTable.Row row, Runnable construct, boolean alreadyBad) {
    if (alreadyBad) {
      return;
    }
    try {
      construct.run();
    } catch (IllegalArgumentException e) {
      fields.fail(row, "%s", e.getMessage());
    }
  }

  private static Integer direction(String text) {
    return switch (text) {
      case "-1" -> -1;
      case "0" -> 0;
      case "1", "+1" -> 1;
      default -> throw new IllegalArgumentException("direction must be -1, 0 or +1, was '" + text + "'");
    };
  }
}
