package org.strait.knowledge;

import java.nio.file.Path;
import java.util.List;
import org.strait.core.Require;

/**
 * The knowledge base as one value: chronicle, leaders and elections, disputes and their links, the actor dictionary
 * and the seeds' dated figures. The indices, the model and the dashboard all read it through this type.
 */
public final class Knowledge {
  private static volatile Knowledge standard;

  private final Chronicle chronicle;
  private final Leaders leaders;
  private final Disputes disputes;
  private final ActorDictionary actors;
  private final List<Figure> figures;

  Knowledge(Chronicle chronicle, Leaders leaders, Disputes disputes, ActorDictionary actors, List<Figure> figures) {
    this.chronicle = Require.nonNull(chronicle, "chronicle");
    this.leaders = Require.nonNull(leaders, "leaders");
    this.disputes = Require.nonNull(disputes, "disputes");
    this.actors = Require.nonNull(actors, "actors");
    this.figures = List.copyOf(figures);
  }

  /**
   * Returns the knowledge base shipped with strait (loaded and validated once).
   *
   * @throws KnowledgeException listing every violation when the shipped files are invalid
   */
  public static Knowledge standard() {
    Knowledge k = standard;
    if (k == null) {
      synchronized (Knowledge.class) {
        if (standard == null) {
          standard = new KnowledgeLoader(KnowledgeFiles.shipped()).load();
        }
        k = standard;
      }
    }
    return k;
  }

  /**
   * Loads and validates the knowledge files from a folder holding files named as the shipped ones.
   *
   * @throws KnowledgeException listing every violation, each with its file and line
   */
  public static Knowledge load(Path folder) {
    return new KnowledgeLoader(KnowledgeFiles.folder(Require.nonNull(folder, "folder"))).load();
  }

  /** Returns the chronicle of dated facts. */
  public Chronicle chronicle() {
    return chronicle;
  }

  /** Returns the leaders, their terms and the elections. */
  public Leaders leaders() {
    return leaders;
  }

  /** Returns the disputes and their links. */
  public Disputes disputes() {
    return disputes;
  }

  /** Returns the actor dictionary. */
  public ActorDictionary actors() {
    return actors;
  }

  /** Returns the dated figures stated by the seeds and documents (polls, ratios, amounts). */
  public List<Figure> figures() {
    return figures;
  }
}
