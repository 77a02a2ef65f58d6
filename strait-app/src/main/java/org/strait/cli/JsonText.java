package org.strait.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** JSON as the commands print it: indented, without a final line break. */
final class JsonText {
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private JsonText() {}

  /** Returns {@code value} as indented JSON. */
  static String pretty(Object value) throws JsonProcessingException {
    return MAPPER.writeValueAsString(value);
  }
}
