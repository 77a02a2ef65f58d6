package org.strait.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class BargainCommandTest {

  private record Result(int code, String out, String err) {}

  private static Result run(String... args) {
    CommandLine cli = Main.commandLine(args);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute(args);
    return new Result(code, out.toString(), err.toString());
  }

  private static String wartime() throws URISyntaxException {
    return Path.of(BargainCommandTest.class.getResource("/cases/wartime-labour.yaml").toURI()).toString();
  }

  @Test
  void bargain_csv_oneRowPerActorAndDimension() throws Exception {
    Result r = run("bargain", wartime(), "--model", "smp");
    assertThat(r.code()).isZero();
    String[] lines = r.out().split("\n");
    assertThat(lines[0]).isEqualTo("actor,dimension,initial,final");
    assertThat(lines).hasSize(12);
    assertThat(lines[1]).startsWith("KOR-GOV,payer,80.000,");
    assertThat(r.err()).contains("baseline").contains("observed outcome 90.0");
  }

  @Test
  void bargain_jsonMonteCarlo_sameForAnyThreadCount() throws Exception {
    Result one = run("bargain", wartime(), "--model", "eu", "--runs", "6", "--seed", "3", "--threads", "1",
        "--format", "json");
    Result three = run("bargain", wartime(), "--model", "eu", "--runs", "6", "--seed", "3", "--threads", "3",
        "--format", "json");
    assertThat(one.code()).isZero();
    assertThat(one.out()).contains("\"seed\" : 3").contains("\"version\"").contains("\"sensitivity\"")
        .contains("\"baseline\"");
    // the observed settlement's keys in a fixed order: the same bytes in every JVM, not only in one
    assertThat(one.out()).containsPattern("\"observed\" : \\{\\s*\"position\" : 90\\.0,\\s*\"note\" : ");
    assertThat(three.out()).isEqualTo(one.out());
  }

  @Test
  void bargain_plot_writesPng(@TempDir Path dir) throws Exception {
    Path png = dir.resolve("positions.png");
    Result r = run("bargain", wartime(), "--plot", png.toString());
    assertThat(r.code()).isZero();
    byte[] head = new byte[4];
    System.arraycopy(Files.readAllBytes(png), 0, head, 0, 4);
    assertThat(head).containsExactly(0x89, 'P', 'N', 'G');
  }

  @Test
  void bargain_unknownModel_isUsageError() throws Exception {
    Result r = run("bargain", wartime(), "--model", "nash");
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("--model must be eu or smp");
  }

  @Test
  void bargain_invalidKtabFile_failsNamingLines(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("bad.csv");
    Files.writeString(f, "S,d,2,1\nActor,Description,Influence,X Position,X Salience\nA,a,0,10,10\nB,b,1,200,10\n");
    Result r = run("bargain", f.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.FAILURE);
    assertThat(r.err()).contains("bad.csv:3: field 3 (influence)").contains("bad.csv:4: field 4 (position 1)");
  }
}
