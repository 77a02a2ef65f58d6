package org.strait.scenario;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.strait.model.Driver;
import org.strait.model.DriverPath;
import org.strait.model.InitialState;
import org.strait.model.Issue;
import org.strait.model.Lever;
import org.strait.model.LeverKind;
import org.strait.model.Shock;
import org.strait.model.ShockKind;
import org.strait.model.ensemble.Threshold;
import org.strait.model.scenario.Capital;
import org.strait.model.scenario.Inauguration;

/** The readers of a scenario file's sections; each reports its violations and returns what it could read. */
final class Sections {
  private Sections() {}

  static InitialState initial(Node node) {
    if (!node.isMapping()) {
      return null;
    }
    node.onlyFields(Set.of("temperature", "sentiment", "threat", "issues"));
    Double temperature = node.field("temperature").number(true, -9.99, 9.99);
    Double sentiment = node.field("sentiment").number(false, -0.99, 0.99);
    Double threat = node.field("threat").number(false, 0, 100);
    Map<Issue, Double> issues = new EnumMap<>(Issue.class);
    Node in = node.field("issues");
    if (in.present() && in.isMapping()) {
      for (String name : in.fieldNames()) {
        Node value = in.field(name);
        Issue issue;
        try {
          issue = Issue.ofKey(name);
        } catch (IllegalArgumentException e) {
          value.fail("unknown issue");
          continue;
        }
        Double v = value.number(true, 0, 1);
        if (v != null) {
          issues.put(issue, v);
        }
      }
    }
    if (temperature == null) {
      return null;
    }
    return new InitialState(temperature, sentiment == null ? 0 : sentiment, threat == null ? 0 : threat, issues);
  }

  static List<Inauguration> governments(Node node, YearMonth end) {
    List<Inauguration> out = new ArrayList<>();
    for (Node g : node.items()) {
      if (!g.isMapping()) {
        continue;
      }
      g.onlyFields(Set.of("capital", "month", "orientation", "note"));
      Capital capital = ScenarioReader.capital(g.field("capital"));
      YearMonth month = g.field("month").month(true);
      if (month != null && end != null && month.isAfter(end)) {
        g.field("month").fail(month + " is after the run's end " + end);
      }
      Double orientation = orientation(g.field("orientation"));
      if (capital != null && month != null) {
        out.add(new Inauguration(capital, month, orientation == null ? 0 : orientation));
      }
    }
    return out;
  }

  private static Double orientation(Node node) {
    if (!node.present()) {
      return null;
    }
    if (node.json.isTextual()) {
      return switch (node.json.asText()) {
        case "conservative" -> 1.0;
        case "progressive" -> -1.0;
        default -> {
          node.fail("'" + node.json.asText() + "' must be conservative, progressive or a number in -1..1");
          yield null;
        }
      };
    }
    return node.number(false, -1, 1);
  }

  static List<Shock> shocks(Node node, YearMonth start, YearMonth end) {
    List<Shock> out = new ArrayList<>();
    for (Node s : node.items()) {
      if (!s.isMapping()) {
        continue;
      }
      s.onlyFields(Set.of("month", "kind", "issue", "magnitude", "note"));
      YearMonth month = s.field("month").month(true);
      ScenarioReader.within(s.field("month"), month, start, end);
      ShockKind kind = ScenarioReader.shockKind(s.field("kind"));
      Issue issue = null;
      if (kind != null && kind.needsIssue()) {
        issue = ScenarioReader.issue(s.field("issue"), true);
      } else if (kind != null && s.field("issue").present()) {
        s.field("issue").fail("a " + kind.key() + " shock takes no issue");
      }
      boolean fraction = kind != null && kind.needsIssue();
      boolean count = kind == ShockKind.NUCLEAR_TEST || kind == ShockKind.MISSILE_TEST;
      Double magnitude = s.field("magnitude").number(!count, fraction || count ? 0 : -10, fraction ? 1 : 10);
      if (month != null && kind != null && (issue != null || !kind.needsIssue())
          && (magnitude != null || count)) {
        out.add(new Shock(month, kind, issue, magnitude == null ? 1 : magnitude));
      }
    }
    return out;
  }

  static Map<Driver, DriverPath> drivers(Node node) {
    Map<Driver, DriverPath> out = new EnumMap<>(Driver.class);
    if (!node.present() || !node.isMapping()) {
      return out;
    }
    for (String name : node.fieldNames()) {
      Node pathNode = node.field(name);
      Driver driver = ScenarioReader.driver(pathNode, name);
      List<DriverPath.Point> points = new ArrayList<>();
      List<Node> items = pathNode.items();
      if (pathNode.present() && pathNode.json.isArray() && items.isEmpty()) {
        pathNode.fail("needs at least one point");
      }
      YearMonth previous = null;
      boolean ok = true;
      for (Node p : items) {
        if (!p.isMapping()) {
          ok = false;
          continue;
        }
        p.onlyFields(Set.of("month", "value", "note"));
        YearMonth month = p.field("month").month(true);
        Double value = p.field("value").number(true, -1000, 1000);
        if (month != null && previous != null && !month.isAfter(previous)) {
          p.field("month").fail(month + " must come after " + previous);
          ok = false;
        }
        previous = month == null ? previous : month;
        if (month == null || value == null) {
          ok = false;
        } else {
          points.add(new DriverPath.Point(month, value));
        }
      }
      if (driver != null && ok && !points.isEmpty()) {
        out.put(driver, new DriverPath(points));
      }
    }
    return out;
  }

  static List<Lever> levers(Node node, YearMonth start, YearMonth end) {
    List<Lever> out = new ArrayList<>();
    for (Node l : node.items()) {
      if (!l.isMapping()) {
        continue;
      }
      l.onlyFields(Set.of("month", "kind", "strength", "note"));
      YearMonth month = l.field("month").month(true);
      ScenarioReader.within(l.field("month"), month, start, end);
      LeverKind kind = ScenarioReader.leverKind(l.field("kind"));
      Double strength = l.field("strength").number(false, 0, 3);
      if (month != null && kind != null) {
        out.add(new Lever(month, kind, strength == null ? 1 : strength));
      }
    }
    return out;
  }

  static List<Threshold> thresholds(Node node) {
    List<Threshold> out = new ArrayList<>();
    for (Node t : node.items()) {
      if (!t.isMapping()) {
        continue;
      }
      t.onlyFields(Set.of("name", "below", "above", "note"));
      String name = t.field("name").text(true);
      if (name != null && !name.matches("[a-z0-9][a-z0-9-]*")) {
        t.field("name").fail("'" + name + "' must be lower-case letters, digits and dashes");
        name = null;
      }
      boolean hasBelow = t.field("below").present();
      boolean hasAbove = t.field("above").present();
      if (hasBelow == hasAbove) {
        t.fail("needs exactly one of below or above");
        continue;
      }
      Double level = t.field(hasBelow ? "below" : "above").number(true, -10, 10);
      String note = t.field("note").text(false);
      if (name != null && level != null) {
        out.add(new Threshold(name, level, hasBelow, note));
      }
    }
    return out;
  }
}
