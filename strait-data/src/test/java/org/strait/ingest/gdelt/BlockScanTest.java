package org.strait.ingest.gdelt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.strait.ingest.IngestException;

class BlockScanTest {
  /** Records, per block, its first line and its lines as text. */
  private static List<String> scan(String text, int threads, int blockSize, int maxLine) throws IOException {
    List<String> seen = new ArrayList<>();
    new BlockScan(threads, blockSize, maxLine).run(Path.of("f.CSV"),
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        block -> block.rows = (int) new String(block.data, 0, block.length, StandardCharsets.UTF_8).lines().count(),
        (block, first) -> seen.add(first + ":" + new String(block.data, 0, block.length, StandardCharsets.UTF_8)));
    return seen;
  }

  @Test
  void run_linesAcrossBlocks_areCutAtLineEndsAndNumberedInOrder() throws IOException {
    List<String> seen = scan("aa\nbbbb\nc\ndddddddd\ne", 2, 4, 1 << 10);

    assertThat(String.join("", seen.stream().map(s -> s.substring(s.indexOf(':') + 1)).toList()))
        .isEqualTo("aa\nbbbb\nc\ndddddddd\ne\n");
    assertThat(seen).allSatisfy(s -> assertThat(s).endsWith("\n"));
    assertThat(seen.get(0)).startsWith("1:aa\n");
    assertThat(seen.get(seen.size() - 1)).endsWith("e\n");
    long lastFirst = Long.parseLong(seen.get(seen.size() - 1).split(":")[0]);
    long linesBefore = seen.subList(0, seen.size() - 1).stream()
        .mapToLong(s -> s.chars().filter(c -> c == '\n').count()).sum();
    assertThat(lastFirst).isEqualTo(linesBefore + 1);
  }

  @Test
  void run_lineLongerThanTheLimit_failsNamingTheFileAndLine() {
    String text = "a\nb\n" + "x".repeat(300) + "\nc\n";

    assertThatThrownBy(() -> scan(text, 1, 8, 64))
        .isInstanceOf(IngestException.class)
        .hasMessage("f.CSV:3: the line is longer than 64 bytes; this is not a GDELT events file");
  }
}
