package org.strait.scenario;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.strait.model.Driver;
import org.strait.model.DriverPath;
import org.strait.model.InitialState;
import org.strait.model.Issue;
import org.strait.model.Lever;
import org.strait.model.LeverKind;
import org.strait.model.MechanismId;
import org.strait.model.ParameterSpec;
import org.strait.model.Shock;
import org.strait.model.ShockKind;
import org.strait.model.ensemble.Threshold;
import org.strait.model.mechanism.Mechanisms;
import org.strait.model.scenario.Capital;
import org.strait.model.scenario.Inauguration;
import org.strait.model.scenario.Scenario;

/**
 * Reads a scenario file (YAML) into a {@link Scenario}, checking every field and reporting every violation at once
 * with its field path, e.g. {@code shocks[2].month: 2031-13 is not a month}. The format is described in
 * {@code scenarios/README.md}.
 */
public final class ScenarioReader {
  private static final Set<String> TOP = Set.of("id", "title", "follows", "start", "horizon", "mechanisms",
      "parameters", "initial", "governments", "shocks", "drivers", "levers", "thresholds", "bargaining");
  private static final YAMLMapper YAML = YAMLMapper.builder()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();

  private ScenarioReader() {}

  /**
   * Reads the scenario in {@code file}.
   *
   * @throws ScenarioInvalidException listing every problem, with the file name
   * @throws UncheckedIOException when the file cannot be read
   */
  public static Scenario read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("scenario file " + file + " does not exist");
    }
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read scenario file " + file, e);
    }
  }

  /**
   * Parses scenario text; {@code source} names it in messages.
   *
   * @throws ScenarioInvalidException listing every problem
   */
  public static Scenario parse(String yaml, String source) {
    JsonNode root;
    try {
      root = YAML.readTree(yaml);
    } catch (JsonProcessingException e) {
      var at = e.getLocation();
      String where = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
      throw new ScenarioInvalidException(source, List.of(new Violation(where, "not valid YAML: "
          + YamlSyntax.problem(e))));
    }
    List<Violation> violations = new ArrayList<>();
    Node top = new Node(root, "", violations);
    if (!top.isMapping()) {
      throw new ScenarioInvalidException(source, violations);
    }
    top.onlyFields(TOP);
    String id = top.field("id").text(true);
    if (id != null && !id.matches("[a-z0-9][a-z0-9-]*")) {
      top.field("id").fail("'" + id + "' must be lower-case letters, digits and dashes");
    }
    String title = top.field("title").text(true);
    Node follows = top.field("follows");
    List<String> seeds = new ArrayList<>();
    String claim = null;
    if (follows.isMapping()) {
      follows.onlyFields(Set.of("seeds", "claim"));
      for (Node s : follows.field("seeds").items()) {
        String seed = s.text(true);
        if (seed != null && seed.startsWith("seed") && !seed.matches("seed 00[0-4]")) {
          s.fail("'" + seed + "' is not a seed file: write 'seed 000' to 'seed 004', or name a public document");
        } else if (seed != null) {
          seeds.add(seed);
        }
      }
      claim = follows.field("claim").text(true);
    }
    YearMonth start = top.field("start").month(true);
    Integer horizon = top.field("horizon").integer(true, 1, 1200);
    YearMonth end = start == null || horizon == null ? null : start.plusMonths(horizon - 1L);
    Map<MechanismId, Boolean> switches = switches(top.field("mechanisms"));
    Map<String, Double> parameters = parameters(top.field("parameters"));
    InitialState initial = Sections.initial(top.field("initial"));
    List<Inauguration> governments = Sections.governments(top.field("governments"), end);
    List<Shock> shocks = Sections.shocks(top.field("shocks"), start, end);
    Map<Driver, DriverPath> drivers = Sections.drivers(top.field("drivers"));
    List<Lever> levers = Sections.levers(top.field("levers"), start, end);
    List<Threshold> thresholds = Sections.thresholds(top.field("thresholds"));
    if (!violations.isEmpty()) {
      throw new ScenarioInvalidException(source, violations);
    }
    try {
      return new Scenario(id, title, seeds, claim, start, horizon, switches, parameters, initial, governments,
          shocks, drivers, levers, thresholds);
    } catch (IllegalArgumentException e) {
      throw new ScenarioInvalidException(source, List.of(new Violation("", e.getMessage())));
    }
  }

  private static Map<MechanismId, Boolean> switches(Node node) {
    Map<MechanismId, Boolean> out = new EnumMap<>(MechanismId.class);
    if (!node.present()) {
      return out;
    }
    if (!node.isMapping()) {
      return out;
    }
    for (String name : node.fieldNames()) {
      Node value = node.field(name);
      MechanismId id;
      try {
        id = MechanismId.valueOf(name);
      } catch (IllegalArgumentException e) {
        value.fail("unknown mechanism (M1 to M12)");
        continue;
      }
      Boolean on = value.bool(true);
      if (on != null) {
        out.put(id, on);
      }
    }
    return out;
  }

  private static Map<String, Double> parameters(Node node) {
    Map<String, Double> out = new LinkedHashMap<>();
    if (!node.present() || !node.isMapping()) {
      return out;
    }
    Map<String, ParameterSpec> specs = new LinkedHashMap<>();
    Mechanisms.catalogue().forEach(s -> specs.put(s.name(), s));
    for (String name : node.fieldNames()) {
      Node value = node.field(name);
      ParameterSpec spec = specs.get(name);
      if (spec == null) {
        value.fail("unknown parameter");
        continue;
      }
      Double v = value.number(true, spec.lower(), spec.upper());
      if (v != null) {
        out.put(name, v);
      }
    }
    return out;
  }

  static <E extends Enum<E>> E key(Node node, java.util.function.Function<String, E> ofKey, String what,
      boolean required) {
    String text = node.text(required);
    if (text == null) {
      return null;
    }
    try {
      return ofKey.apply(text);
    } catch (IllegalArgumentException e) {
      node.fail("unknown " + what + " '" + text + "'");
      return null;
    }
  }

  /** Adds a violation at {@code node} when {@code month} lies outside the run {@code start..end}. */
  public static void within(Node node, YearMonth month, YearMonth start, YearMonth end) {
    if (month != null && start != null && end != null && (month.isBefore(start) || month.isAfter(end))) {
      node.fail(month + " is outside the run " + start + ".." + end);
    }
  }

  static Capital capital(Node node) {
    return key(node, s -> Capital.valueOf(s.toUpperCase(java.util.Locale.ROOT)), "capital (seoul or tokyo)", true);
  }

  static ShockKind shockKind(Node node) {
    return key(node, ShockKind::ofKey, "shock kind", true);
  }

  /** Returns the issue {@code node} names, or null with a violation (unknown, or absent when required). */
  public static Issue issue(Node node, boolean required) {
    return key(node, Issue::ofKey, "issue", required);
  }

  static LeverKind leverKind(Node node) {
    return key(node, LeverKind::ofKey, "lever", true);
  }

  static Driver driver(Node node, String name) {
    try {
      return Driver.ofKey(name);
    } catch (IllegalArgumentException e) {
      node.fail("unknown driver");
      return null;
    }
  }
}
