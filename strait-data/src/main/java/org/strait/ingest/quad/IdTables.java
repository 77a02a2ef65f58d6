package org.strait.ingest.quad;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.strait.ingest.IngestException;

/**
 * The two id tables that sit beside id-form quadruple files: {@code entity2id.txt} and {@code relation2id.txt},
 * each {@code name<TAB>id} per line. Ids must be distinct non-negative integers numbered from 0 without large gaps,
 * names must not be blank; a malformed table fails the whole file with an {@link IngestException} naming the table
 * and line.
 *
 * @param entities entity names by id (null where an id is unused)
 * @param relations relation labels by id (null where an id is unused)
 */
record IdTables(List<String> entities, List<String> relations) {
  /** The name of the entity table. */
  static final String ENTITIES = "entity2id.txt";
  /** The name of the relation table. */
  static final String RELATIONS = "relation2id.txt";

  /** Copies the lists (they may hold nulls, so not through {@code List.copyOf}). */
  IdTables {
    entities = java.util.Collections.unmodifiableList(new ArrayList<>(entities));
    relations = java.util.Collections.unmodifiableList(new ArrayList<>(relations));
  }

  /** Reads the two tables beside {@code dataFile}. */
  static IdTables beside(Path dataFile) throws IOException {
    Path folder = dataFile.toAbsolutePath().getParent();
    return new IdTables(read(folder.resolve(ENTITIES), dataFile), read(folder.resolve(RELATIONS), dataFile));
  }

  /** Returns the entity with this id, or null. */
  String entity(int id) {
    return id < entities.size() ? entities.get(id) : null;
  }

  /** Returns the relation label with this id, or null. */
  String relation(int id) {
    return id < relations.size() ? relations.get(id) : null;
  }

  private static List<String> read(Path table, Path dataFile) throws IOException {
    if (!Files.isRegularFile(table)) {
      throw new IngestException(dataFile, "id-form quadruples need " + table.getFileName()
          + " beside the file, and " + table + " does not exist");
    }
    Map<Integer, String> byId = new HashMap<>();
    int max = -1;
    try (InputStream in = Files.newInputStream(table); LineSource lines = new LineSource(in)) {
      while (lines.next()) {
        String text = lines.text();
        if (text == null) {
          throw new IngestException(table, lines.number(), lines.detail(), null);
        }
        if (text.isEmpty()) {
          continue;
        }
        int tab = text.lastIndexOf('\t');
        int id = tab > 0 ? parseId(text.substring(tab + 1)) : -1;
        if (id < 0) {
          throw new IngestException(table, lines.number(),
              "expected 'name<TAB>id' with a non-negative integer id, found " + QuadRows.quote(text), null);
        }
        String name = text.substring(0, tab);
        if (name.isBlank()) {
          throw new IngestException(table, lines.number(), "the name of id " + id + " is blank", null);
        }
        String previous = byId.put(id, name);
        if (previous != null) {
          throw new IngestException(table, lines.number(), "id " + id + " is given twice", null);
        }
        max = Math.max(max, id);
      }
    }
    if (max >= 2L * byId.size() + 1024) {
      throw new IngestException(table, "ids run up to " + max + " for " + byId.size()
          + " names; expected ids numbered from 0 without large gaps");
    }
    List<String> names = new ArrayList<>(max + 1);
    for (int id = 0; id <= max; id++) {
      names.add(byId.get(id));
    }
    return names;
  }

  /** Parses a non-negative decimal id of at most 9 digits, or returns -1. */
  static int parseId(String text) {
    int n = text.length();
    if (n == 0 || n > 9) {
      return -1;
    }
    int value = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
