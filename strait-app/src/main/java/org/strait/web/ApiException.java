package org.strait.web;

/**
 * Thrown by a route for a request it cannot serve that is not a validation problem: an unknown id (404), a request
 * that conflicts with the state of a resource (409), a full job queue (429), a missing token (401). The message is
 * shown to the client.
 */
final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;

  ApiException(int status, String message) {
    super(message);
    this.status = status;
  }

  static ApiException notFound(String message) {
    return new ApiException(404, message);
  }

  static ApiException conflict(String message) {
    return new ApiException(409, message);
  }

  int status() {
    return status;
  }
}
