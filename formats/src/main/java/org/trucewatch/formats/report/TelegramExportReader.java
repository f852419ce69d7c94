package org.trucewatch.formats.report;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.trucewatch.core.claim.Claim;
import org.trucewatch.core.claim.ClaimObservations;
import org.trucewatch.core.claim.SourceChain;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.observation.Provenance;
import org.trucewatch.formats.ObservationReader;
import org.trucewatch.formats.ReadResult;
import org.trucewatch.formats.Reject;
import org.trucewatch.formats.gazetteer.Gazetteer;
import org.trucewatch.formats.text.IncidentMention;
import org.trucewatch.formats.text.ReportExtractor;
import org.trucewatch.formats.text.ReportText;

/**
 * Reads a Telegram channel as Telegram Desktop's "Export chat history" writes it (JSON,
 * {@code result.json}: the channel's {@code name}, {@code type}, {@code id} and its {@code
 * messages}). Each message of type {@code message} is one report: its text (a string, or an
 * array of strings and {@code {type, text}} pieces, joined), its {@code date_unixtime} (or, in
 * older exports, its {@code date}, local time of the exporting computer, read as Kyiv time) as
 * the publication time, and the channel as the first link of the source chain, via Telegram.
 * The source id is {@code telegram-<channel id>}. Service messages and messages without text are
 * skipped; a message that cannot be read is a reject naming its id and the line it starts on,
 * and the others go on.
 */
public final class TelegramExportReader implements ObservationReader {
  /** The format name stored in the ledger. */
  public static final String FORMAT = "telegram-export";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ReportExtractor extractor = new ReportExtractor(Gazetteer.bundled());

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public ReadResult read(String name, String entrySha256, byte[] raw) {
    List<Reject> rejects = new ArrayList<>();
    ObjectNode root = JSON.createObjectNode();
    // each message with the line it starts on, so that a reject names the line a user can open
    List<Map.Entry<Long, JsonNode>> messages = new ArrayList<>();
    boolean hasMessages = false;
    try (JsonParser p = JSON.createParser(raw)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        rejects.add(new Reject(name, 1, "", "not a Telegram Desktop export: the file is not a JSON object"));
        return new ReadResult(List.of(), rejects);
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        if (field.equals("messages") && value == JsonToken.START_ARRAY) {
          hasMessages = true;
          while (p.nextToken() != JsonToken.END_ARRAY) {
            long line = p.currentTokenLocation().getLineNr();
            messages.add(Map.entry(line, p.readValueAsTree()));
          }
        } else {
          root.set(field, p.readValueAsTree());
        }
      }
    } catch (JsonProcessingException e) {
      rejects.add(new Reject(name, e.getLocation() == null ? 0 : e.getLocation().getLineNr(), "",
          "invalid JSON: " + e.getOriginalMessage().split("\n")[0]));
      return new ReadResult(List.of(), rejects);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    if (!hasMessages) {
      rejects.add(new Reject(name, 1, "messages", "missing; a Telegram Desktop export (result.json) has a messages array"));
      return new ReadResult(List.of(), rejects);
    }
    String channel = root.path("name").asText("").strip();
    String id = root.path("id").asText("").strip();
    if (channel.isEmpty() || id.isEmpty()) {
      rejects.add(new Reject(name, 1, channel.isEmpty() ? "name" : "id", "missing; the export names its channel and its id"));
      return new ReadResult(List.of(), rejects);
    }
    String sourceId = "telegram-" + id.replaceAll("[^0-9a-z]", "");
    List<Observation> out = new ArrayList<>();
    int index = 0;
    for (Map.Entry<Long, JsonNode> located : messages) {
      long line = located.getKey();
      JsonNode m = located.getValue();
      String where = "messages[" + (m.hasNonNull("id") ? "id=" + m.get("id").asText() : Integer.toString(index)) + "]";
      index++;
      if (!m.isObject()) {
        rejects.add(new Reject(name, line, where, "must be an object with id, type, date and text, not " + m.getNodeType().toString().toLowerCase(java.util.Locale.ROOT)));
        continue;
      }
      if (!m.path("type").asText().equals("message")) {
        continue;
      }
      JsonNode t = m.get("text");
      if (t != null && !t.isNull() && !t.isTextual() && !t.isArray()) {
        rejects.add(new Reject(name, line, where + ".text", "must be a string or an array of strings and {type, text} pieces, not "
            + t.getNodeType().toString().toLowerCase(java.util.Locale.ROOT)));
        continue;
      }
      String text = text(t);
      if (text.isBlank()) {
        continue;
      }
      Optional<Instant> published = published(m);
      if (published.isEmpty()) {
        rejects.add(new Reject(name, line, where + ".date", "missing or not a time: date_unixtime '"
            + m.path("date_unixtime").asText("") + "', date '" + m.path("date").asText("") + "'"));
        continue;
      }
      ReportText report = new ReportText(text, Optional.empty(), published.get(), Duration.ZERO, SourceChain.UNNAMED,
          Optional.of(channel));
      // the line of provenance is the message id: the export is one JSON document
      Provenance provenance = new Provenance(entrySha256, name, m.path("id").asLong(0));
      for (IncidentMention mention : extractor.extract(report).mentions()) {
        ClaimObservations.toObservation(fromChannel(mention.claim(), channel), sourceId, provenance).ifPresent(out::add);
      }
    }
    return new ReadResult(out, rejects);
  }

  /** The claim as the channel's: the channel first, via Telegram, whatever the post quotes. */
  static Claim fromChannel(Claim c, String channel) {
    SourceChain chain = new SourceChain(List.of(channel)).via("Telegram");
    return new Claim(chain, c.reportedAt(), c.eventTime(), c.eventTimeUncertainty(), c.kind(), c.means(), c.target(),
        c.casualties(), c.scope(), c.place(), c.attributedTo(), c.credibility(), c.hedges(), c.text(), c.spans());
  }

  /** A message's text: a string, or an array of strings and {type, text} pieces (links, bold, hashtags). */
  static String text(JsonNode t) {
    if (t == null || t.isNull()) {
      return "";
    }
    if (t.isTextual()) {
      return t.asText();
    }
    StringBuilder sb = new StringBuilder();
    if (t.isArray()) {
      for (JsonNode piece : t) {
        sb.append(piece.isTextual() ? piece.asText() : piece.path("text").asText(""));
      }
    }
    return sb.toString();
  }

  private static Optional<Instant> published(JsonNode m) {
    JsonNode unix = m.get("date_unixtime");
    if (unix != null && unix.asText().matches("\\d{1,12}")) {
      return Optional.of(Instant.ofEpochSecond(Long.parseLong(unix.asText())));
    }
    try {
      // older exports: the exporting computer's local time, without offset; channels we read post from Ukraine
      return Optional.of(LocalDateTime.parse(m.path("date").asText()).atZone(java.time.ZoneId.of("Europe/Kyiv")).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
