package org.trucewatch.formats.report;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.locationtech.jts.geom.Coordinate;
import org.trucewatch.core.claim.CasualtyScope;
import org.trucewatch.core.claim.Claim;
import org.trucewatch.core.claim.ClaimObservations;
import org.trucewatch.core.claim.ClaimedPlace;
import org.trucewatch.core.claim.Hedge;
import org.trucewatch.core.claim.LocationPrecision;
import org.trucewatch.core.claim.SourceChain;
import org.trucewatch.core.claim.TextSpan;
import org.trucewatch.core.observation.Casualties;
import org.trucewatch.core.observation.CasualtyCount;
import org.trucewatch.core.observation.ObservationKind;
import org.trucewatch.core.observation.Provenance;
import org.trucewatch.core.source.Credibility;
import org.trucewatch.formats.ObservationReader;
import org.trucewatch.formats.ReadResult;
import org.trucewatch.formats.Reject;
import org.trucewatch.formats.gazetteer.Gazetteer;
import org.trucewatch.formats.gazetteer.Place;
import org.trucewatch.formats.gazetteer.Region;
import org.trucewatch.formats.sources.SourceIds;
import org.trucewatch.formats.text.Language;
import org.trucewatch.formats.text.ReportExtractor;
import org.trucewatch.formats.text.ReportText;

/**
 * Reads the JSON report format (one report per line; the body of the HTTP API's report push): a
 * free-text report ({@code text}) is extracted like a {@code .txt} report, a structured one gives
 * its facts directly. See {@code docs/input-formats.md} for the keys. Each bad line is a reject
 * naming its key; the other lines are read. Thread-safe.
 */
public final class ReportJsonlReader implements ObservationReader {
  /** The format name stored in the ledger. */
  public static final String FORMAT = "reports-jsonl";
  /** The keys a report object may have. */
  public static final List<String> KEYS = List.of("source", "channel", "published", "language", "text", "time", "place",
      "region", "lat", "lon", "uncertainty_m", "kind", "means", "target", "casualties", "attributed_to", "credibility");

  private static final ObjectMapper JSON = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  private final ReportExtractor extractor = new ReportExtractor(Gazetteer.bundled());

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public ReadResult read(String name, String entrySha256, byte[] raw) {
    List<org.trucewatch.core.observation.Observation> out = new ArrayList<>();
    List<Reject> rejects = new ArrayList<>();
    String[] lines = new String(raw, StandardCharsets.UTF_8).split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      long lineNo = i + 1;
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      try {
        JsonNode n = JSON.readTree(line);
        read(n, name, entrySha256, lineNo, out, rejects);
      } catch (JacksonException e) {
        rejects.add(new Reject(name, lineNo, "", "invalid JSON: " + e.getOriginalMessage().split("\n")[0]));
      } catch (Bad e) {
        rejects.add(new Reject(name, lineNo, e.field, e.getMessage()));
      }
    }
    return new ReadResult(out, rejects);
  }

  private void read(JsonNode n, String name, String sha, long line, List<org.trucewatch.core.observation.Observation> out,
      List<Reject> rejects) throws Bad {
    if (!n.isObject()) {
      throw new Bad("", "each line must be a JSON object");
    }
    for (Map.Entry<String, JsonNode> e : n.properties()) {
      if (!KEYS.contains(e.getKey())) {
        throw new Bad(e.getKey(), "unknown key; known keys are " + String.join(", ", KEYS));
      }
    }
    String source = text(n, "source").orElseThrow(() -> new Bad("source", "missing; who made the report"));
    Optional<String> badId = SourceIds.problem(source);
    if (badId.isPresent()) {
      throw new Bad("source", badId.get());
    }
    Optional<Instant> published = instant(n, "published");
    List<String> channels = new ArrayList<>();
    JsonNode ch = n.get("channel");
    if (ch != null) {
      if (ch.isTextual()) {
        channels.add(ch.asText());
      } else if (ch.isArray()) {
        ch.forEach(c -> channels.add(c.asText()));
      } else {
        throw new Bad("channel", "must be a string or an array of strings");
      }
    }
    Provenance provenance = new Provenance(sha, name, line);
    Optional<String> body = text(n, "text");
    if (body.isPresent()) {
      Optional<Language> lang;
      try {
        lang = text(n, "language").map(Language::parse);
      } catch (IllegalArgumentException e) {
        throw new Bad("language", e.getMessage());
      }
      ReportText report = new ReportText(body.get(), lang, published, Duration.ZERO, new SourceChain(channels), Optional.of(source));
      // as in a text report: without a publication time dates with a year still resolve, and each
      // mention with a relative or no time is a reject of this line, the others go on
      List<Reject> unresolved = new ArrayList<>();
      out.addAll(TextReportReader.observations(extractor, report, source, name, sha, unresolved));
      for (Reject u : unresolved) {
        rejects.add(new Reject(name, line, u.field(), u.reason().replace("give a 'published:' header line",
            "give the line a \"published\" key")));
      }
      return;
    }
    if (published.isEmpty()) {
      throw new Bad("published", "missing; a structured report needs an ISO-8601 time with offset");
    }
    out.addAll(ClaimObservations.toObservation(structured(n, source, published.get(), channels), source, provenance).stream().toList());
  }

  private static Claim structured(JsonNode n, String source, Instant published, List<String> channels) throws Bad {
    ObservationKind kind;
    try {
      kind = ObservationKind.parse(text(n, "kind").orElse("strike"));
    } catch (IllegalArgumentException e) {
      throw new Bad("kind", e.getMessage());
    }
    Instant time = instant(n, "time").orElse(published);
    ClaimedPlace place = place(n);
    Credibility credibility = Credibility.POSSIBLY_TRUE;
    JsonNode c = n.get("credibility");
    if (c != null) {
      if (!c.canConvertToInt() || c.asInt() < 1 || c.asInt() > 6) {
        throw new Bad("credibility", "must be 1 to 6");
      }
      credibility = Credibility.of(c.asInt());
    }
    List<String> chain = new ArrayList<>();
    chain.add(source);
    chain.addAll(channels);
    String summary = text(n, "place").orElse("") + " " + kind.code();
    return new Claim(new SourceChain(chain), Optional.of(published), time, Duration.ZERO, kind, text(n, "means"), text(n, "target"),
        casualties(n.get("casualties")), CasualtyScope.SINGLE, place, text(n, "attributed_to"), credibility,
        List.<Hedge>of(), new TextSpan(0, summary.length(), summary), Map.of());
  }

  private static ClaimedPlace place(JsonNode n) throws Bad {
    JsonNode lat = n.get("lat");
    JsonNode lon = n.get("lon");
    double uncertainty = n.has("uncertainty_m") ? n.get("uncertainty_m").asDouble() : 0;
    if (lat != null || lon != null) {
      if (lat == null || lon == null || !lat.isNumber() || !lon.isNumber() || Math.abs(lat.asDouble()) > 90
          || Math.abs(lon.asDouble()) > 180) {
        throw new Bad(lat == null || !lat.isNumber() || Math.abs(lat.asDouble()) > 90 ? "lat" : "lon",
            "give lat and lon together, as degrees");
      }
      return new ClaimedPlace(text(n, "place").orElse(""), text(n, "region").orElse(""),
          Optional.of(new Coordinate(lon.asDouble(), lat.asDouble())), uncertainty, LocationPrecision.SETTLEMENT);
    }
    Gazetteer g = Gazetteer.bundled();
    Optional<String> region = text(n, "region");
    Optional<String> name = text(n, "place");
    if (name.isPresent()) {
      Optional<Place> p = Gazetteer.resolve(g.byName(name.get()), region.map(List::of).orElse(List.of()));
      if (p.isPresent()) {
        return new ClaimedPlace(p.get().canonical(), p.get().region(), Optional.of(new Coordinate(p.get().lon(), p.get().lat())),
            Math.max(uncertainty, p.get().extentMetres()), LocationPrecision.SETTLEMENT);
      }
    }
    if (region.isPresent()) {
      Region r = g.region(region.get()).orElseThrow(() -> new Bad("region", "unknown region code; use ISO 3166-2 such as UA-63"));
      return new ClaimedPlace(r.canonical(), r.iso(), Optional.of(new Coordinate(r.lon(), r.lat())), r.radiusMetres(),
          LocationPrecision.REGION);
    }
    return ClaimedPlace.UNKNOWN;
  }

  private static Casualties casualties(JsonNode c) throws Bad {
    if (c == null || c.isNull()) {
      return Casualties.UNKNOWN; // a report that gives no figures says nothing about them
    }
    return new Casualties(count(c, "killed"), count(c, "injured"), count(c, "minors"));
  }

  private static CasualtyCount count(JsonNode c, String key) throws Bad {
    JsonNode v = c.get(key);
    if (v == null || v.isNull()) {
      return CasualtyCount.UNKNOWN; // not given is unknown; 0 is written as 0
    }
    if (v.canConvertToInt() && v.isIntegralNumber() && v.asInt() >= 0) {
      return CasualtyCount.exactly(v.asInt());
    }
    JsonNode min = v.get("min");
    if (min == null || !min.isIntegralNumber() || min.asInt() < 0) {
      throw new Bad("casualties." + key, "must be a whole number or {\"min\": n, \"max\": m or null}");
    }
    JsonNode max = v.get("max");
    if (max == null || max.isNull()) {
      return CasualtyCount.atLeast(min.asInt());
    }
    if (!max.isIntegralNumber() || max.asInt() < min.asInt()) {
      throw new Bad("casualties." + key + ".max", "must be a whole number not below min");
    }
    return new CasualtyCount(min.asInt(), OptionalInt.of(max.asInt()));
  }

  private static Optional<String> text(JsonNode n, String key) throws Bad {
    JsonNode v = n.get(key);
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    if (!v.isTextual() || v.asText().isBlank()) {
      throw new Bad(key, "must be a non-empty string");
    }
    return Optional.of(v.asText());
  }

  private static Optional<Instant> instant(JsonNode n, String key) throws Bad {
    Optional<String> t = text(n, key);
    if (t.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(t.get()).toInstant());
    } catch (DateTimeParseException e) {
      throw new Bad(key, "must be an ISO-8601 time with offset, e.g. 2025-03-27T09:30:00+02:00, not '" + t.get() + "'");
    }
  }

  /** A bad value under one key. */
  private static final class Bad extends Exception {
    private static final long serialVersionUID = 1L;
    final String field;

    Bad(String field, String message) {
      super(message, null, false, false);
      this.field = field;
    }
  }
}
