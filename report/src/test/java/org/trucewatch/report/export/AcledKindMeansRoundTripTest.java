package org.trucewatch.report.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.trucewatch.core.enrich.EnrichedObservation;
import org.trucewatch.core.fuse.FusionParameters;
import org.trucewatch.core.fuse.Incident;
import org.trucewatch.core.fuse.IncidentFuser;
import org.trucewatch.core.geo.Geodesy;
import org.trucewatch.core.observation.Casualties;
import org.trucewatch.core.observation.CasualtyCount;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.observation.ObservationKind;
import org.trucewatch.core.observation.Provenance;
import org.trucewatch.core.source.Credibility;
import org.trucewatch.core.source.Reliability;
import org.trucewatch.core.source.Source;
import org.trucewatch.core.source.SourceDirectory;
import org.trucewatch.formats.ReadResult;
import org.trucewatch.formats.acled.AcledCsvReader;

/**
 * Every observation kind and means the text extractor gives, exported in ACLED's format and read
 * back: the sub-event type follows the means first (ACLED's codebook sorts attacks by weapon), the
 * kind where no means is known; kind, means, date, place, coordinates and fatalities come back.
 *
 * <p>What ACLED's own columns cannot carry (read back with the {@code tags} column emptied, as
 * from a tool that keeps only ACLED's coded columns): an attack on a vessel (ACLED has no such
 * sub-event type: it reads back as the strike, shelling or explosion its means makes it), a missile
 * strike (ACLED's Shelling/artillery/missile attack reads back as shelling by artillery unless the
 * notes name a missile), a means within one sub-event type (drone and glide bomb are both Air/drone
 * strike), and any means of troops or other reports (ACLED sorts battles and developments by no
 * weapon). Trucewatch's export carries kind and means in {@code kind=} and {@code means=} tags.
 */
class AcledKindMeansRoundTripTest {
  /** The kinds the extractor gives (formats/text ObservationKindFor and the troop claims), and explosion, ACLED's own. */
  private static final List<String> KINDS = List.of("strike", "shelling", "attack-on-vessel", "troops", "explosion", "other");
  /** No means, and the means codes of the extractor's lexicon (formats/text Lexicon, kind MEANS), and ACLED's IED. */
  private static final List<String> MEANS = List.of("", "artillery", "drone", "glide-bomb", "missile", "rocket-launcher", "ied");

  private static final String SHELLING = "Shelling/artillery/missile attack";
  private static final String AIR = "Air/drone strike";
  private static final String IED = "Remote explosive/landmine/IED";

  /** Zolochiv, Kharkiv, at GeoNames' coordinates: the gazetteer place the export names. */
  private static final double LAT = 50.27331;
  private static final double LON = 35.97755;

  /** The expected sub-event type: by means for an attack, else by kind. */
  private static String subEventType(String kind, String means) {
    boolean attack = List.of("strike", "shelling", "attack-on-vessel", "explosion").contains(kind);
    if (attack) {
      switch (means) {
        case "artillery":
        case "missile":
        case "rocket-launcher":
          return SHELLING;
        case "drone":
        case "glide-bomb":
          return AIR;
        case "ied":
          return IED;
        default:
          break;
      }
    }
    switch (kind) {
      case "strike":
        return AIR;
      case "shelling":
        return SHELLING;
      case "attack-on-vessel":
      case "explosion":
        return IED;
      case "troops":
        return "Armed clash";
      default:
        return "Other";
    }
  }

  @Test
  void everyKindAndMeansReadsBackAsTheSameEvent() {
    List<Observation> sent = new ArrayList<>();
    List<Incident> incidents = new ArrayList<>();
    int row = 0;
    for (String kind : KINDS) {
      for (String means : MEANS) {
        TreeMap<String, String> attributes = new TreeMap<>();
        attributes.put("place", "Zolochiv");
        if (!means.isEmpty()) {
          attributes.put("means", means);
        }
        // a day apart, so each is its own incident and its own date
        Instant at = Instant.parse("2025-03-01T09:30:00Z").plusSeconds(86_400L * row);
        Observation o = Observation.of("press", ObservationKind.parse(kind), at,
            Geodesy.WGS84.createPoint(new Coordinate(LON + row * 1e-4, LAT)), 500, Credibility.PROBABLY_TRUE, attributes,
            new Casualties(CasualtyCount.atLeast(1 + row % 4), CasualtyCount.UNKNOWN, CasualtyCount.UNKNOWN),
            new Provenance("ab".repeat(32), "reports.txt", row + 1));
        sent.add(o);
        incidents.addAll(fuser().fuse(List.of(new EnrichedObservation(o, List.of()))));
        row++;
      }
    }
    assertThat(incidents).hasSize(KINDS.size() * MEANS.size());

    String csv = new AcledCsvWriter().render(incidents, Map.of());
    ReadResult back = new AcledCsvReader().read("incidents.csv", "cd".repeat(32), csv.getBytes(StandardCharsets.UTF_8));
    assertThat(back.rejects()).isEmpty();
    assertThat(back.observations()).hasSize(sent.size());
    // ACLED's id: a letter code and digits, here TW and the incident id's first 12 hex digits
    for (int i = 0; i < incidents.size(); i++) {
      assertThat(back.observations().get(i).attributes().get("acled_event_id"))
          .isEqualTo("TW" + incidents.get(i).id().substring("inc-".length(), "inc-".length() + 12)).matches("TW[0-9a-f]{12}");
    }
    ReadResult acledOnly = new AcledCsvReader().read("incidents.csv", "cd".repeat(32),
        withoutTags(csv).getBytes(StandardCharsets.UTF_8));
    assertThat(acledOnly.rejects()).isEmpty();

    for (int i = 0; i < sent.size(); i++) {
      Observation a = sent.get(i);
      Observation b = back.observations().get(i);
      Observation c = acledOnly.observations().get(i);
      String kind = a.kind().code();
      String means = a.attributes().getOrDefault("means", "");
      String label = kind + " by " + (means.isEmpty() ? "no means" : means);
      assertThat(b.attributes().get("sub_event_type")).as(label).isEqualTo(subEventType(kind, means));
      assertThat(b.kind()).as(label).isEqualTo(a.kind());
      assertThat(b.attributes().get("means")).as(label).isEqualTo(a.attributes().get("means") != null ? means
          // without a means, the reader guesses artillery from ACLED's shelling sub-event, as for ACLED's own events
          : subEventType(kind, means).equals(SHELLING) ? "artillery" : null);
      assertThat(b.eventTime().atZone(ZoneOffset.UTC).toLocalDate()).as(label)
          .isEqualTo(a.eventTime().atZone(ZoneOffset.UTC).toLocalDate());
      assertThat(b.attributes().get("place")).as(label).isEqualTo("Zolochiv");
      assertThat(b.attributes().get("admin1")).as(label).isEqualTo("Kharkiv");
      assertThat(b.geometry().getCoordinate().y).as(label).isCloseTo(a.geometry().getCoordinate().y, within(1e-4));
      assertThat(b.geometry().getCoordinate().x).as(label).isCloseTo(a.geometry().getCoordinate().x, within(1e-4));
      assertThat(b.casualties().killed()).as(label).isEqualTo(a.casualties().killed());

      // ACLED's columns alone: the kind its sub-event type makes, the means only where the sub-event type names one
      String sub = subEventType(kind, means);
      ObservationKind acledKind = sub.equals(AIR) ? ObservationKind.STRIKE : sub.equals(SHELLING) ? ObservationKind.SHELLING
          : sub.equals(IED) ? ObservationKind.EXPLOSION : sub.equals("Armed clash") ? ObservationKind.TROOPS : ObservationKind.OTHER;
      assertThat(c.kind()).as(label + ", ACLED's columns only").isEqualTo(acledKind);
      assertThat(c.attributes().get("means")).as(label + ", ACLED's columns only").isEqualTo(sub.equals(SHELLING) ? "artillery" : null);
    }
    // the German "Raketenangriff ... Hafengebäude" of issue #15: extracted as an attack on a vessel by missile
    int vesselByMissile = KINDS.indexOf("attack-on-vessel") * MEANS.size() + MEANS.indexOf("missile");
    assertThat(back.observations().get(vesselByMissile).attributes()).containsEntry("sub_event_type", SHELLING)
        .containsEntry("means", "missile");
    assertThat(back.observations().get(vesselByMissile).kind()).isEqualTo(ObservationKind.ATTACK_ON_VESSEL);
  }

  @Test
  void aMissileStrikeInAcledsOwnCodingIsAStrikeWhenTheNotesNameTheMissile() {
    String acled = String.join(",", AcledCsvWriter.COLUMNS) + "\r\n"
        + "UKR170001,2025-03-20,2025,1,Political violence,Explosions/Remote violence,Shelling/artillery/missile attack,"
        + "Military Forces of Russia (2000-),,8,Civilians (Ukraine),,7,78,Civilian targeting,804,Europe,Ukraine,Kharkiv,"
        + "Bohodukhivskyi,,Zolochiv,50.27331,35.97755,1,Kharkiv Regional Military Administration,Subnational,"
        + "\"On 20 March 2025, a Russian missile hit a warehouse in Zolochiv, Kharkiv. 2 fatalities.\",2,,1742428800\r\n";
    ReadResult in = new AcledCsvReader().read("acled.csv", "ab".repeat(32), acled.getBytes(StandardCharsets.UTF_8));
    assertThat(in.rejects()).isEmpty();
    assertThat(in.observations()).singleElement().satisfies(o -> {
      assertThat(o.kind()).isEqualTo(ObservationKind.STRIKE);
      assertThat(o.attributes()).containsEntry("means", "missile");
    });
    List<Incident> incidents = fuser().fuse(in.observations().stream().map(o -> new EnrichedObservation(o, List.of())).toList());
    String csv = new AcledCsvWriter().render(incidents, Map.of());
    assertThat(csv.split("\r\n")[1]).contains(",Explosions/Remote violence,Shelling/artillery/missile attack,")
        .endsWith(",kind=strike; means=missile; grade=none; status=reported,1742472000");
  }

  @Test
  void fatalitiesZeroAndUnknownBothReadBackAsUnknownSinceAcledCodesNoneReportedAsZero() {
    List<Incident> incidents = new ArrayList<>();
    int row = 0;
    for (CasualtyCount killed : List.of(CasualtyCount.UNKNOWN, CasualtyCount.NONE)) {
      Observation o = Observation.of("press", ObservationKind.STRIKE, Instant.parse("2025-03-01T09:30:00Z").plusSeconds(86_400L * row),
          Geodesy.WGS84.createPoint(new Coordinate(LON, LAT)), 500, Credibility.PROBABLY_TRUE, Map.of("means", "drone"),
          new Casualties(killed, CasualtyCount.atLeast(1), CasualtyCount.UNKNOWN), new Provenance("ab".repeat(32), "r.txt", ++row));
      incidents.addAll(fuser().fuse(List.of(new EnrichedObservation(o, List.of()))));
    }
    String csv = new AcledCsvWriter().render(incidents, Map.of());
    ReadResult back = new AcledCsvReader().read("incidents.csv", "cd".repeat(32), csv.getBytes(StandardCharsets.UTF_8));
    assertThat(back.observations()).hasSize(2).allSatisfy(o -> assertThat(o.casualties().killed()).isEqualTo(CasualtyCount.UNKNOWN));
  }

  private static IncidentFuser fuser() {
    return new IncidentFuser(FusionParameters.DEFAULT,
        new SourceDirectory(List.of(new Source("press", "Press", Reliability.C, Optional.empty()))));
  }

  /** The CSV with every row's last-but-one column ({@code tags}) emptied; no field here holds a comma. */
  private static String withoutTags(String csv) {
    StringBuilder sb = new StringBuilder();
    for (String line : csv.split("\r\n")) {
      int last = line.lastIndexOf(',');
      int tags = line.lastIndexOf(',', last - 1);
      sb.append(sb.length() == 0 ? line : line.substring(0, tags + 1) + line.substring(last)).append("\r\n");
    }
    return sb.toString();
  }
}
