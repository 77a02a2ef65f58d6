package org.strait.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.function.Supplier;

/**
 * Answers reads with JSON cached as bytes in {@link StoreReads#cached} under a key, for the store's current
 * fingerprint, so that a repeated read costs neither a computation nor a serialisation.
 */
final class CachedJson {
  private final StoreReads reads;
  private final ObjectMapper mapper;

  CachedJson(StoreReads reads, ObjectMapper mapper) {
    this.reads = reads;
    this.mapper = mapper;
  }

  /** Answers with the JSON of {@code compute}'s value, cached under {@code key}. */
  void send(Context ctx, String key, Supplier<Object> compute) {
    byte[] body = reads.cached(key, () -> {
      try {
        return mapper.writeValueAsBytes(compute.get());
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("cannot write " + key + " as JSON", e);
      }
    });
    ctx.contentType("application/json").result(body);
  }
}
