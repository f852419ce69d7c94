package org.trucewatch.report.export;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.trucewatch.core.assess.Assessor;
import org.trucewatch.core.assess.Attribution;
import org.trucewatch.core.assess.Finding;
import org.trucewatch.core.assess.FindingGrade;
import org.trucewatch.core.fuse.Incident;
import org.trucewatch.core.observation.Activity;
import org.trucewatch.core.observation.ObservationKind;
import org.trucewatch.formats.acled.AcledCsvReader;
import org.trucewatch.formats.gazetteer.Gazetteer;
import org.trucewatch.formats.gazetteer.Place;
import org.trucewatch.formats.gazetteer.Raion;

/**
 * Incidents as CSV with ACLED's columns, in ACLED's order, so analysts can load Trucewatch
 * incidents beside ACLED data. One row per incident, in the order given (start, then id).
 *
 * <p>Mapping: {@code event_id_cnty} is {@code TW} and the first 12 hex digits of the incident id;
 * {@code event_date} the start date (UTC); {@code event_type} / {@code sub_event_type} from the
 * means first, as ACLED's codebook sorts attacks by weapon (missile, artillery, rocket launcher:
 * Shelling/artillery/missile attack; drone, air, glide bomb: Air/drone strike; IED, mine: Remote
 * explosive/landmine/IED), and from the incident kind only where no means is known (strikes Air/drone
 * strike, shelling Shelling/artillery/missile attack, explosions and attacks on vessels Remote
 * explosive/landmine/IED, troops Battles / Armed clash, other Strategic developments / Other; a
 * satellite thermal anomaly alone, and the air and sea layers' sightings, are left blank, since a
 * sighting is not yet an event); {@code actor1}
 * the party the incident's findings attribute it to (without findings: the one party its reports
 * name), by ACLED's name for Russia's and Ukraine's forces; {@code fatalities} the lower bound of killed; {@code
 * geo_precision} 1 within 1 km, 2 within 25 km, else 3; {@code source} the source ids; {@code
 * notes} the findings' explanations; {@code tags} kind, means, grade, status and provisions (ACLED has
 * no column for either of the first two: {@link AcledCsvReader} reads them back); {@code timestamp}
 * the incident's end (Unix seconds), not the export time, so exports are reproducible. {@code
 * location}, {@code admin1}, {@code admin2}, {@code country}, {@code iso} and {@code region} come
 * from the gazetteer place nearest the incident's centre within 25 km or the incident's radius
 * (GeoNames name, region without "Oblast", raion, country and its ISO 3166 numeric code, Europe);
 * when none is that near, {@code location} is the incident's place names and the rest is empty.
 */
public final class AcledCsvWriter {
  /** How far the nearest gazetteer place may be for the incident to be located at it, metres. */
  private static final double LOCATION_METRES = 25_000;

  private final Gazetteer gazetteer;

  /** A writer locating incidents with the bundled gazetteer. */
  public AcledCsvWriter() {
    this(Gazetteer.bundled());
  }

  /** A writer locating incidents with this gazetteer. */
  public AcledCsvWriter(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }
  /** ACLED's columns, in order. */
  public static final List<String> COLUMNS = List.of(
      "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
      "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
      "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
      "source", "source_scale", "notes", "fatalities", "tags", "timestamp");

  /** The CSV text, header first, CRLF line ends (RFC 4180). */
  public String render(List<Incident> incidents, Map<String, List<Finding>> findingsByIncident) {
    StringBuilder sb = new StringBuilder();
    row(sb, COLUMNS);
    for (Incident inc : incidents) {
      List<Finding> fs = findingsByIncident.getOrDefault(inc.id(), List.of());
      List<String> v = new ArrayList<>();
      // the 12 hex digits after "inc-", as the Javadoc says: "TWinc-4c718084" gave only 8 and a hyphen ACLED's ids never have
      String hex = inc.id().startsWith("inc-") ? inc.id().substring(4) : inc.id();
      v.add("TW" + hex.substring(0, Math.min(12, hex.length())));
      v.add(inc.start().atZone(ZoneOffset.UTC).toLocalDate().toString());
      v.add(Integer.toString(inc.start().atZone(ZoneOffset.UTC).getYear()));
      v.add("1");
      String means = means(inc);
      String[] type = eventType(inc.kind(), means);
      v.add(type[0]);
      v.add(type[1]);
      v.add(type[2]);
      v.add(actor(inc, fs));
      v.add("");
      v.add("");
      v.add("");
      v.add("");
      v.add("");
      v.add("");
      v.add("");
      Optional<Place> at = gazetteer.nearest(inc.centre().y, inc.centre().x, Math.max(LOCATION_METRES, inc.radiusMetres()));
      String country = at.map(p -> country(p.region())).orElse("");
      v.add(at.isEmpty() ? "" : iso(country));
      v.add(at.isEmpty() ? "" : "Europe");
      v.add(country);
      v.add(at.flatMap(p -> gazetteer.region(p.region())).map(r -> r.english().replace(" Oblast", "")).orElse(""));
      v.add(at.flatMap(gazetteer::raionOf).map(Raion::name).orElse(""));
      v.add("");
      v.add(at.map(Place::name).orElse(String.join("; ", inc.places())));
      v.add(degrees(inc.centre().y));
      v.add(degrees(inc.centre().x));
      v.add(inc.radiusMetres() <= 1000 ? "1" : inc.radiusMetres() <= 25000 ? "2" : "3");
      v.add(String.join("; ", inc.sourceIds()));
      v.add("");
      StringBuilder notes = new StringBuilder();
      for (Finding f : fs) {
        if (notes.length() > 0) {
          notes.append(' ');
        }
        notes.append(f.explanation());
      }
      v.add(notes.toString());
      v.add(Integer.toString(inc.casualties().killed().min()));
      v.add(tags(inc, means, fs));
      v.add(Long.toString(inc.end().getEpochSecond()));
      row(sb, v);
    }
    return sb.toString();
  }

  private static String country(String region) {
    return region.startsWith("UA-") ? "Ukraine" : region.startsWith("RU-") ? "Russia" : region.startsWith("BY-") ? "Belarus" : "";
  }

  /** ISO 3166 numeric, as ACLED's {@code iso} column has it. */
  private static String iso(String country) {
    switch (country) {
      case "Ukraine":
        return "804";
      case "Russia":
        return "643";
      case "Belarus":
        return "112";
      default:
        return "";
    }
  }

  /**
   * The means the incident's reports name, or null: the one most of them name, the first in
   * alphabetical order on a tie, so the export does not depend on the order of the members.
   */
  static String means(Incident inc) {
    TreeMap<String, Integer> counts = new TreeMap<>();
    for (var m : inc.members()) {
      String means = m.observation().attributes().get("means");
      if (means != null && !means.isBlank()) {
        counts.merge(means, 1, Integer::sum);
      }
    }
    String best = null;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (best == null || e.getValue() > counts.get(best)) {
        best = e.getKey();
      }
    }
    return best;
  }

  /**
   * ACLED's disorder type, event type and sub-event type of an incident: by its means where one is
   * known and the kind is an attack, else by its kind; blank for a sighting.
   */
  static String[] eventType(ObservationKind kind, String means) {
    boolean attack = kind != ObservationKind.THERMAL_ANOMALY && kind.activities().contains(Activity.STRIKE);
    String bySubType = attack ? AcledCsvReader.subEventTypeOf(means) : null;
    if (bySubType != null) {
      return new String[] {"Political violence", "Explosions/Remote violence", bySubType};
    }
    switch (kind) {
      case STRIKE:
        return new String[] {"Political violence", "Explosions/Remote violence", "Air/drone strike"};
      case SHELLING:
        return new String[] {"Political violence", "Explosions/Remote violence", "Shelling/artillery/missile attack"};
      case EXPLOSION:
      case ATTACK_ON_VESSEL:
        return new String[] {"Political violence", "Explosions/Remote violence", "Remote explosive/landmine/IED"};
      case TROOPS:
        // ACLED's battles are what the reader takes as troops: written so, they read back as troops
        return new String[] {"Political violence", "Battles", "Armed clash"};
      case OTHER:
        return new String[] {"Strategic developments", "Strategic developments", "Other"};
      default:
        return new String[] {"", "", ""};
    }
  }

  private static String actor(Incident inc, List<Finding> fs) {
    TreeSet<String> parties = new TreeSet<>();
    for (Finding f : fs) {
      if (f.attribution() instanceof Attribution.Claimed c) {
        parties.add(c.party());
      }
    }
    if (fs.isEmpty()) {
      // no finding assessed the attribution: the party every report that names one names, as ACLED's actor1 is
      for (var m : inc.members()) {
        String party = m.observation().attributes().get(Assessor.ATTRIBUTED_TO);
        if (party != null) {
          parties.add(party);
        }
      }
    }
    if (parties.size() != 1) {
      return "";
    }
    return AcledCsvReader.actorOf(parties.first());
  }

  private static String tags(Incident inc, String means, List<Finding> fs) {
    FindingGrade best = null;
    TreeSet<String> provisions = new TreeSet<>();
    for (Finding f : fs) {
      provisions.add(f.provisionId());
      if (best == null || f.grade().ordinal() < best.ordinal()) {
        best = f.grade();
      }
    }
    List<String> tags = new ArrayList<>();
    // ACLED's columns carry neither: the reader takes them back from here, before guessing from the sub-event type
    tags.add(AcledCsvReader.KIND_TAG + inc.kind().code());
    if (means != null) {
      tags.add(AcledCsvReader.MEANS_TAG + means);
    }
    tags.add("grade=" + (best == null ? "none" : best.code()));
    tags.add("status=" + inc.status().code());
    provisions.forEach(p -> tags.add("provision=" + p));
    return String.join("; ", tags);
  }

  private static String degrees(double v) {
    return java.math.BigDecimal.valueOf(Math.round(v * 1e4) / 1e4).stripTrailingZeros().toPlainString();
  }

  private static void row(StringBuilder sb, List<String> values) {
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      String v = values.get(i);
      if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
        sb.append('"').append(v.replace("\"", "\"\"")).append('"');
      } else {
        sb.append(v);
      }
    }
    sb.append("\r\n");
  }
}
