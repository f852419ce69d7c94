package org.trucewatch.engine.publish;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.trucewatch.engine.mission.EntryReading;
import org.trucewatch.ledger.Checkpoint;

/**
 * Writes {@code manifest.json}: the SHA-256 of every output, the agreement and the ledger
 * checkpoint they rest on, the inputs read and the counts of the run. It holds no clock time and
 * no absolute path, so the same ledger gives the same manifest anywhere.
 */
public final class ManifestWriter {
  /** The manifest format's version, bumped on incompatible change. */
  public static final String FORMAT = "trucewatch-manifest/1";

  /**
   * The manifest's text, pretty-printed with sorted outputs.
   *
   * @param agreementName file name of the agreement
   * @param agreementSha256 SHA-256 (hex) of the agreement file's bytes
   * @param checkpoint the ledger checkpoint the outputs rest on
   * @param entries what each ledger entry gave
   * @param counts named counts of the run, in the order to write them
   * @param outputs the files written, sorted by name
   */
  public String render(
      String agreementName,
      String agreementSha256,
      Checkpoint checkpoint,
      List<EntryReading> entries,
      Map<String, Long> counts,
      List<OutputFile> outputs) {
    StringWriter out = new StringWriter();
    try {
      write(agreementName, agreementSha256, checkpoint, entries, counts, outputs, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Writes the manifest's text of {@link #render} to {@code out}. */
  public void write(
      String agreementName,
      String agreementSha256,
      Checkpoint checkpoint,
      List<EntryReading> entries,
      Map<String, Long> counts,
      List<OutputFile> outputs,
      Writer out) throws IOException {
    ObjectNode root = JsonOutput.MAPPER.createObjectNode();
    root.put("format", FORMAT);
    ObjectNode agreement = root.putObject("agreement");
    agreement.put("name", agreementName);
    agreement.put("sha256", agreementSha256);
    ObjectNode ledger = root.putObject("ledger");
    ledger.put("entries", checkpoint.entryCount());
    ledger.put("head", checkpoint.headChainHash());
    ArrayNode inputs = root.putArray("inputs");
    for (EntryReading e : entries) {
      ObjectNode n = inputs.addObject();
      n.put("seq", e.seq());
      n.put("name", e.name());
      n.put("format", e.format());
      n.put("sha256", e.sha256());
      n.put("observations", e.observations());
      n.put("sources", e.sources());
      n.put("rejects", e.rejects());
    }
    ObjectNode c = root.putObject("counts");
    counts.forEach(c::put);
    ArrayNode files = root.putArray("outputs");
    for (OutputFile f : outputs) {
      ObjectNode n = files.addObject();
      n.put("name", f.name());
      n.put("sha256", f.sha256());
      n.put("bytes", f.sizeBytes());
    }
    JsonOutput.MAPPER.writerWithDefaultPrettyPrinter().writeValue(out, root);
    out.write('\n');
  }
}
