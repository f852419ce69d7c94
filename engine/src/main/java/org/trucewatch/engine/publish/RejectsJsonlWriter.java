package org.trucewatch.engine.publish;

import java.util.List;
import org.trucewatch.formats.Reject;

/**
 * Writes {@code rejects.jsonl}: every line or record that could not be used, with file, line,
 * field and reason, in ledger order, so that a user can fix the input and lose nothing.
 */
public final class RejectsJsonlWriter {
  /** The file's text. */
  public String render(List<Reject> rejects) {
    StringBuilder sb = new StringBuilder();
    for (Reject r : rejects) {
      var n = JsonOutput.MAPPER.createObjectNode();
      n.put("file", r.file());
      n.put("line", r.line());
      n.put("field", r.field());
      n.put("reason", r.reason());
      sb.append(n).append('\n');
    }
    return sb.toString();
  }
}
