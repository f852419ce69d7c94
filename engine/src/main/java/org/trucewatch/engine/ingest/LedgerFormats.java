package org.trucewatch.engine.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.trucewatch.formats.Reject;

/**
 * Ledger entries that are not observations but are recorded so that a run's outputs follow from
 * the ledger alone: the agreement a run checked against, the cloud cover it was given, and the
 * refusal of an input of no known format.
 */
public final class LedgerFormats {
  /** The agreement file's bytes, as the run read them. */
  public static final String AGREEMENT = "agreement-yaml";
  /** A fusion file's bytes ({@code run --fusion}); the latest one in the ledger is in force. */
  public static final String FUSION = "fusion-yaml";

  /**
   * A cloud-cover CSV the user supplied for the protected sites' coverage ({@code
   * formats.cloud.CloudCoverCsvReader}), as the run read it: the replay reads it back, so that
   * {@code trucewatch verify} re-derives the coverage table with the same clouds.
   */
  public static final String CLOUD_COVER = "cloud-cover-csv";

  /**
   * A FIRMS file of normal years the user gave as the protected sites' baseline ({@code run
   * --site-baseline}): read by the replay into {@code SiteBaselineDetections}, not observations.
   */
  public static final String SITE_BASELINE = "site-baseline-firms";

  /**
   * An input that was refused: {@code {"name", "sha256", "reason"}} as JSON. The input's bytes are
   * not kept (they are of no format Trucewatch reads), but the fact of their refusal is.
   */
  public static final String INGEST_REFUSAL = "ingest-refusal";

  private static final ObjectMapper JSON = new ObjectMapper();

  private LedgerFormats() {}

  /** The bytes of a refusal entry. */
  public static byte[] refusal(String name, String sha256, String reason) {
    ObjectNode n = JSON.createObjectNode();
    n.put("name", name);
    n.put("sha256", sha256);
    n.put("reason", reason);
    try {
      return (JSON.writeValueAsString(n) + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The reject a refusal entry stands for, as the run that refused the input reported it. */
  public static Reject refusalReject(String entryName, byte[] raw) {
    try {
      JsonNode n = JSON.readTree(raw);
      return new Reject(n.path("name").asText(entryName), 0, "", n.path("reason").asText(""));
    } catch (IOException e) {
      return new Reject(entryName, 0, "", "refusal record is not JSON: " + e.getMessage());
    }
  }
}
