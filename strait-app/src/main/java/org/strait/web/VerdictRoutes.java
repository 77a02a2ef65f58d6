package org.strait.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import org.strait.store.SavedVerdicts;

/**
 * {@code GET /api/verdicts/latest}: the verdict table computed last on this store (by the demo, {@code strait
 * verdicts} or the dashboard's {@code verdicts} job), with its provenance; 404 when none was kept. Read afresh on
 * every request (a job may have kept a newer one), never from the cache.
 */
final class VerdictRoutes {
  private final StoreReads reads;
  private final ObjectMapper mapper;

  VerdictRoutes(StoreReads reads, ObjectMapper mapper) {
    this.reads = reads;
    this.mapper = mapper;
  }

  void register(RoutesConfig routes) {
    routes.get("/api/verdicts/latest", ctx -> {
      new QueryParams(ctx.queryParamMap(), Set.of()).check();
      ctx.json(latest());
    });
  }

  /** Returns the latest kept table as the route's document, or throws a 404. */
  ObjectNode latest() {
    record Found(SavedVerdicts saved, long filesNow) {}
    Found found = reads.read("read the saved verdict table", c -> {
      SavedVerdicts saved = c.latestVerdicts().orElse(null);
      return saved == null ? null : new Found(saved, c.fileCount());
    });
    if (found == null) {
      throw ApiException.notFound("no verdict table has been computed on this store yet: run the verdicts job"
          + " (POST /api/jobs {\"type\":\"verdicts\"}), strait verdicts or strait demo");
    }
    return document(found.saved(), found.filesNow());
  }

  private ObjectNode document(SavedVerdicts s, long filesNow) {
    ObjectNode out = mapper.createObjectNode();
    out.put("id", s.id());
    out.put("computedAt", s.savedAt().toString());
    out.put("computedBy", s.computedBy());
    ObjectNode data = out.putObject("data");
    data.put("start", s.dataStart().toString());
    data.put("end", s.dataEnd().toString());
    data.put("files", s.files());
    data.put("filesNow", filesNow);
    ObjectNode windows = out.putObject("windows");
    windows.put("trainStart", s.trainStart().toString());
    windows.put("trainEnd", s.trainEnd().toString());
    windows.put("testStart", s.trainEnd().plusMonths(1).toString());
    windows.put("testEnd", s.testEnd().toString());
    out.put("seed", s.seed());
    out.put("samples", s.samples());
    out.put("version", s.version());
    try {
      out.set("table", mapper.readTree(s.json()));
    } catch (IOException e) {
      throw new UncheckedIOException("the saved verdict table " + s.id() + " is not JSON", e);
    }
    return out;
  }
}
