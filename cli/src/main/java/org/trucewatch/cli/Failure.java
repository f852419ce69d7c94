package org.trucewatch.cli;

import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import org.trucewatch.formats.agreement.AgreementFileException;

/** Turns an exception into the one line a user reads on standard error. */
final class Failure {
  private Failure() {}

  static String describe(Throwable e) {
    if (e instanceof AgreementFileException a) {
      return a.getMessage();
    }
    if (e instanceof NoSuchFileException n) {
      return "no such file or folder: " + n.getFile();
    }
    if (e instanceof AccessDeniedException a) {
      return "permission denied: " + a.getFile();
    }
    String m = e.getMessage();
    return (m == null || m.isBlank()) ? e.getClass().getSimpleName() : m;
  }
}
