package org.strait.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.strait.core.Country;
import org.strait.knowledge.Chronicle;
import org.strait.knowledge.ChronicleEntry;

/**
 * The chronicle's JSON form, the one that {@code strait chronicle --format json} prints and {@code GET
 * /api/chronicle} serves: per entry its id, date and precision, title, actors, kind, CAMEO code, disputes,
 * direction, source and confidence.
 */
public final class ChronicleJson {
  private ChronicleJson() {}

  /** Returns the entry's fields by name, in the order above; absent CAMEO codes are null. */
  public static Map<String, Object> entry(ChronicleEntry e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", e.id());
    m.put("date", e.date().toString());
    m.put("precision", e.date().precision().name().toLowerCase(Locale.ROOT));
    m.put("title", e.title());
    m.put("actors", e.actors().stream().map(Country::code).toList());
    m.put("kind", e.kind());
    m.put("cameo", e.cameo() == null ? null : e.cameo().code());
    m.put("disputes", e.disputes());
    m.put("direction", e.direction());
    m.put("source", e.source());
    m.put("confidence", e.confidence().label());
    return m;
  }

  /** Returns the entries of {@code c} as an indented JSON array. */
  public static String json(Chronicle c) {
    List<Map<String, Object>> entries = c.entries().stream().map(ChronicleJson::entry).toList();
    try {
      return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(entries);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the chronicle as JSON: " + e.getMessage(), e);
    }
  }
}
