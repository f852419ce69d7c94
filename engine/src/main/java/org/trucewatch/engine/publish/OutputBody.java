package org.trucewatch.engine.publish;

import java.io.IOException;
import java.io.Writer;

/** Writes the text of one output file to a writer, as it goes. */
@FunctionalInterface
public interface OutputBody {
  /** Writes the whole file; the caller closes {@code out}. */
  void writeTo(Writer out) throws IOException;
}
