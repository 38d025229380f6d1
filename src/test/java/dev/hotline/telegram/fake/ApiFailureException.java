package dev.hotline.telegram.fake;

/** Thrown by a method handler to answer with an {@link ApiFailure} instead of a result. */
final class ApiFailureException extends RuntimeException {

  private final transient ApiFailure failure;

  ApiFailureException(ApiFailure failure) {
    super(failure.description(), null, false, false);
    this.failure = failure;
  }

  ApiFailure failure() {
    return failure;
  }
}
