package org.strait.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the knowledge files come from: the copies shipped as class-path resources, or a folder holding files of the
 * same names (for editing and for tests).
 */
interface KnowledgeFiles {
  /** The chronicle of dated facts. */
  String CHRONICLE = "chronicle.csv";
  /** Terms of office. */
  String LEADERS = "leaders.csv";
  /** National elections. */
  String ELECTIONS = "elections.csv";
  /** Disputes. */
  String DISPUTES = "disputes.csv";
  /** Links between disputes. */
  String LINKS = "dispute-links.csv";
  /** Dated figures from the seeds. */
  String FIGURES = "figures.csv";
  /** The actor dictionary. */
  String ACTORS = "actors.csv";

  /** Opens the named file. */
  BufferedReader open(String name);

  /** Returns the shipped files. */
  static KnowledgeFiles shipped() {
    return name -> {
      InputStream in = KnowledgeFiles.class.getResourceAsStream(name);
      if (in == null) {
        throw new UncheckedIOException(new IOException("knowledge resource " + name + " is not on the class path"));
      }
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    };
  }

  /** Returns the files in a folder. */
  static KnowledgeFiles folder(Path dir) {
    return name -> {
      try {
        return Files.newBufferedReader(dir.resolve(name), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot open knowledge file " + dir.resolve(name), e);
      }
    };
  }
}
