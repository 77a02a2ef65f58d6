package org.strait.ingest.quad;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

class LineSourceProperties {
  @Property(tries = 300)
  void next_anyBytes_yieldsOneEntryPerLine(@ForAll @Size(max = 2000) byte[] bytes) throws IOException {
    long count = 0;
    try (LineSource lines = new LineSource(new ByteArrayInputStream(bytes))) {
      while (lines.next()) {
        count++;
        assertThat(lines.number()).isEqualTo(count);
        assertThat(lines.text() == null).isEqualTo(lines.problem() != null);
      }
    }
    assertThat(count).isEqualTo(FuzzFiles.lines(bytes));
  }

  @Property(tries = 300)
  void next_validUtf8Text_givesBackTheLines(@ForAll @Size(max = 20) List<String> texts) throws IOException {
    List<String> clean = texts.stream().map(t -> t.replace("\n", " ").replace("\r", " ").replace("\uFEFF", " "))
        .map(LineSourceProperties::wellFormed).toList();
    byte[] bytes = (String.join("\n", clean) + "\n").getBytes(StandardCharsets.UTF_8);
    List<String> read = new ArrayList<>();
    try (LineSource lines = new LineSource(new ByteArrayInputStream(bytes))) {
      while (lines.next()) {
        read.add(lines.text());
      }
    }
    assertThat(read).isEqualTo(clean.isEmpty() ? List.of("") : clean);
  }

  private static String wellFormed(String s) {
    return new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
  }
}
