package org.strait.app.bargain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.strait.bargain.Dispute;
import org.strait.bargain.Stakeholder;
import org.strait.scenario.YamlSyntax;

/**
 * Reads strait's dispute case file (YAML). Its fields:
 * <pre>
 * id: wartime-labour                    # required, letters, digits and dashes
 * title: ...                            # required
 * judgement: ...                        # required: states that the numbers are analyst judgements
 * dimensions:                           # at least one
 *   - name: payer
 *     low: "Japanese firms pay and apologise"     # what 0 means
 *     high: "a Korean fund pays alone"            # what 100 means
 * stakeholders:                         # at least two
 *   - name: KOR-GOV
 *     description: ...
 *     capability: 100                   # positive
 *     positions: [80]                   # one per dimension, 0-100
 *     saliences: [70]                   # one per dimension, 0-100, sum at most 100
 *     why: ...                          # required: why these numbers were chosen, with sources
 * observed:                             # optional
 *   position: 90                        # on the first dimension
 *   note: ...                           # source and placement
 * </pre>
 * Unknown keys are errors (a misspelt key would otherwise be silently ignored). Every problem is reported at once,
 * naming the field by its path, e.g. {@code stakeholders[2].saliences[0]}; YAML syntax errors name the line.
 */
public final class CaseYamlReader {
  private static final Set<String> TOP = Set.of("id", "title", "judgement", "dimensions", "stakeholders", "observed",
      "sources");
  private static final Set<String> DIMENSION = Set.of("name", "low", "high");
  private static final Set<String> ACTOR = Set.of("name", "description", "capability", "positions", "saliences", "why");
  private static final Set<String> OBSERVED = Set.of("position", "note");

  private CaseYamlReader() {}

  /**
   * Reads {@code file}.
   *
   * @throws BargainInputException listing every problem found
   */
  public static BargainCase read(Path file) {
    String where = file.getFileName().toString();
    JsonNode root;
    try {
      root = new YAMLMapper().readTree(Files.readString(file));
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new BargainInputException(file,
          List.of(where + ":" + line + ": not valid YAML: " + YamlSyntax.problem(e)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    List<String> problems = new ArrayList<>();
    if (root == null || !root.isObject()) {
      throw new BargainInputException(file, List.of(where + ": the file must be a YAML mapping"));
    }
    unknown(root, TOP, "", where, problems);
    String id = text(root, "id", "", where, problems);
    if (id != null && !id.matches("[A-Za-z0-9][A-Za-z0-9-]*")) {
      problems.add(where + ": field id: use letters, digits and dashes, was '" + id + "'");
    }
    String title = text(root, "title", "", where, problems);
    text(root, "judgement", "", where, problems);
    List<String> names = new ArrayList<>();
    List<String> lows = new ArrayList<>();
    List<String> highs = new ArrayList<>();
    JsonNode dims = list(root, "dimensions", "", where, problems);
    for (int k = 0; dims != null && k < dims.size(); k++) {
      String path = "dimensions[" + k + "].";
      JsonNode d = dims.get(k);
      unknown(d, DIMENSION, path, where, problems);
      names.add(text(d, "name", path, where, problems));
      lows.add(text(d, "low", path, where, problems));
      highs.add(text(d, "high", path, where, problems));
    }
    if (new HashSet<>(names).size() != names.size()) {
      problems.add(where + ": field dimensions: names must be unique, were " + names);
    }
    List<Stakeholder> stakeholders = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    JsonNode actors = list(root, "stakeholders", "", where, problems);
    for (int i = 0; actors != null && i < actors.size(); i++) {
      Stakeholder s = stakeholder(actors.get(i), "stakeholders[" + i + "].", names.size(), where, problems);
      if (s != null && !seen.add(s.name())) {
        problems.add(where + ": field stakeholders[" + i + "].name: '" + s.name() + "' appears twice");
      } else if (s != null) {
        stakeholders.add(s);
      }
    }
    Double observed = null;
    String note = "";
    if (root.has("observed")) {
      JsonNode o = root.get("observed");
      unknown(o, OBSERVED, "observed.", where, problems);
      observed = number(o, "position", "observed.", where, problems);
      if (observed != null && (observed < 0 || observed > 100)) {
        problems.add(where + ": field observed.position: must lie in [0, 100], was " + observed);
      }
      note = text(o, "note", "observed.", where, problems);
    }
    if (problems.isEmpty()) {
      try {
        return new BargainCase(new Dispute(id, title, names, stakeholders), lows, highs, observed, note);
      } catch (IllegalArgumentException e) {
        problems.add(where + ": " + e.getMessage());
      }
    }
    throw new BargainInputException(file, problems);
  }

  private static Stakeholder stakeholder(JsonNode a, String path, int dims, String where, List<String> problems) {
    int before = problems.size();
    if (a == null || !a.isObject()) {
      problems.add(where + ": field " + path.substring(0, path.length() - 1) + ": must be a mapping");
      return null;
    }
    unknown(a, ACTOR, path, where, problems);
    String name = text(a, "name", path, where, problems);
    String description = a.has("description") ? a.get("description").asText() : "";
    text(a, "why", path, where, problems);
    Double cap = number(a, "capability", path, where, problems);
    if (cap != null && cap <= 0) {
      problems.add(where + ": field " + path + "capability: must be positive, was " + cap);
    }
    List<Double> pos = numbers(a, "positions", path, dims, where, problems);
    List<Double> sal = numbers(a, "saliences", path, dims, where, problems);
    if (sal != null && sal.stream().mapToDouble(Double::doubleValue).sum() > 100 + 1e-9) {
      problems.add(where + ": field " + path + "saliences: sum to more than 100");
    }
    if (problems.size() > before) {
      return null;
    }
    return new Stakeholder(name, description, cap, pos, sal);
  }

  private static List<Double> numbers(JsonNode n, String key, String path, int dims, String where,
      List<String> problems) {
    JsonNode l = list(n, key, path, where, problems);
    if (l == null) {
      return null;
    }
    if (l.size() != dims) {
      problems.add(where + ": field " + path + key + ": needs one value per dimension (" + dims + "), has " + l.size());
      return null;
    }
    List<Double> out = new ArrayList<>();
    for (int k = 0; k < l.size(); k++) {
      JsonNode v = l.get(k);
      if (!v.isNumber() || v.asDouble() < 0 || v.asDouble() > 100) {
        problems.add(where + ": field " + path + key + "[" + k + "]: must be a number in [0, 100], was " + v);
        return null;
      }
      out.add(v.asDouble());
    }
    return out;
  }

  private static JsonNode list(JsonNode n, String key, String path, String where, List<String> problems) {
    JsonNode l = n.get(key);
    if (l == null || !l.isArray() || l.isEmpty()) {
      problems.add(where + ": field " + path + key + ": required, a non-empty list");
      return null;
    }
    return l;
  }

  private static String text(JsonNode n, String key, String path, String where, List<String> problems) {
    JsonNode v = n.get(key);
    if (v == null || !v.isValueNode() || v.asText().isBlank()) {
      problems.add(where + ": field " + path + key + ": required, non-empty text");
      return null;
    }
    return v.asText().trim();
  }

  private static Double number(JsonNode n, String key, String path, String where, List<String> problems) {
    JsonNode v = n.get(key);
    if (v == null || !v.isNumber()) {
      problems.add(where + ": field " + path + key + ": required, a number, was " + v);
      return null;
    }
    return v.asDouble();
  }

  private static void unknown(JsonNode n, Set<String> allowed, String path, String where, List<String> problems) {
    if (n == null || !n.isObject()) {
      return;
    }
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!allowed.contains(k)) {
        problems.add(where + ": field " + path + k + ": unknown key (allowed: " + String.join(", ", allowed.stream()
            .sorted().toList()) + ")");
      }
    }
  }
}
