package org.trucewatch.formats.acled;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.locationtech.jts.geom.Coordinate;
import org.trucewatch.core.assess.Assessor;
import org.trucewatch.core.geo.Geodesy;
import org.trucewatch.core.observation.Casualties;
import org.trucewatch.core.observation.CasualtyCount;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.observation.ObservationKind;
import org.trucewatch.core.observation.Provenance;
import org.trucewatch.core.source.Credibility;
import org.trucewatch.formats.ObservationReader;
import org.trucewatch.formats.ReadResult;
import org.trucewatch.formats.Reject;

/**
 * Reads ACLED event exports (CSV, every column of the current export: {@code event_id_cnty,
 * event_date, year, time_precision, disorder_type, event_type, sub_event_type, actor1,
 * assoc_actor_1, inter1, actor2, assoc_actor_2, inter2, interaction, civilian_targeting, iso,
 * region, country, admin1, admin2, admin3, location, latitude, longitude, geo_precision, source,
 * source_scale, notes, fatalities, tags, timestamp}; older exports with {@code data_id} and
 * {@code iso3} too). Columns are found by name, so their order does not matter.
 *
 * <p>Each event becomes one observation of source {@code acled}: its kind from event and
 * sub-event type and means (a missile's Shelling/artillery/missile attack is a strike), its means
 * from the notes; Trucewatch's own export carries both exactly as {@code kind=} and {@code means=}
 * tags, which win where present. Its time uncertainty from {@code time_precision} (1 day, 2 week, 3 month), its
 * location uncertainty from {@code geo_precision} (1 the town, 2 near it, 3 only the region),
 * {@code fatalities} as killed (at least: ACLED's figures are conservative), the initiating
 * actor's state as the attribution ACLED codes, and the original sources, scale and notes as
 * attributes. Each bad row is a reject naming its line and column. Thread-safe.
 */
public final class AcledCsvReader implements ObservationReader {
  /** The format name stored in the ledger. */
  public static final String FORMAT = "acled-csv";
  /** The source id ACLED events carry. */
  public static final String SOURCE_ID = "acled";
  /** Columns without which a row is no event. */
  public static final List<String> REQUIRED = List.of("event_id_cnty", "event_date", "event_type", "latitude", "longitude");

  /** The tag (in {@code tags}) by which Trucewatch's export carries the observation kind, which ACLED has no column for. */
  public static final String KIND_TAG = "kind=";
  /** The tag (in {@code tags}) by which Trucewatch's export carries the means, which ACLED has no column for. */
  public static final String MEANS_TAG = "means=";

  private static final DateTimeFormatter EXPORT_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
  private static final CsvMapper CSV = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public ReadResult read(String name, String entrySha256, byte[] raw) {
    List<Observation> observations = new ArrayList<>();
    List<Reject> rejects = new ArrayList<>();
    try (MappingIterator<String[]> rows = CSV.readerFor(String[].class).readValues(raw)) {
      if (!rows.hasNext()) {
        rejects.add(new Reject(name, 0, "", "empty file: expected an ACLED header line"));
        return new ReadResult(observations, rejects);
      }
      String[] header = rows.next();
      Map<String, Integer> columns = new HashMap<>();
      for (int i = 0; i < header.length; i++) {
        columns.put(header[i].strip().replace("\uFEFF", "").toLowerCase(Locale.ROOT), i);
      }
      for (String r : REQUIRED) {
        if (!columns.containsKey(r)) {
          rejects.add(new Reject(name, 1, r, "missing column; an ACLED export has " + String.join(", ", REQUIRED)));
        }
      }
      if (!rejects.isEmpty()) {
        return new ReadResult(observations, rejects);
      }
      while (true) {
        long line;
        String[] row;
        try {
          if (!rows.hasNextValue()) {
            break;
          }
          line = rows.getCurrentLocation().getLineNr();
          row = rows.nextValue();
        } catch (IOException | RuntimeException e) {
          rejects.add(new Reject(name, rows.getCurrentLocation().getLineNr(), "", "malformed CSV: " + firstLine(e.getMessage())
              + "; the rest of the file cannot be read reliably"));
          break;
        }
        if (row.length == 1 && row[0].isBlank()) {
          continue;
        }
        try {
          observations.add(event(new Row(columns, row), new Provenance(entrySha256, name, line)));
        } catch (BadField e) {
          rejects.add(new Reject(name, line, e.field, e.getMessage()));
        }
      }
    } catch (IOException e) {
      rejects.add(new Reject(name, 0, "", "cannot read as CSV: " + firstLine(e.getMessage())));
    }
    return new ReadResult(observations, rejects);
  }

  private static Observation event(Row r, Provenance provenance) throws BadField {
    String id = r.required("event_id_cnty");
    LocalDate date = date(r.required("event_date"));
    int timePrecision = r.intOr("time_precision", 1, 1, 3);
    int geoPrecision = r.intOr("geo_precision", 1, 1, 3);
    double lat = r.degrees("latitude", 90);
    double lon = r.degrees("longitude", 180);
    String eventType = r.required("event_type");
    String subType = r.get("sub_event_type");
    int fatalities = r.intOr("fatalities", 0, 0, Integer.MAX_VALUE);
    TreeMap<String, String> attributes = new TreeMap<>();
    attributes.put("acled_event_id", id);
    attributes.put("event_type", eventType);
    put(attributes, "sub_event_type", subType);
    put(attributes, "place", r.get("location"));
    put(attributes, "admin1", r.get("admin1"));
    put(attributes, "actor1", r.get("actor1"));
    put(attributes, "actor2", r.get("actor2"));
    put(attributes, "civilian_targeting", r.get("civilian_targeting"));
    put(attributes, "acled_source", r.get("source"));
    put(attributes, "source_scale", r.get("source_scale"));
    put(attributes, "notes", r.get("notes"));
    String taggedKind = tag(r.get("tags"), KIND_TAG);
    String means = tag(r.get("tags"), MEANS_TAG);
    if (means == null) {
      means = meansOf(subType, r.get("notes"));
    }
    put(attributes, "means", means);
    attributes.put("time_precision", Integer.toString(timePrecision));
    attributes.put("geo_precision", Integer.toString(geoPrecision));
    String party = partyOf(r.get("actor1"));
    if (party != null) {
      attributes.put(Assessor.ATTRIBUTED_TO, party);
    }
    // ACLED counts fatalities only, and codes "none reported" as 0: injuries and minors are unknown, not zero
    Casualties casualties = new Casualties(fatalities == 0 ? CasualtyCount.UNKNOWN : CasualtyCount.atLeast(fatalities),
        CasualtyCount.UNKNOWN, CasualtyCount.UNKNOWN);
    // the middle of the day, week or month the event is coded to, with half its length as uncertainty
    Instant time = date.atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC);
    attributes.put("time_uncertainty_s", Long.toString(timeUncertainty(timePrecision).getSeconds()));
    ObservationKind kind = kindOf(eventType, subType, means);
    if (taggedKind != null) {
      try {
        kind = ObservationKind.parse(taggedKind);
      } catch (IllegalArgumentException e) {
        throw new BadField("tags", e.getMessage());
      }
    }
    return Observation.of(SOURCE_ID, kind, time,
        Geodesy.WGS84.createPoint(new Coordinate(lon, lat)), locationUncertaintyMetres(geoPrecision),
        Credibility.POSSIBLY_TRUE, attributes, casualties, provenance);
  }

  /** ACLED's time precision as an uncertainty: 1 the day, 2 the week, 3 the month. */
  static Duration timeUncertainty(int timePrecision) {
    return switchValue(timePrecision, Duration.ofHours(12), Duration.ofHours(84), Duration.ofDays(15));
  }

  /**
   * ACLED's geo precision as a radius, metres: 1 the town itself (a town's extent), 2 a place near
   * the town or a part of a region, 3 only the region (its capital's coordinates stand for it).
   */
  static double locationUncertaintyMetres(int geoPrecision) {
    return switchValue(geoPrecision, 5_000.0, 25_000.0, 100_000.0);
  }

  private static <T> T switchValue(int precision, T one, T two, T three) {
    return precision == 1 ? one : precision == 2 ? two : three;
  }

  /**
   * ACLED's sub-event type for a means of attack, or null for none or a means ACLED does not sort
   * by: missile, artillery and rocket launcher are Shelling/artillery/missile attack; drone, air
   * and glide bomb Air/drone strike; IED and mine Remote explosive/landmine/IED.
   */
  public static String subEventTypeOf(String means) {
    if (means == null) {
      return null;
    }
    switch (means) {
      case "missile":
      case "artillery":
      case "rocket-launcher":
        return "Shelling/artillery/missile attack";
      case "drone":
      case "air":
      case "aircraft":
      case "glide-bomb":
        return "Air/drone strike";
      case "ied":
      case "mine":
        return "Remote explosive/landmine/IED";
      default:
        return null;
    }
  }

  /** The observation kind of an ACLED event type and sub-event type, without a means. */
  static ObservationKind kindOf(String eventType, String subType) {
    return kindOf(eventType, subType, null);
  }

  /**
   * The observation kind of an ACLED event type, sub-event type and means: a missile in ACLED's
   * Shelling/artillery/missile attack is a strike (a missile impact), as the extractor codes it;
   * artillery and rockets there are shelling.
   */
  static ObservationKind kindOf(String eventType, String subType, String means) {
    String e = eventType.toLowerCase(Locale.ROOT);
    String s = subType == null ? "" : subType.toLowerCase(Locale.ROOT);
    if (s.startsWith("air/drone strike")) {
      return ObservationKind.STRIKE;
    }
    if (s.startsWith("shelling")) {
      return "missile".equals(means) ? ObservationKind.STRIKE : ObservationKind.SHELLING;
    }
    if (s.startsWith("remote explosive") || s.startsWith("grenade") || s.startsWith("suicide bomb")) {
      return ObservationKind.EXPLOSION;
    }
    if (e.startsWith("explosions")) {
      return ObservationKind.EXPLOSION;
    }
    if (e.equals("battles")) {
      return ObservationKind.TROOPS;
    }
    if (e.startsWith("violence against civilians")) {
      return ObservationKind.STRIKE;
    }
    return ObservationKind.OTHER;
  }

  /** The value of a {@code key=value} tag among ACLED's semicolon-separated tags, or null. */
  private static String tag(String tags, String key) {
    if (tags == null) {
      return null;
    }
    for (String t : tags.split(";")) {
      String s = t.strip();
      if (s.startsWith(key) && s.length() > key.length()) {
        return s.substring(key.length()).strip();
      }
    }
    return null;
  }

  private static String meansOf(String subType, String notes) {
    String s = (subType == null ? "" : subType).toLowerCase(Locale.ROOT);
    String n = notes == null ? "" : notes.toLowerCase(Locale.ROOT);
    if (n.contains("drone") || n.contains("uav") || n.contains("shahed")) {
      return "drone";
    }
    if (n.contains("glide bomb") || n.contains("guided aerial bomb") || n.contains("kab")) {
      return "glide-bomb";
    }
    if (n.contains("missile")) {
      return "missile";
    }
    if (n.contains("mlrs") || n.contains("grad") || n.contains("rocket launcher")) {
      return "rocket-launcher";
    }
    if (s.startsWith("shelling") || n.contains("artillery")) {
      return "artillery";
    }
    return null;
  }

  /**
   * ACLED's actor name for a party: RU and UA by the names of their forces, which {@link #partyOf}
   * reads back; any other party as it is.
   */
  public static String actorOf(String party) {
    switch (party) {
      case "RU":
        return "Military Forces of Russia (2000-)";
      case "UA":
        return "Military Forces of Ukraine (2019-)";
      default:
        return party;
    }
  }

  /** The state behind an ACLED actor name: "Military Forces of Russia (2000-)" is RU. */
  static String partyOf(String actor) {
    if (actor == null) {
      return null;
    }
    if (actor.contains("of Russia")) {
      return "RU";
    }
    if (actor.contains("of Ukraine")) {
      return "UA";
    }
    return null;
  }

  private static LocalDate date(String text) throws BadField {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      try {
        return LocalDate.parse(text, EXPORT_DATE);
      } catch (DateTimeParseException e2) {
        throw new BadField("event_date", "must be a date such as 2025-03-27 or 27 March 2025, not '" + text + "'");
      }
    }
  }

  private static void put(Map<String, String> m, String key, String value) {
    if (value != null && !value.isBlank()) {
      m.put(key, value.strip());
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }

  /** One row, by column name. */
  private record Row(Map<String, Integer> columns, String[] values) {
    String get(String column) {
      Integer i = columns.get(column);
      return i == null || i >= values.length ? null : values[i];
    }

    String required(String column) throws BadField {
      String v = get(column);
      if (v == null || v.isBlank()) {
        throw new BadField(column, "missing value");
      }
      return v.strip();
    }

    int intOr(String column, int absent, int min, int max) throws BadField {
      String v = get(column);
      if (v == null || v.isBlank()) {
        return absent;
      }
      try {
        int n = Integer.parseInt(v.strip());
        if (n < min || n > max) {
          throw new BadField(column, "must be " + min + " to " + max + ", not " + n);
        }
        return n;
      } catch (NumberFormatException e) {
        throw new BadField(column, "must be a whole number, not '" + v + "'");
      }
    }

    double degrees(String column, double limit) throws BadField {
      String v = required(column);
      try {
        double d = Double.parseDouble(v);
        if (!(Math.abs(d) <= limit)) {
          throw new BadField(column, "must be degrees between -" + (int) limit + " and " + (int) limit + ", not " + v);
        }
        return d;
      } catch (NumberFormatException e) {
        throw new BadField(column, "must be a number of degrees, not '" + v + "'");
      }
    }
  }

  /** A bad value in one column. */
  private static final class BadField extends Exception {
    private static final long serialVersionUID = 1L;
    final String field;

    BadField(String field, String message) {
      super(message, null, false, false);
      this.field = field;
    }
  }
}
