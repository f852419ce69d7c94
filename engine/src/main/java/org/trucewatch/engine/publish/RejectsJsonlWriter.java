package org.trucewatch.engine.publish;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.trucewatch.formats.Reject;

/**
 * Writes {@code rejects.jsonl}: every line or record that could not be used, with file, line,
 * field and reason, in ledger order, so that a user can fix the input and lose nothing.
 */
public final class RejectsJsonlWriter {
  /** The file's text. */
  public String render(List<Reject> rejects) {
    StringWriter out = new StringWriter();
    try {
      write(rejects, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Writes the file's text to {@code out} a line at a time. */
  public void write(List<Reject> rejects, Writer out) throws IOException {
    for (Reject r : rejects) {
      var n = JsonOutput.MAPPER.createObjectNode();
      n.put("file", r.file());
      n.put("line", r.line());
      n.put("field", r.field());
      n.put("reason", r.reason());
      out.write(n.toString());
      out.write('\n');
    }
  }
}
