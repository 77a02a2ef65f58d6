package org.strait.store;

/** Thrown when the store cannot be opened, read or written; names the store file and the statement's purpose. */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with its context and cause. */
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  /** Creates the exception with its context. */
  public StoreException(String message) {
    super(message);
  }
}
