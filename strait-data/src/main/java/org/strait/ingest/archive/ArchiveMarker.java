package org.strait.ingest.archive;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.strait.ingest.IngestException;

/**
 * The marker file of an archive, {@code {"format": "strait-archive", "version": V, "files": [{"file": F, "valid":
 * n, "kept": n, "rejected": n}, ...]}}, as the Spark job writes it last, and the totals it promises the tables hold.
 *
 * @param version the strait version that wrote the archive
 * @param valid valid rows of all input files, which {@code source_months} must sum to
 * @param kept kept events of all input files, the rows of {@code events}
 * @param rejected rejected rows of all input files, the rows of {@code rejects}
 */
record ArchiveMarker(String version, long valid, long kept, long rejected) {
  /** The format name the marker must state. */
  static final String FORMAT = "strait-archive";

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  /** Reads and checks the marker, or throws an {@link IngestException} on it saying what is wrong. */
  static ArchiveMarker read(Path marker) throws IOException {
    if (!Files.isRegularFile(marker)) {
      throw new IngestException(marker, Files.exists(marker) ? "the archive marker is not a file"
          : "the archive marker does not exist; an archive folder is read through its " + ArchiveReader.MARKER);
    }
    byte[] bytes = Files.readAllBytes(marker);
    if (bytes.length == 0) {
      throw new IngestException(marker, "the archive marker is empty; the Spark job writes it last, so the job"
          + " that wrote this folder may not have finished");
    }
    JsonNode root;
    try {
      root = JSON.readTree(bytes);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new IngestException(marker, at == null ? 0 : at.getLineNr(), "the archive marker is not valid JSON: "
          + e.getOriginalMessage() + (at == null ? "" : " (column " + at.getColumnNr() + ")"), null);
    }
    if (root == null || !root.isObject()) {
      throw new IngestException(marker, "the archive marker is not a JSON object {\"format\": \"" + FORMAT
          + "\", ...}");
    }
    JsonNode format = root.get("format");
    if (format == null || !format.isTextual()) {
      throw new IngestException(marker, "the archive marker has no \"format\" text; expected \"" + FORMAT + "\"");
    }
    if (!format.textValue().equals(FORMAT)) {
      throw new IngestException(marker, "the archive marker states format \"" + format.textValue()
          + "\"; this reader reads \"" + FORMAT + "\"");
    }
    JsonNode version = root.get("version");
    if (version == null || !version.isTextual() || version.textValue().isBlank()) {
      throw new IngestException(marker, "the archive marker has no \"version\" text (the strait version that wrote"
          + " it), found " + version);
    }
    JsonNode files = root.get("files");
    if (files == null || !files.isArray()) {
      throw new IngestException(marker, "the archive marker has no \"files\" list, found " + files);
    }
    long[] totals = new long[3];
    for (int i = 0; i < files.size(); i++) {
      JsonNode f = files.get(i);
      String where = "the archive marker's files[" + i + "]";
      if (!f.isObject() || !f.path("file").isTextual()) {
        throw new IngestException(marker, where + " is not an object with a \"file\" name: " + f);
      }
      long valid = count(marker, where, f, "valid");
      long kept = count(marker, where, f, "kept");
      if (kept > valid) {
        throw new IngestException(marker, where + " (" + f.get("file").textValue() + ") has " + kept
            + " kept rows, more than its " + valid + " valid rows");
      }
      totals[0] += valid;
      totals[1] += kept;
      totals[2] += count(marker, where, f, "rejected");
    }
    return new ArchiveMarker(version.textValue(), totals[0], totals[1], totals[2]);
  }

  private static long count(Path marker, String where, JsonNode file, String field) {
    JsonNode n = file.get(field);
    if (n == null || !n.isIntegralNumber() || !n.canConvertToLong() || n.longValue() < 0) {
      throw new IngestException(marker, where + " (" + file.get("file").textValue() + ") has \"" + field + "\": "
          + n + "; expected a count, a whole number of at least 0");
    }
    return n.longValue();
  }
}
