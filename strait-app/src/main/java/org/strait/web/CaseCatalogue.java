package org.strait.web;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.strait.app.bargain.BargainCase;
import org.strait.app.bargain.DisputeReaders;
import org.strait.scenario.YamlFolder;

/**
 * The bargaining cases a server offers: the {@code cases/*.yaml} resources shipped with strait, read once at start
 * and then named by id (the file name without {@code .yaml}) only. A case that does not read is listed with its
 * reason.
 *
 * @param cases the cases by id, in id order
 * @param problems one line per case that did not read: its name and why
 */
record CaseCatalogue(Map<String, BargainCase> cases, List<String> problems) {
  /** Copies. */
  CaseCatalogue {
    cases = java.util.Collections.unmodifiableMap(new TreeMap<>(cases));
    problems = List.copyOf(problems);
  }

  /** Reads the shipped cases from the class path (a folder in development, the jar when packaged). */
  static CaseCatalogue load() {
    URL url = CaseCatalogue.class.getResource("/cases/README.md");
    if (url == null) {
      return new CaseCatalogue(Map.of(), List.of("no bargaining cases on the class path"));
    }
    try {
      URI uri = url.toURI();
      if (!"jar".equals(uri.getScheme())) {
        return read(Path.of(uri).getParent());
      }
      FileSystem jar;
      try {
        jar = FileSystems.newFileSystem(uri, Map.of());
      } catch (FileSystemAlreadyExistsException e) {
        return read(FileSystems.getFileSystem(uri).provider().getPath(uri).getParent());
      }
      try (jar) {
        return read(jar.provider().getPath(uri).getParent());
      }
    } catch (URISyntaxException | IOException e) {
      throw new IllegalStateException("cannot list the bargaining cases at " + url + ": " + e.getMessage(), e);
    }
  }

  /** Reads every {@code *.yaml} file of {@code folder}. */
  static CaseCatalogue read(Path folder) {
    Map<String, BargainCase> found = new TreeMap<>();
    List<String> problems = new ArrayList<>();
    for (Path file : YamlFolder.files(folder)) {
      try {
        found.put(YamlFolder.id(file), DisputeReaders.read(file));
      } catch (RuntimeException e) {
        problems.add(file.getFileName() + ": " + e.getMessage());
      }
    }
    return new CaseCatalogue(found, problems);
  }
}
