package org.trucewatch.formats.observation;

import org.trucewatch.formats.BadField;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.observation.Provenance;
import org.trucewatch.formats.ObservationReader;
import org.trucewatch.formats.ReadResult;
import org.trucewatch.formats.Reject;

/**
 * Reads the generic observations format: one JSON object per line (JSON Lines), so that any
 * sensor or contributor can feed the pipeline. Blank lines and lines starting with {@code #} are
 * skipped; each bad line becomes a {@link Reject} naming its key.
 *
 * <p>See {@code docs/input-formats.md} for the keys. Thread-safe.
 */
public final class ObservationJsonlReader implements ObservationReader {
  /** The format name stored in the ledger. */
  public static final String FORMAT = "observations-jsonl";

  /**
   * Duplicate keys and trailing text are errors rather than last-one-wins or ignored, and
   * decimals are kept exact so attribute numbers keep the digits they were given.
   */
  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .build();

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public ReadResult read(String name, String entrySha256, byte[] raw) {
    String text = new String(raw, StandardCharsets.UTF_8);
    List<Observation> observations = new ArrayList<>();
    List<Reject> rejects = new ArrayList<>();
    int pos = text.startsWith("\uFEFF") ? 1 : 0;
    long lineNo = 0;
    while (pos < text.length()) {
      int nl = text.indexOf('\n', pos);
      int end = nl < 0 ? text.length() : nl;
      String line = text.substring(pos, end).strip();
      pos = end + 1;
      lineNo++;
      if (line.isEmpty() || line.charAt(0) == '#') {
        continue;
      }
      JsonNode node;
      try {
        node = JSON.readTree(line);
      } catch (JacksonException e) {
        rejects.add(new Reject(name, lineNo, "", jsonError(e)));
        continue;
      }
      try {
        observations.add(ObservationJson.decode(node, new Provenance(entrySha256, name, lineNo)));
      } catch (BadField e) {
        rejects.add(new Reject(name, lineNo, e.field(), e.reason()));
      }
    }
    return new ReadResult(observations, rejects);
  }

  private static String jsonError(JacksonException e) {
    String message = e.getOriginalMessage();
    int nl = message.indexOf('\n');
    if (nl >= 0) {
      message = message.substring(0, nl);
    }
    int column = e.getLocation() == null ? -1 : e.getLocation().getColumnNr();
    return "invalid JSON" + (column > 0 ? " at column " + column : "") + ": " + message;
  }
}
