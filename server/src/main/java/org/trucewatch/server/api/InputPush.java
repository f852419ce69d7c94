package org.trucewatch.server.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.engine.live.EvidenceStore;
import org.trucewatch.engine.mission.ObservationReaders;
import org.trucewatch.formats.FormatDetector;
import org.trucewatch.formats.InputFormat;
import org.trucewatch.formats.ObservationReader;
import org.trucewatch.formats.ReadResult;
import org.trucewatch.formats.Reject;
import org.trucewatch.formats.sources.SourcesReadResult;
import org.trucewatch.formats.sources.SourcesYamlReader;
import org.trucewatch.ledger.AppendResult;
import org.trucewatch.ledger.ChainHash;
import org.trucewatch.server.access.TokenHolder;

/**
 * Checks a pushed batch and stores it in the evidence store. A batch is all or nothing: any line
 * the readers reject, or any observation from a source the contributor does not own, refuses
 * the whole batch with every problem listed by line and field, and nothing is stored; the client
 * still holds the good lines and resends them. A stored batch is durable before this returns.
 */
public final class InputPush {
  private final EvidenceStore store;
  private final Map<String, ObservationReader> readers = ObservationReaders.all();

  /** Media types a push may declare; the format itself is recognised from the content. */
  private static final java.util.List<String> ACCEPTED_TYPES = java.util.List.of(
      "", "application/x-ndjson", "application/jsonl", "application/json-lines", "application/json",
      "application/geo+json", "text/csv", "text/plain", "text/x-nmea", "application/x-nmea", "application/gpx+xml",
      "application/vnd.google-earth.kml+xml", "application/xml", "text/xml", "text/markdown", "application/octet-stream");

  /**
   * What a push did.
   *
   * @param append the ledger entry that holds the bytes, and whether it held them already
   * @param observations how many observations the batch holds
   */
  public record Outcome(AppendResult append, int observations) {}

  /** Pushes into this store. */
  public InputPush(EvidenceStore store) {
    this.store = store;
  }

  /**
   * Checks and stores a batch of observations from a contributor.
   *
   * @param contentType the request's Content-Type, may be null
   * @throws ApiProblem 400 for unreadable lines, 403 for a foreign source, 415 for an unread format
   */
  public Outcome pushObservations(TokenHolder holder, String contentType, byte[] body) {
    if (body.length == 0) {
      throw new ApiProblem(400, "body", "empty body: send observations as JSON lines or FIRMS CSV");
    }
    String format = format(contentType, body);
    ObservationReader reader = readers.get(format);
    if (reader == null) {
      throw new ApiProblem(415, "Content-Type", "format '" + format + "' is not read by the server");
    }
    String sha = ChainHash.sha256Hex(body);
    String name = "api/" + holder.name() + "/" + sha.substring(0, 16) + extension(format);
    ReadResult r = reader.read(name, sha, body);
    if (!r.rejects().isEmpty()) {
      throw new ApiProblem(400, r.rejects().get(0).field(), r.rejects().size() + " line(s) could not be read; nothing was stored",
          problems(r.rejects()));
    }
    if (r.observations().isEmpty()) {
      throw new ApiProblem(400, "body", "no observations in the body; nothing was stored");
    }
    List<Map<String, Object>> foreign = new ArrayList<>();
    for (Observation o : r.observations()) {
      if (!holder.sources().contains(o.sourceId())) {
        foreign.add(problem(o.provenance().line(), "source",
            "source '" + o.sourceId() + "' is not one of this token's sources " + holder.sources()));
      }
    }
    if (!foreign.isEmpty()) {
      throw new ApiProblem(403, "source", foreign.size() + " observation(s) from sources this token may not push for; nothing was stored", foreign);
    }
    return new Outcome(store.append(name, format, body), r.observations().size());
  }

  /**
   * Checks and stores a sources registry (YAML) from an administrator: the grades in force from
   * the next refresh on.
   *
   * @throws ApiProblem 400 listing every problem
   */
  public Outcome pushSources(TokenHolder holder, byte[] body) {
    if (body.length == 0) {
      throw new ApiProblem(400, "body", "empty body: send a sources registry in YAML");
    }
    String sha = ChainHash.sha256Hex(body);
    String name = "api/" + holder.name() + "/sources-" + sha.substring(0, 16) + ".yaml";
    SourcesReadResult r = new SourcesYamlReader().read(name, body);
    if (!r.rejects().isEmpty()) {
      throw new ApiProblem(400, r.rejects().get(0).field(), r.rejects().size() + " problem(s) in the registry; nothing was stored",
          problems(r.rejects()));
    }
    if (r.sources().isEmpty()) {
      throw new ApiProblem(400, "sources", "the registry lists no sources; nothing was stored");
    }
    return new Outcome(store.append(name, "sources-yaml", body), 0);
  }

  /**
   * The body's format: recognised from its content first (as {@code run} recognises files), so
   * every format the pipeline reads can be pushed; the Content-Type decides only when the content
   * is not recognised.
   */
  private String format(String contentType, byte[] body) {
    String type = contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    if (!ACCEPTED_TYPES.contains(type)) {
      throw new ApiProblem(415, "Content-Type", "'" + type + "' is not accepted; send one of " + String.join(", ", ACCEPTED_TYPES)
          + " (the format itself is recognised by content)");
    }
    InputFormat detected = FormatDetector.detect("", java.util.Arrays.copyOf(body, Math.min(body.length, 64 * 1024)));
    Optional<String> code = detected.code();
    if (code.isPresent() && code.get().equals("sources-yaml")) {
      throw new ApiProblem(415, "body", "a sources registry goes to /api/v1/sources");
    }
    if (code.isPresent() && readers.containsKey(code.get())) {
      return code.get();
    }
    switch (type) {
      case "application/x-ndjson":
      case "application/jsonl":
      case "application/json-lines":
      case "application/json":
        return "observations-jsonl";
      case "text/csv":
        return "firms-csv";
      case "":
      case "text/plain":
      case "application/octet-stream":
        throw new ApiProblem(415, "body", "not a format the server reads: " + String.join(", ", readers.keySet()));
      default:
        throw new ApiProblem(415, "Content-Type", "'" + type + "' is not accepted; send one of the formats "
            + String.join(", ", readers.keySet()) + " (recognised by content)");
    }
  }

  private static String extension(String format) {
    if (format.equals("firms-csv")) {
      return ".csv";
    }
    return format.equals("observations-jsonl") ? ".jsonl" : "." + format;
  }

  private static List<Map<String, Object>> problems(List<Reject> rejects) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Reject r : rejects) {
      out.add(problem(r.line(), r.field(), r.reason()));
    }
    return out;
  }

  private static Map<String, Object> problem(long line, String field, String reason) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("line", line);
    m.put("field", field);
    m.put("reason", reason);
    return m;
  }
}
