package org.strait.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.strait.app.IngestService;
import org.strait.store.EventStore;
import org.strait.store.StoredFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code strait forget}: removes stored files (their events, monthly totals and rejected rows), each in one
 * transaction, or lists what the store holds.
 */
@Command(name = "forget", mixinStandardHelpOptions = true,
    description = {"Removes stored files from the store: their events, monthly totals and rejected rows, each file in"
        + " one transaction.",
        "A FILE is matched by its content (SHA-256) when it exists, else by the path it was ingested from;"
        + " --id by the store's file id. --list prints the stored files with their ids and options."})
final class ForgetCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin DbOption db;

  @Parameters(arity = "0..*", paramLabel = "FILE", description = "Files to remove, by content or stored path.")
  List<Path> files = new ArrayList<>();

  @Option(names = "--id", paramLabel = "N", description = "Store file ids to remove (see --list).")
  List<Long> ids = new ArrayList<>();

  @Option(names = "--list", description = "List the stored files (id, source, options, counts, path).")
  boolean list;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!list && files.isEmpty() && ids.isEmpty()) {
      throw new IllegalArgumentException("name FILEs or --id N to forget, or --list");
    }
    int code = 0;
    try (EventStore store = EventStore.open(db.existing())) {
      if (list) {
        for (StoredFile f : store.files()) {
          out.printf("%d\t%s\t%s\tvalid %d\tkept %d\trejected %d\t%s%n", f.fileId(), f.source(),
              f.options() == null ? "(options not recorded)" : f.options(), f.valid(), f.kept(), f.rejected(),
              f.path());
        }
      }
      List<Long> targets = new ArrayList<>(ids);
      for (Path file : files) {
        Optional<StoredFile> match = IngestService.stored(store.files(), file);
        if (match.isEmpty()) {
          err.println("strait forget: " + file + " is not stored in " + db.path()
              + " (by content or by path); `strait forget --list` shows what is");
          code = ExitCodes.FAILURE;
        } else {
          targets.add(match.get().fileId());
        }
      }
      for (long id : targets.stream().distinct().toList()) {
        StoredFile gone = store.forget(id);
        out.printf("forgot %s: removed on request; it was read with %s%n", gone.describe(),
            gone.options() == null ? "options not recorded" : gone.options());
      }
    }
    return code;
  }
}
