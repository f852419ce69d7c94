package org.trucewatch.engine.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * One thing a person did through the server that is not an input: an analyst confirming,
 * disputing or annotating an incident, an administrator issuing or revoking a token. Kept in the
 * ledger as its own entry (format {@value #FORMAT}), so every write says who made it and when.
 *
 * @param action what was done, e.g. {@code confirm}, {@code dispute}, {@code note}, {@code
 *     token-issue}, {@code token-revoke}
 * @param actor the name of the token holder who did it
 * @param role the role the holder acted in
 * @param subject what it was done to: an incident id, a token id
 * @param note free text given with it, empty when none
 * @param at when the server received it (UTC)
 */
public record ActionRecord(String action, String actor, String role, String subject, String note, Instant at) {
  /** The ledger format code of an action entry. */
  public static final String FORMAT = "action-json";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Checks the fields. */
  public ActionRecord {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(note, "note");
    Objects.requireNonNull(at, "at");
  }

  /** Whether this is an analyst's triage of an incident rather than administration. */
  public boolean isTriage() {
    return action.equals("confirm") || action.equals("dispute") || action.equals("note");
  }

  /** The bytes stored in the ledger: one JSON object, keys in a fixed order. */
  public byte[] toBytes() {
    ObjectNode n = toJson();
    try {
      return (MAPPER.writeValueAsString(n) + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an action record always serialises", e);
    }
  }

  /** As a JSON object, keys in a fixed order. */
  public ObjectNode toJson() {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("action", action);
    n.put("actor", actor);
    n.put("role", role);
    n.put("subject", subject);
    n.put("note", note);
    n.put("at", at.toString());
    return n;
  }

  /**
   * Reads the bytes of an action entry.
   *
   * @throws IllegalArgumentException naming the field when the bytes are not an action record
   */
  public static ActionRecord fromBytes(byte[] raw) {
    JsonNode n;
    try {
      n = MAPPER.readTree(raw);
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException("not JSON: " + e.getMessage());
    }
    if (n == null || !n.isObject()) {
      throw new IllegalArgumentException("not a JSON object");
    }
    try {
      return new ActionRecord(
          text(n, "action"), text(n, "actor"), text(n, "role"), text(n, "subject"), text(n, "note"), Instant.parse(text(n, "at")));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("at: not a UTC time: " + e.getParsedString());
    }
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || !v.isTextual()) {
      throw new IllegalArgumentException(field + ": missing or not a string");
    }
    return v.asText();
  }
}
