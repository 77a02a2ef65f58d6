package org.strait.ingest.gdelt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strait.ingest.EventReader;
import org.strait.ingest.FileSample;
import org.strait.ingest.ReaderRegistry;
import org.strait.ingest.formats.StandardReaders;

class GdeltDetectionTest {
  @TempDir
  Path dir;

  private static FileSample sample(String... lines) {
    return new FileSample(Path.of("any-name.txt"), List.of(lines));
  }

  @Test
  void detect_eachLayout_isRecognisedByItsOwnReaderOnly() {
    FileSample v2 = sample(GdeltRow.v2().line(), GdeltRow.v2().line());
    FileSample daily = sample(GdeltRow.v1Daily().line());
    FileSample historical = sample(GdeltRow.v1Historical().line());

    assertThat(GdeltEventReader.gdelt2().detect(v2)).isTrue();
    assertThat(GdeltEventReader.gdelt2().detect(daily)).isFalse();
    assertThat(GdeltEventReader.gdelt2().detect(historical)).isFalse();
    assertThat(GdeltEventReader.gdelt1().detect(daily)).isTrue();
    assertThat(GdeltEventReader.gdelt1().detect(historical)).isTrue();
    assertThat(GdeltEventReader.gdelt1().detect(v2)).isFalse();
  }

  @Test
  void detect_dateAddedOfTheOtherVersion_isNotRecognised() {
    FileSample v2WithShortDateAdded = sample(GdeltRow.v2().set("DATEADDED", "20150218").line());
    FileSample dailyWithLongDateAdded = sample(GdeltRow.v1Daily().set("DATEADDED", "20150218233000").line());

    assertThat(GdeltEventReader.gdelt2().detect(v2WithShortDateAdded)).isFalse();
    assertThat(GdeltEventReader.gdelt1().detect(dailyWithLongDateAdded)).isFalse();
  }

  @Test
  void detect_otherFormatsAndEmptySamples_areNotGdelt() {
    FileSample icews = sample("Event ID\tEvent Date\tSource Name\tSource Sectors\tSource Country\tEvent Text",
        "926685\t1995-01-01\tExtremist (Russia)\tRadicals\tRussian Federation\tPraise or endorse");
    FileSample quadruples = sample("0\t1\t2\t24\t-1");
    FileSample empty = sample();
    FileSample header = sample(String.join("\t", GdeltRow.v2().line().replaceAll("[^\t]+", "X").split("\t", -1)));
    for (EventReader reader : List.of(GdeltEventReader.gdelt1(), GdeltEventReader.gdelt2())) {
      assertThat(reader.detect(icews)).as(reader.format()).isFalse();
      assertThat(reader.detect(quadruples)).as(reader.format()).isFalse();
      assertThat(reader.detect(empty)).as(reader.format()).isFalse();
      assertThat(reader.detect(header)).as(reader.format()).isFalse();
    }
  }

  @Test
  void detect_mostlyGoodSample_toleratesABadRow() {
    FileSample oneBad = sample(GdeltRow.v2().line(), "garbage", GdeltRow.v2().line());
    FileSample mostlyBad = sample(GdeltRow.v2().line(), "garbage", "more garbage");

    assertThat(GdeltEventReader.gdelt2().detect(oneBad)).isTrue();
    assertThat(GdeltEventReader.gdelt2().detect(mostlyBad)).isFalse();
  }

  @Test
  void registry_compressedFilesWithoutTellingNames_areDetectedByContent() throws IOException {
    Path v2 = GdeltFiles.write(dir, "a.zip", GdeltFiles.lines(List.of(GdeltRow.v2().line())));
    Path v1 = GdeltFiles.write(dir, "b.gz", GdeltFiles.lines(List.of(GdeltRow.v1Historical().line())));
    Path text = GdeltFiles.write(dir, "README", "Not events.\n".getBytes(StandardCharsets.UTF_8));
    ReaderRegistry registry = StandardReaders.registry();

    assertThat(registry.detect(v2)).map(EventReader::format).contains("gdelt2");
    assertThat(registry.detect(v1)).map(EventReader::format).contains("gdelt1");
    assertThat(registry.detect(text)).isEmpty();
  }
}
