package org.strait.web;

import io.javalin.config.RoutesConfig;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.strait.app.bargain.BargainCase;
import org.strait.model.scenario.Scenario;

/**
 * What the server can run: {@code /api/scenarios} (the scenarios read at start, with their seeds, claims, spans and
 * thresholds) and {@code /api/cases} (the shipped bargaining cases), each with the files that did not read.
 */
final class CatalogueRoutes {
  private final Map<String, Object> scenarios;
  private final Map<String, Object> cases;

  CatalogueRoutes(ScenarioCatalogue scenarioCatalogue, CaseCatalogue caseCatalogue) {
    scenarios = new LinkedHashMap<>();
    scenarios.put("scenarios", scenarioCatalogue.scenarios().values().stream().map(CatalogueRoutes::scenario)
        .toList());
    scenarios.put("problems", scenarioCatalogue.problems());
    cases = new LinkedHashMap<>();
    cases.put("cases", caseCatalogue.cases().entrySet().stream().map(e -> bargainCase(e.getKey(), e.getValue()))
        .toList());
    cases.put("problems", caseCatalogue.problems());
  }

  void register(RoutesConfig routes) {
    routes.get("/api/scenarios", ctx -> {
      new QueryParams(ctx.queryParamMap(), Set.of()).check();
      ctx.json(scenarios);
    });
    routes.get("/api/cases", ctx -> {
      new QueryParams(ctx.queryParamMap(), Set.of()).check();
      ctx.json(cases);
    });
  }

  private static Map<String, Object> scenario(Scenario s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", s.id());
    m.put("title", s.title());
    m.put("seeds", s.seeds());
    m.put("claim", s.claim());
    m.put("start", s.start().toString());
    m.put("horizonMonths", s.horizonMonths());
    m.put("thresholds", s.thresholds().stream().map(t -> {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("name", t.name());
      e.put("level", t.level());
      e.put("below", t.below());
      e.put("note", t.note());
      return e;
    }).toList());
    return m;
  }

  private static Map<String, Object> bargainCase(String id, BargainCase c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", id);
    m.put("title", c.dispute().title());
    m.put("dimensions", c.dispute().dimensions());
    m.put("actors", c.dispute().stakeholders().stream().map(a -> a.name()).toList());
    m.put("observed", c.observed());
    m.put("observedNote", c.observedNote());
    return m;
  }
}
