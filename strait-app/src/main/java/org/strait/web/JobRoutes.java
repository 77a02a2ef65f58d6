package org.strait.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The job endpoints: list the job types, submit a job ({@code 202} with its status and {@code Location}), follow
 * it, fetch its result and cancel it.
 */
final class JobRoutes {
  private static final Set<String> BODY_FIELDS = Set.of("type", "params");

  private final JobService jobs;
  private final ObjectMapper mapper;

  JobRoutes(JobService jobs, ObjectMapper mapper) {
    this.jobs = jobs;
    this.mapper = mapper;
  }

  void register(RoutesConfig routes) {
    routes.get("/api/jobs/types", ctx -> ctx.json(types()));
    routes.get("/api/jobs", ctx -> ctx.json(jobs.list()));
    routes.post("/api/jobs", this::submit);
    routes.get("/api/jobs/{id}", ctx -> ctx.json(jobs.status(ctx.pathParam("id"))));
    routes.get("/api/jobs/{id}/result", ctx -> {
      String id = ctx.pathParam("id");
      Map<String, Object> body = new LinkedHashMap<>();
      JobStatus s = jobs.status(id);
      Object result = jobs.result(id);
      body.put("id", id);
      body.put("type", s.type());
      body.put("params", s.params());
      body.put("version", s.version());
      body.put("result", result);
      ctx.json(body);
    });
    routes.delete("/api/jobs/{id}", ctx -> ctx.json(jobs.cancel(ctx.pathParam("id"))));
  }

  private List<Map<String, Object>> types() {
    List<Map<String, Object>> out = new ArrayList<>();
    for (JobType t : jobs.types()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", t.name());
      m.put("description", t.description());
      m.put("parameters", t.parameters());
      out.add(m);
    }
    return out;
  }

  private void submit(Context ctx) {
    JsonNode body;
    try {
      body = mapper.readTree(ctx.body());
    } catch (JsonProcessingException e) {
      throw new ValidationException("body", "not valid JSON: " + e.getOriginalMessage());
    }
    if (body == null || !body.isObject()) {
      throw new ValidationException("body", "must be a JSON object {\"type\": ..., \"params\": {...}}");
    }
    List<FieldProblem> problems = new ArrayList<>();
    for (Iterator<String> it = body.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!BODY_FIELDS.contains(name)) {
        problems.add(new FieldProblem(name, "unknown field; known: params, type"));
      }
    }
    JsonNode type = body.get("type");
    if (type != null && !type.isTextual()) {
      problems.add(new FieldProblem("type", "must be a string, was " + type));
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    JobStatus status = jobs.submit(type == null ? null : type.textValue(), body.get("params"));
    ctx.status(202).header("Location", "/api/jobs/" + status.id()).json(status);
  }
}
