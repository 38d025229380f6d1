package dev.hotline.cli;

import dev.hotline.index.IndexUnavailableException;
import java.io.IOException;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns the failures a user can fix (no index, unreadable file) into one clear line, not a stack
 * trace.
 */
final class UserErrors implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception e, CommandLine line, ParseResult parsed) {
    if (e instanceof IndexUnavailableException) {
      line.getErr().println("hotline: " + e.getMessage());
      return 3;
    }
    if (e instanceof IOException || e instanceof UncheckedIOException) {
      line.getErr().println("hotline: " + e.getMessage());
      return 1;
    }
    line.getErr().println("hotline: unexpected failure: " + e);
    e.printStackTrace(line.getErr());
    return 70;
  }
}
