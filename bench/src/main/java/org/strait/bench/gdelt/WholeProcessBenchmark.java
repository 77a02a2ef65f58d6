package org.strait.bench.gdelt;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.strait.core.Country;

/**
 * The whole-process benchmark of GDELT ingest, as a user runs it: each contender is a separate process on the same
 * file into a fresh database, and the time is the child's, start-up and exit included. strait is
 * {@code java [OPTS] -jar strait.jar ingest FILE --db FRESH} (one or more jars, e.g. before and after a change);
 * the peer is DuckDB's Python client running {@link DuckDbBaseline}'s statements (both plans) in
 * {@code python -c}. Every round runs every contender once, the first one rotating from round to round, so that the
 * machine's load falls on all alike; the ratios are taken within a round, against the faster DuckDB plan of that
 * round. Wall, user and system CPU seconds and peak memory come from {@code /usr/bin/time} around the child; the
 * load average is read before and after each run. Both sides' databases are counted afterwards and must agree.
 *
 * <p>Usage: {@code java -cp bench/target/strait-bench.jar org.strait.bench.gdelt.WholeProcessBenchmark [--rows N]
 * [--seed S] [--dir DIR] [--jar LABEL=JAR]... [--java-opts LABEL=OPTIONS]... [--launcher LABEL=SCRIPT]...
 * [--python PYTHON] [--repeat R] [--tty] [--keep-file]}. {@code --launcher} runs {@code SCRIPT ingest FILE --db
 * FRESH} (the {@code strait} script, with its JVM flags), after one untimed run on the file's first 1,000 lines that
 * builds what the script builds on a first run. {@code --tty} runs strait under {@code script(1)}, on a pseudo-terminal, so that it draws
 * its progress bar as in a user's terminal. The peer needs a Python with the {@code duckdb} package:
 * {@code python3 -m venv /tmp/duckdb-venv && /tmp/duckdb-venv/bin/pip install duckdb}, then
 * {@code --python /tmp/duckdb-venv/bin/python}; without {@code --python} only strait runs.
 */
public final class WholeProcessBenchmark {
  /** The peer: executes each statement given after the database, then closes (checkpoints) it. */
  static final String PEER = String.join("\n",
      "import sys, duckdb",
      "con = duckdb.connect(sys.argv[1])",
      "for sql in sys.argv[2:]:",
      "    con.execute(sql)",
      "con.close()");

  /** Where a command names its fresh database; replaced by the database's path in each run. */
  static final String DB = "{db}";

  private WholeProcessBenchmark() {}

  /** One timed child process. */
  record Run(String label, double wall, double user, double system, long maxKb, double loadBefore,
      double loadAfter, long kept, long valid) {
    double cpu() {
      return user + system;
    }
  }

  /** Runs the benchmark. */
  public static void main(String[] args) throws Exception {
    long rows = 10_000_000L;
    long seed = 20_150_219L;
    Path dir = Path.of("/tmp/strait-bench");
    Map<String, Path> jars = new LinkedHashMap<>();
    Map<String, String> javaOptions = new LinkedHashMap<>();
    Map<String, Path> launchers = new LinkedHashMap<>();
    String python = null;
    int repeat = 3;
    boolean tty = false;
    boolean keepFile = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--rows" -> rows = Long.parseLong(args[++i]);
        case "--seed" -> seed = Long.parseLong(args[++i]);
        case "--dir" -> dir = Path.of(args[++i]);
        case "--jar" -> {
          String[] kv = labelled(args[++i], "--jar");
          jars.put(kv[0], Path.of(kv[1]));
        }
        case "--launcher" -> {
          String[] kv = labelled(args[++i], "--launcher");
          launchers.put(kv[0], Path.of(kv[1]));
        }
        case "--java-opts" -> {
          String[] kv = labelled(args[++i], "--java-opts");
          javaOptions.put(kv[0], kv[1]);
        }
        case "--python" -> python = args[++i];
        case "--repeat" -> repeat = Integer.parseInt(args[++i]);
        case "--tty" -> tty = true;
        case "--keep-file" -> keepFile = true;
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (jars.isEmpty() && launchers.isEmpty()) {
      jars.put("strait", Path.of("strait-app/target/strait.jar"));
    }
    for (String label : javaOptions.keySet()) {
      if (!jars.containsKey(label)) {
        throw new IllegalArgumentException("--java-opts names " + label + ", which no --jar has");
      }
    }
    Path file = IngestBenchmark.generated(dir, rows, seed);
    long bytes = Files.size(file);
    System.out.printf("file %s: %,d bytes (%.2f GB); %d cores; warm read %.2f s%n", file, bytes, bytes / 1e9,
        Runtime.getRuntime().availableProcessors(), IngestBenchmark.warm(file));
    Map<String, List<String>> commands = new LinkedHashMap<>();
    for (Map.Entry<String, Path> jar : jars.entrySet()) {
      List<String> command = new ArrayList<>(List.of("java"));
      String options = javaOptions.getOrDefault(jar.getKey(), "").trim();
      if (!options.isEmpty()) {
        command.addAll(List.of(options.split("\\s+")));
      }
      command.addAll(List.of("-jar", jar.getValue().toString(), "ingest", file.toString(), "--db", DB));
      commands.put(jar.getKey(), tty ? onTerminal(command) : command);
    }
    for (Map.Entry<String, Path> launcher : launchers.entrySet()) {
      List<String> command = List.of(launcher.getValue().toString(), "ingest", file.toString(), "--db", DB);
      commands.put(launcher.getKey(), tty ? onTerminal(command) : command);
      // the launcher builds its jar and class-data archive on a first run; a user's later runs find them
      Path head = dir.resolve("whole-process-head.export.CSV");
      try (var lines = Files.lines(file)) {
        Files.write(head, (Iterable<String>) lines.limit(1000)::iterator);
      }
      List<String> first = new ArrayList<>(command);
      first.set(first.indexOf(file.toString()), head.toString());
      run(launcher.getKey() + " first run", first, dir);
      Files.delete(head);
    }
    List<String> strait = new ArrayList<>(jars.keySet());
    strait.addAll(launchers.keySet());
    if (python != null) {
      List<String> countries = Country.DEFAULT_SET.stream().map(Country::code).toList();
      commands.put("duckdb two scans", peer(python, DuckDbBaseline.twoScanSql(file, countries)));
      commands.put("duckdb one scan", peer(python, DuckDbBaseline.oneScanSql(file, countries)));
    }
    commands.forEach((label, command) -> System.out.printf("%s: %s%n", label, shown(command)));
    System.out.println("(" + DB + ": a fresh database file in " + dir + ", deleted after each run is counted)");

    List<String> labels = new ArrayList<>(commands.keySet());
    Map<String, List<Run>> runs = new LinkedHashMap<>();
    labels.forEach(l -> runs.put(l, new ArrayList<>()));
    List<Map<String, Double>> ratios = new ArrayList<>();
    for (int round = 0; round < repeat; round++) {
      Map<String, Run> thisRound = new LinkedHashMap<>();
      for (int k = 0; k < labels.size(); k++) {
        String label = labels.get((round + k) % labels.size());
        Run run = run(label, commands.get(label), dir);
        thisRound.put(label, run);
        runs.get(label).add(run);
        System.out.printf("round %d %-18s wall %6.2f s  cpu %6.2f s (user %.2f, sys %.2f)  %.2f GB/s  max %,d MB  load"
            + " %.1f -> %.1f  kept %,d valid %,d%n", round + 1, label, run.wall(), run.cpu(), run.user(),
            run.system(), bytes / run.wall() / 1e9, run.maxKb() / 1024, run.loadBefore(), run.loadAfter(),
            run.kept(), run.valid());
      }
      check(thisRound);
      if (python != null) {
        double duck = Math.min(thisRound.get("duckdb two scans").wall(), thisRound.get("duckdb one scan").wall());
        Map<String, Double> r = new LinkedHashMap<>();
        for (String label : strait) {
          r.put(label, thisRound.get(label).wall() / duck);
        }
        ratios.add(r);
        System.out.printf("round %d ratios to DuckDB's faster plan: %s%n", round + 1, r);
      }
    }
    System.out.println();
    System.out.println("| contender | wall, median (min..max) | CPU s, median | GB/s (median wall) | ratio to DuckDB,"
        + " median of rounds (min..max) | load average during runs |");
    System.out.println("|---|---|---|---|---|---|");
    for (String label : labels) {
      List<Run> list = runs.get(label);
      List<Double> walls = list.stream().map(Run::wall).toList();
      String ratio = "";
      if (python != null && strait.contains(label)) {
        List<Double> rs = ratios.stream().map(m -> m.get(label)).toList();
        ratio = String.format("%.2f (%.2f..%.2f)", median(rs), min(rs), max(rs));
      }
      System.out.printf("| %s | %.2f s (%.2f..%.2f) | %.2f | %.2f | %s | %.1f..%.1f |%n", label, median(walls),
          min(walls), max(walls), median(list.stream().map(Run::cpu).toList()), bytes / median(walls) / 1e9, ratio,
          min(list.stream().map(Run::loadBefore).toList()), max(list.stream().map(Run::loadAfter).toList()));
    }
    if (!keepFile) {
      Files.delete(file);
    }
  }

  private static String[] labelled(String value, String option) {
    int eq = value.indexOf('=');
    if (eq <= 0) {
      throw new IllegalArgumentException(option + " takes LABEL=VALUE, was " + value);
    }
    return new String[] {value.substring(0, eq), value.substring(eq + 1)};
  }

  private static List<String> peer(String python, List<String> statements) {
    List<String> command = new ArrayList<>(List.of(python, "-c", PEER, DB));
    command.addAll(statements);
    return command;
  }

  /** Wraps a command in {@code script(1)} so that it runs on a pseudo-terminal (its output goes to the run's log). */
  private static List<String> onTerminal(List<String> command) {
    return new ArrayList<>(List.of("script", "-qfec", shown(command), "/dev/null"));
  }

  /** Runs one contender into a fresh database, which its command names as {@link #DB}. */
  private static Run run(String label, List<String> command, Path dir) throws IOException, InterruptedException {
    Path db = IngestBenchmark.fresh(dir.resolve("whole-process-" + label.replace(' ', '-') + ".duckdb"));
    Path times = dir.resolve("whole-process.time");
    Path log = dir.resolve("whole-process-" + label.replace(' ', '-') + ".log");
    List<String> full = new ArrayList<>(List.of("/usr/bin/time", "-f", "%e %U %S %M", "-o", times.toString()));
    command.forEach(part -> full.add(part.replace(DB, db.toString())));
    ProcessBuilder pb = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(log.toFile());
    double before = load();
    int exit = pb.start().waitFor();
    double after = load();
    if (exit != 0) {
      throw new IllegalStateException(label + " exited with " + exit + "; see " + log);
    }
    String[] t = Files.readString(times).trim().split("\\s+");
    long[] counts;
    try {
      counts = DuckDbBaseline.counts(db);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("cannot count " + db + " after " + label + ": " + e.getMessage(), e);
    }
    IngestBenchmark.fresh(db);
    return new Run(label, Double.parseDouble(t[0]), Double.parseDouble(t[1]), Double.parseDouble(t[2]),
        Long.parseLong(t[3]), before, after, counts[0], counts[1]);
  }

  /** Checks that every contender of a round stored the same kept events and monthly totals. */
  private static void check(Map<String, Run> round) {
    Run first = round.values().iterator().next();
    for (Run r : round.values()) {
      if (r.kept() != first.kept() || r.valid() != first.valid()) {
        throw new IllegalStateException("MISMATCH: " + r.label() + " kept " + r.kept() + " valid " + r.valid()
            + ", " + first.label() + " kept " + first.kept() + " valid " + first.valid());
      }
    }
  }

  private static double load() throws IOException {
    return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
  }

  private static String shown(List<String> command) {
    List<String> out = new ArrayList<>();
    for (String part : command) {
      out.add(part.matches("[A-Za-z0-9_./=:,+{}-]+") ? part : "'" + part.replace("'", "'\\''") + "'");
    }
    return String.join(" ", out);
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static double min(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
  }

  private static double max(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
  }
}
