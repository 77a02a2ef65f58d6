package org.strait.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The help of every command, {@code fetch gdelt} included, reads as prose: picocli prints each element of a
 * description on a line of its own, so every element must be a whole sentence or a whole list, never half of one.
 */
class HelpTextTest {
  /** Every command of the full command line, sub-commands of sub-commands included. */
  private static List<CommandSpec> commands() {
    List<CommandSpec> all = new ArrayList<>();
    collect(Main.commandLine(), all);
    return all;
  }

  private static void collect(CommandLine cli, List<CommandSpec> into) {
    cli.getCommandSpec().interpolateVariables(false); // the texts as written, ${DEFAULT-VALUE} and all
    into.add(cli.getCommandSpec());
    cli.getSubcommands().values().forEach(sub -> collect(sub, into));
  }

  private static String where(CommandSpec command, ArgSpec arg) {
    return command.qualifiedName() + " " + (arg instanceof OptionSpec o ? o.longestName() : arg.paramLabel());
  }

  @Test
  void descriptions_everyParagraphAWholeSentence() {
    List<String> broken = new ArrayList<>();
    for (CommandSpec command : commands()) {
      List<String[]> texts = new ArrayList<>();
      List<String> owners = new ArrayList<>();
      texts.add(command.usageMessage().description());
      owners.add(command.qualifiedName());
      for (ArgSpec arg : command.args()) {
        texts.add(arg.description());
        owners.add(where(command, arg));
      }
      for (int i = 0; i < texts.size(); i++) {
        for (String paragraph : texts.get(i)) {
          String p = paragraph.replace("%n", "").strip();
          boolean ends = p.endsWith(".") || p.endsWith(":") || p.endsWith(")");
          boolean starts = !p.isEmpty() && !Character.isLowerCase(p.charAt(0));
          if (!ends || !starts) {
            broken.add(owners.get(i) + ": \"" + p + "\"");
          }
        }
      }
      assertThat(command.usageMessage().description()).as(command.qualifiedName()).isNotEmpty();
    }
    assertThat(broken).as("paragraphs that start or end mid-sentence").isEmpty();
  }

  @Test
  void defaults_statedThroughTheOptionsOwnDefault() {
    // a default written out in the text drifts from the code's; ${DEFAULT-VALUE} cannot
    List<String> stated = new ArrayList<>();
    for (CommandSpec command : commands()) {
      for (OptionSpec o : command.options()) {
        String value = o.defaultValue();
        if (value != null && !value.startsWith("${") && o.arity().max > 0) {
          if (!String.join(" ", o.description()).contains("${DEFAULT-VALUE}")) {
            stated.add(where(command, o));
          }
        }
      }
    }
    assertThat(stated).as("options whose help does not print their default value").isEmpty();
  }

  @Test
  void sharedOptions_sameWordsInEveryCommand() {
    Map<String, String> first = new HashMap<>();
    List<String> differing = new ArrayList<>();
    for (CommandSpec command : commands()) {
      for (OptionSpec o : command.options()) {
        String name = o.longestName();
        if (List.of("--db", "--seed", "--threads", "--without-indicators", "--false-alarm")
            .contains(name)) {
          String text = o.paramLabel() + " " + String.join(" ", o.description());
          String before = first.putIfAbsent(name, text);
          if (before != null && !before.equals(text)) {
            differing.add(command.qualifiedName() + " " + name + ": " + text + " / " + before);
          }
        }
      }
    }
    assertThat(first).containsKeys("--db", "--seed", "--threads", "--without-indicators");
    assertThat(differing).isEmpty();
  }

  @Test
  void commandList_everySummaryWhole() {
    CliRun help = CliRun.of("--help");
    assertThat(help.code()).isZero();
    // the list of commands shows each command's first paragraph; the old index summary stopped at "Goldstein sum"
    assertThat(help.out()).contains("index", "(or week), with its interval.")
        .doesNotContain("Goldstein sum\n", "Calbert and\n");
  }
}
