package org.strait.model;

import java.util.List;

/** The twelve mechanisms of MODEL.md, by id, with the claim each encodes and the seeds it comes from. */
public enum MechanismId {
  /** Common threat. */
  M1("Common threat", List.of("001", "002", "003", "004")),
  /** Divergent threat perception (M2) versus middle-power convergence (M2'): one parameter of free sign. */
  M2("Divergent threat perception / middle-power convergence", List.of("000", "003", "004")),
  /** Narrowing power gap. */
  M3("Narrowing power gap", List.of("000", "004")),
  /** US pressure and mediation. */
  M4("US pressure and mediation", List.of("000", "001", "003")),
  /** Rivalry for the ally's favour. */
  M5("Rivalry for the ally's favour", List.of("002")),
  /** History and territory disputes. */
  M6("History and territory disputes", List.of("000", "001", "003", "004")),
  /** Linkage politics. */
  M7("Linkage politics", List.of("004", "001")),
  /** Administration cycle. */
  M8("Administration cycle", List.of("001")),
  /** Public-opinion constraint. */
  M9("Public-opinion constraint", List.of("000", "001", "004")),
  /** Structural shift. */
  M10("Structural shift", List.of("002", "004")),
  /** Reciprocity (event-data literature, not the seeds). */
  M11("Reciprocity", List.of()),
  /** Quasi-alliance (Cha 1999, beyond the seeds). */
  M12("Quasi-alliance", List.of());

  private final String title;
  private final List<String> seeds;

  MechanismId(String title, List<String> seeds) {
    this.title = title;
    this.seeds = seeds;
  }

  /** Returns the mechanism's name in MODEL.md. */
  public String title() {
    return title;
  }

  /** Returns the numbers of the seed files it follows, e.g. {@code ["000", "003"]}. */
  public List<String> seeds() {
    return seeds;
  }
}
