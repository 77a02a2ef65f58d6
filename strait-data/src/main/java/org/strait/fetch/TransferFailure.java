package org.strait.fetch;

/**
 * A failed request or transfer, with whether trying again may help (broken connection, HTTP 5xx, 408, 429) or not
 * (HTTP 404 and other client errors, a checksum that a whole fresh download does not match).
 */
final class TransferFailure extends Exception {
  private static final long serialVersionUID = 1L;

  private final boolean retryable;

  TransferFailure(String reason, boolean retryable) {
    super(reason);
    this.retryable = retryable;
  }

  boolean retryable() {
    return retryable;
  }

  /** Tells whether an HTTP status is worth another attempt. */
  static boolean retryableStatus(int status) {
    return status >= 500 || status == 408 || status == 429;
  }
}
