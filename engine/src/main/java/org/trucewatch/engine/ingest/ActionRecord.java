package org.trucewatch.engine.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.trucewatch.core.lifecycle.Review;
import org.trucewatch.core.lifecycle.ReviewAction;

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
 * @param anchor for a review of an incident: the hex id of the incident's anchor observation
 *     (its earliest member by event time, then id), so the action follows the incident when
 *     its id changes; empty for other actions and for reviews recorded before anchors were
 * @param covers the anchors the review applies to (see {@link Review#covers}), sorted
 * @param supporting the independent origins supporting the incident when it was reviewed, sorted
 * @param contradicting the independent origins contradicting it then, sorted
 */
public record ActionRecord(
    String action,
    String actor,
    String role,
    String subject,
    String note,
    Instant at,
    String anchor,
    List<String> covers,
    List<String> supporting,
    List<String> contradicting) {
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
    Objects.requireNonNull(anchor, "anchor");
    covers = sorted(covers);
    supporting = sorted(supporting);
    contradicting = sorted(contradicting);
  }

  /** An action with no anchor: administration, or a review as recorded before anchors were. */
  public ActionRecord(String action, String actor, String role, String subject, String note, Instant at) {
    this(action, actor, role, subject, note, at, "", List.of(), List.of(), List.of());
  }

  /** The record of an analyst's review of an incident. */
  public static ActionRecord of(Review r, String role) {
    return new ActionRecord(r.action().code(), r.analyst(), role, r.incidentId(), r.reason(), r.at(), r.anchor(),
        List.copyOf(r.covers()), List.copyOf(r.supporting()), List.copyOf(r.contradicting()));
  }

  private static List<String> sorted(List<String> l) {
    List<String> out = new ArrayList<>(l);
    out.sort(null);
    return List.copyOf(out);
  }

  /** Whether this is an analyst's triage of an incident rather than administration. */
  public boolean isTriage() {
    for (ReviewAction a : ReviewAction.values()) {
      if (a.code().equals(action)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The review this record holds, for the lifecycle; empty for administration. A review recorded
   * without a reason (before reasons were required) gets "no reason recorded".
   */
  public Optional<Review> toReview() {
    if (!isTriage()) {
      return Optional.empty();
    }
    String reason = note.isBlank() ? "no reason recorded" : note;
    return Optional.of(new Review(ReviewAction.fromCode(action), actor, reason, at, subject, anchor,
        new TreeSet<>(covers), new TreeSet<>(supporting), new TreeSet<>(contradicting)));
  }

  /**
   * The name of this record's ledger entry: {@code actions/<actor>/<epoch millis>-<action>}, and
   * for administration {@code -<subject>} after it (the token concerned), so a listing of the
   * ledger shows who did what when without reading the entry.
   */
  public String entryName() {
    String name = "actions/" + actor + "/" + at.toEpochMilli() + "-" + action;
    return isTriage() ? name : name + "-" + subject;
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
    if (!anchor.isEmpty()) {
      n.put("anchor", anchor);
      covers.forEach(n.putArray("covers")::add);
      supporting.forEach(n.putArray("supporting")::add);
      contradicting.forEach(n.putArray("contradicting")::add);
    }
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
      String anchor = n.has("anchor") ? text(n, "anchor") : "";
      return new ActionRecord(
          text(n, "action"), text(n, "actor"), text(n, "role"), text(n, "subject"), text(n, "note"), Instant.parse(text(n, "at")),
          anchor, texts(n, "covers"), texts(n, "supporting"), texts(n, "contradicting"));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("at: not a UTC time: " + e.getParsedString());
    }
  }

  private static List<String> texts(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null) {
      return List.of();
    }
    if (!v.isArray()) {
      throw new IllegalArgumentException(field + ": not a list of strings");
    }
    List<String> out = new ArrayList<>();
    for (JsonNode e : v) {
      if (!e.isTextual()) {
        throw new IllegalArgumentException(field + ": not a list of strings");
      }
      out.add(e.asText());
    }
    return out;
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || !v.isTextual()) {
      throw new IllegalArgumentException(field + ": missing or not a string");
    }
    return v.asText();
  }
}
