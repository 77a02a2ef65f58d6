package org.strait.web;

import io.javalin.config.RoutesConfig;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.strait.app.ChronicleJson;
import org.strait.app.ChronicleView;
import org.strait.knowledge.CountryCodes;
import org.strait.core.Country;
import org.strait.knowledge.Dispute;
import org.strait.knowledge.DisputeLink;
import org.strait.knowledge.Election;
import org.strait.knowledge.Knowledge;
import org.strait.knowledge.Term;

/**
 * The knowledge-base reads: {@code /api/chronicle} (filtered by days, dispute and actor), {@code /api/leaders}
 * (terms of office and elections) and {@code /api/disputes} (disputes and the links between them), every entry with
 * its source and confidence, from {@link Knowledge#standard()} loaded once.
 */
final class KnowledgeRoutes {
  private static final Set<String> CHRONICLE_PARAMS = Set.of("from", "to", "dispute", "actor");

  private final CachedJson json;
  private volatile Knowledge loaded;

  KnowledgeRoutes(CachedJson json) {
    this.json = json;
  }

  /** Returns the standard knowledge base, loading it on first use. */
  Knowledge knowledge() {
    Knowledge k = loaded;
    if (k == null) {
      k = Knowledge.standard();
      loaded = k;
    }
    return k;
  }

  void register(RoutesConfig routes) {
    routes.get("/api/chronicle", ctx -> {
      QueryParams q = new QueryParams(ctx.queryParamMap(), CHRONICLE_PARAMS);
      LocalDate from = q.date("from");
      LocalDate to = q.date("to");
      String dispute = q.text("dispute", 100);
      String actor = q.text("actor", 3);
      q.ordered("date", from, to);
      if (dispute != null) {
        ChronicleView.unknownDispute(knowledge(), dispute).ifPresent(problem -> q.problem("dispute", problem));
      }
      if (actor != null && !actor.matches("[A-Z]{3}")) {
        q.problem("actor", "must be an ISO3 code such as KOR, was '" + actor + "'");
      } else if (actor != null && !CountryCodes.known(new org.strait.core.Country(actor))) {
        q.problem("actor", "unknown country code '" + actor + "'; " + CountryCodes.valid());
      }
      q.check();
      json.send(ctx, "chronicle " + from + " " + to + " " + dispute + " " + actor, () -> ChronicleView.select(
          knowledge(), from, to, dispute, actor == null ? null : Country.of(actor)).entries().stream()
          .map(ChronicleJson::entry).toList());
    });
    routes.get("/api/leaders", ctx -> {
      new QueryParams(ctx.queryParamMap(), Set.of()).check();
      json.send(ctx, "leaders", () -> new Leaders(
          knowledge().leaders().terms().stream().map(KnowledgeRoutes::term).toList(),
          knowledge().leaders().elections().stream().map(KnowledgeRoutes::election).toList()));
    });
    routes.get("/api/disputes", ctx -> {
      new QueryParams(ctx.queryParamMap(), Set.of()).check();
      json.send(ctx, "disputes", () -> new Disputes(
          knowledge().disputes().all().stream().map(KnowledgeRoutes::dispute).toList(),
          knowledge().disputes().links().stream().map(KnowledgeRoutes::link).toList()));
    });
  }

  /** The body of {@code /api/leaders}: terms, then elections (a record keeps the keys' order on every run). */
  record Leaders(List<Map<String, Object>> terms, List<Map<String, Object>> elections) {}

  /** The body of {@code /api/disputes}: the disputes, then their links. */
  record Disputes(List<Map<String, Object>> disputes, List<Map<String, Object>> links) {}

  private static List<String> codes(List<Country> countries) {
    return countries.stream().map(Country::code).toList();
  }

  private static Map<String, Object> term(Term t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("office", t.office().id());
    m.put("country", t.office().country().code());
    m.put("person", t.person());
    m.put("start", t.start().toString());
    m.put("end", t.end() == null ? null : t.end().toString());
    m.put("acting", t.acting());
    m.put("party", t.party());
    m.put("orientation", t.orientation() == null ? null : t.orientation().label());
    m.put("source", t.source());
    m.put("confidence", t.confidence().label());
    return m;
  }

  private static Map<String, Object> election(Election e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("country", e.country().code());
    m.put("date", e.date().toString());
    m.put("kind", e.kind());
    m.put("winner", e.winner());
    m.put("source", e.source());
    m.put("confidence", e.confidence().label());
    return m;
  }

  private static Map<String, Object> dispute(Dispute d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", d.id());
    m.put("name", d.name());
    m.put("parties", codes(d.parties()));
    m.put("domain", d.domain());
    m.put("description", d.description());
    m.put("source", d.source());
    return m;
  }

  private static Map<String, Object> link(DisputeLink l) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("from", l.from());
    m.put("to", l.to());
    m.put("kind", l.kind());
    m.put("evidence", l.evidence());
    m.put("source", l.source());
    m.put("confidence", l.confidence().label());
    return m;
  }
}
