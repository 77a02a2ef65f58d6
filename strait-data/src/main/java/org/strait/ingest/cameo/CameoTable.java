package org.strait.ingest.cameo;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.strait.core.CameoCode;
import org.strait.core.QuadClass;
import org.strait.core.Require;
import org.strait.ingest.NameKey;

/**
 * strait's reference table of CAMEO event codes (code, description, Goldstein score, quad class) and the map from
 * ICEWS relation labels ("Consult", "Criticize or denounce") to those codes.
 *
 * <p>Labels match after {@linkplain #normalise normalisation}, which ignores case, accents, hyphens and repeated spaces: the
 * ICEWS files spell the same label in several ways ("Threaten non-force" in ICEWS05-15, "Threaten non force" in
 * ICEWS18, "find guilty or liable (legally)" in ICEWS22).
 *
 * <p>Both tables are CSV resources beside this class, written for strait from the public CAMEO codebook and the
 * CAMEO-Goldstein scale: {@code cameo-codes.csv} and {@code icews-relations.csv}; their header comments give the
 * sources. Read {@link #standard()} once and share it: the table is immutable and thread-safe.
 */
public final class CameoTable {
  private static final String CODES = "cameo-codes.csv";
  private static final String LABELS = "icews-relations.csv";

  private final Map<String, CameoEntry> byCode;
  private final Map<String, CameoEntry> byLabel;
  private final List<String> labels;

  private CameoTable(Map<String, CameoEntry> byCode, Map<String, CameoEntry> byLabel, List<String> labels) {
    this.byCode = Collections.unmodifiableMap(byCode);
    this.byLabel = Collections.unmodifiableMap(byLabel);
    this.labels = List.copyOf(labels);
  }

  /** Returns the table strait ships, read once from its resources. */
  public static CameoTable standard() {
    return Holder.STANDARD;
  }

  /** Returns the entry of a code written as in the codebook ({@code "042"}), or empty when the table lacks it. */
  public Optional<CameoEntry> entry(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /**
   * Returns the entry an ICEWS relation label maps to, matched after {@linkplain #normalise normalisation}, or empty
   * when the label is unknown.
   */
  public Optional<CameoEntry> byLabel(String label) {
    return Optional.ofNullable(byLabel.get(normalise(label)));
  }

  /** Returns the matching key of a label ({@link NameKey}: case, accents, hyphens and repeated spaces ignored). */
  public static String normalise(String label) {
    return NameKey.of(label);
  }

  /** Returns every entry, in code order. */
  public List<CameoEntry> entries() {
    return List.copyOf(byCode.values());
  }

  /** Returns every ICEWS relation label the table maps, as its resource writes them, in the resource's order. */
  public List<String> labels() {
    return labels;
  }

  private static CameoTable load() {
    Map<String, CameoEntry> codes = new LinkedHashMap<>();
    for (Map<String, String> row : rows(CODES)) {
      String code = field(row, "code", CODES);
      CameoEntry entry = new CameoEntry(new CameoCode(code), field(row, "description", CODES),
          Double.parseDouble(field(row, "goldstein", CODES)),
          QuadClass.ofNumber(Integer.parseInt(field(row, "quad_class", CODES))));
      Require.state(codes.put(code, entry) == null, "%s lists code %s twice", CODES, code);
    }
    Map<String, CameoEntry> byLabel = new LinkedHashMap<>();
    List<String> labels = new ArrayList<>();
    for (Map<String, String> row : rows(LABELS)) {
      String label = field(row, "label", LABELS);
      String code = field(row, "code", LABELS);
      CameoEntry entry = codes.get(code);
      Require.state(entry != null, "%s maps '%s' to %s, which %s lacks", LABELS, label, code, CODES);
      Require.state(byLabel.put(normalise(label), entry) == null,
          "%s lists label '%s' twice (labels match without case, hyphens and repeated spaces)", LABELS, label);
      labels.add(label);
    }
    return new CameoTable(codes, byLabel, labels);
  }

  private static List<Map<String, String>> rows(String resource) {
    CsvSchema schema = CsvSchema.emptySchema().withHeader().withComments();
    try (InputStream in = CameoTable.class.getResourceAsStream(resource)) {
      Require.state(in != null, "resource %s is missing beside %s", resource, CameoTable.class.getName());
      MappingIterator<Map<String, String>> it =
          new CsvMapper().readerForMapOf(String.class).with(schema).readValues(in);
      return new ArrayList<>(it.readAll());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  private static String field(Map<String, String> row, String name, String resource) {
    String value = row.get(name);
    Require.state(value != null && !value.isBlank(), "%s: row %s lacks %s", resource, row, name);
    return value.trim();
  }

  private static final class Holder {
    static final CameoTable STANDARD = load();
  }
}
