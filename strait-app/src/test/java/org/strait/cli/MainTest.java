package org.strait.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The command line built for one sub-command prints and exits as the one with every sub-command does. */
class MainTest {
  private static List<String> names() {
    List<String> names = new ArrayList<>(Main.commandLine().getSubcommands().keySet());
    names.remove("help");
    return names;
  }

  @Test
  void commandLine_namedSubcommand_buildsThatOneAlone() {
    assertThat(names()).contains("bargain", "ingest", "serve", "simulate").hasSize(15);
    for (String name : names()) {
      assertThat(Main.commandLine(name, "x").getSubcommands().keySet()).as(name).containsExactly(name);
    }
    assertThat(Main.commandLine("help", "bargain").getSubcommands()).hasSize(16);
    assertThat(Main.commandLine("--help").getSubcommands()).hasSize(16);
    assertThat(Main.commandLine("nosuch").getSubcommands()).hasSize(16);
    assertThat(Main.commandLine().getSubcommands()).hasSize(16);
    assertThat(Main.commandLine("--version").getSubcommands()).isEmpty();
  }

  @Test
  void commandLine_namedSubcommand_printsAndExitsAsWithEveryOne() {
    List<String[]> cases = new ArrayList<>();
    for (String name : names()) {
      cases.add(new String[] {name, "--help"});
      cases.add(new String[] {name, "--no-such-option"});
    }
    cases.add(new String[] {"bargain"}); // a required parameter missing: refused before the command runs
    cases.add(new String[] {"ingest"});
    cases.add(new String[] {"fetch", "gdelt", "--help"});
    cases.add(new String[] {"events", "--from", "2020-13-01"}); // the date converter registered on the one command
    for (String[] args : cases) {
      CliRun lazy = CliRun.on(Main.commandLine(args), args);
      assertThat(lazy).as(String.join(" ", args)).isEqualTo(CliRun.on(Main.commandLine(), args));
      assertThat(lazy.code()).as(String.join(" ", args)).isEqualTo(args[args.length - 1].equals("--help") ? 0 : 2);
    }
    assertThat(CliRun.on(Main.commandLine("events", "--from", "2020-13-01"), "events", "--from", "2020-13-01").err())
        .contains("'2020-13-01' is not a date YYYY-MM-DD");
  }

  @Test
  void commandLine_versionAlone_printsTheVersionAsWithEveryCommand() {
    CliRun lazy = CliRun.on(Main.commandLine("--version"), "--version");
    assertThat(lazy).isEqualTo(CliRun.on(Main.commandLine(), "--version"));
    assertThat(lazy.out()).startsWith("strait 0.");
    assertThat(CliRun.on(Main.commandLine("-V"), "-V")).isEqualTo(lazy);
  }

  @Test
  void commandLine_ingestHelp_keepsTheSharedFoldersFooter() {
    // the footer comes from a model transformer, which picocli applies only to a command line built whole
    CliRun lazy = CliRun.on(Main.commandLine("ingest", "--help"), "ingest", "--help");
    assertThat(lazy.out()).contains("icews14          --origin icews14=2014-01-01 --step-hours icews14=1\n",
        "icews05-15/tail  --origin icews05-15/tail=2005-01-01\n                   --step-hours icews05-15/tail=1\n");
  }
}
