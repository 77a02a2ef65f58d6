package org.strait.web;

/** A {@link JobType} whose name and one-sentence description are fixed when it is made. */
abstract class NamedJobType implements JobType {
  private final String name;
  private final String description;

  NamedJobType(String name, String description) {
    this.name = name;
    this.description = description;
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final String description() {
    return description;
  }
}
