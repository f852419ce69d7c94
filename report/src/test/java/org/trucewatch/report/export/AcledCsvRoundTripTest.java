package org.trucewatch.report.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.enrich.EnrichedObservation;
import org.trucewatch.core.fuse.FusionParameters;
import org.trucewatch.core.fuse.Incident;
import org.trucewatch.core.fuse.IncidentFuser;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.source.Reliability;
import org.trucewatch.core.source.Source;
import org.trucewatch.core.source.SourceDirectory;
import org.trucewatch.formats.ReadResult;
import org.trucewatch.formats.acled.AcledCsvReader;

/** Our ACLED-format export fills ACLED's columns from what is known, and reading it back gives the same events. */
class AcledCsvRoundTripTest {
  /** Three events as ACLED codes them (columns in ACLED's order), at GeoNames' coordinates of their places. */
  private static final String ACLED = String.join(",", AcledCsvWriter.COLUMNS) + "\r\n"
      + "UKR160001,2025-03-14,2025,1,Political violence,Explosions/Remote violence,Shelling/artillery/missile attack,"
      + "Military Forces of Russia (2000-),,8,Military Forces of Ukraine (2019-),,1,18,,804,Europe,Ukraine,Donetsk,"
      + "Pokrovskyi,,Pivdenne,48.35645,37.92638,1,Ukraine Ministry of Defence,National,"
      + "\"On 14 March 2025, Russian forces shelled Ukrainian positions near Pivdenne, Donetsk. 2 fatalities.\",2,,1742342400\r\n"
      + "UKR160002,2025-03-15,2025,1,Political violence,Explosions/Remote violence,Air/drone strike,"
      + "Military Forces of Russia (2000-),,8,Civilians (Ukraine),,7,78,Civilian targeting,804,Europe,Ukraine,Kharkiv,"
      + "Bohodukhivskyi,,Zolochiv,50.27331,35.97755,1,Kharkiv Regional Military Administration,Subnational,"
      + "\"On 15 March 2025, a Russian drone struck a house in Zolochiv, Kharkiv. 3 civilians were injured.\",0,,1742428800\r\n"
      + "UKR160003,2025-03-16,2025,1,Political violence,Explosions/Remote violence,Shelling/artillery/missile attack,"
      + "Military Forces of Russia (2000-),,8,Military Forces of Ukraine (2019-),,1,18,,804,Europe,Ukraine,Kharkiv,"
      + "Kupianskyi,,Kupyansk,49.71003,37.61581,1,Ukraine Ministry of Defence,National,"
      + "\"On 16 March 2025, Russian forces shelled Kupiansk, Kharkiv. 1 fatality.\",1,,1742515200\r\n";

  @Test
  void exportFillsAcledColumnsAndReadsBackAsTheSameEvents() {
    ReadResult in = new AcledCsvReader().read("acled.csv", "ab".repeat(32), ACLED.getBytes(StandardCharsets.UTF_8));
    assertThat(in.rejects()).isEmpty();
    SourceDirectory sources = new SourceDirectory(List.of(new Source("acled", "ACLED", Reliability.B, Optional.empty())));
    List<EnrichedObservation> enriched = in.observations().stream().map(o -> new EnrichedObservation(o, List.of())).toList();
    List<Incident> incidents = new ArrayList<>(new IncidentFuser(FusionParameters.DEFAULT, sources).fuse(enriched));
    incidents.sort(Comparator.comparing(Incident::start).thenComparing(Incident::id));
    assertThat(incidents).hasSize(3);

    String csv = new AcledCsvWriter().render(incidents, Map.of());
    String[] rows = csv.split("\r\n");
    // event_type, sub_event_type, country, admin1, admin2 and location filled from kind, gazetteer and raions
    assertThat(rows[1]).contains(",Explosions/Remote violence,Shelling/artillery/missile attack,", ",804,Europe,Ukraine,Donetsk,",
        ",Pivdenne,");
    assertThat(rows[2]).contains(",Air/drone strike,", ",Ukraine,Kharkiv,Bohodukhivskyi Raion,,Zolochiv,");
    assertThat(rows[3]).contains(",Ukraine,Kharkiv,", ",Kupyansk,");

    ReadResult back = new AcledCsvReader().read("incidents.csv", "cd".repeat(32), csv.getBytes(StandardCharsets.UTF_8));
    assertThat(back.rejects()).isEmpty();
    List<Observation> a = in.observations();
    List<Observation> b = back.observations();
    assertThat(b).hasSize(a.size());
    // coordinates come back to ACLED's four decimals (about 11 m)
    for (int i = 0; i < a.size(); i++) {
      assertThat(b.get(i).kind()).isEqualTo(a.get(i).kind());
      assertThat(b.get(i).eventTime()).isEqualTo(a.get(i).eventTime());
      assertThat(b.get(i).casualties()).isEqualTo(a.get(i).casualties());
      assertThat(b.get(i).geometry().getCoordinate().y).isCloseTo(a.get(i).geometry().getCoordinate().y, within(1e-4));
      assertThat(b.get(i).geometry().getCoordinate().x).isCloseTo(a.get(i).geometry().getCoordinate().x, within(1e-4));
      for (String k : List.of("event_type", "sub_event_type", "admin1", "place")) {
        assertThat(b.get(i).attributes().get(k)).as(k).isEqualTo(a.get(i).attributes().get(k));
      }
    }
  }

  @Test
  void aBattleIsExportedAsAcledBattlesAndReadsBackAsTroopsRatherThanARejectedRow() {
    String battle = String.join(",", AcledCsvWriter.COLUMNS) + "\r\n"
        + "UKR160004,2025-03-17,2025,1,Political violence,Battles,Armed clash,Military Forces of Ukraine (2019-),,1,"
        + "Military Forces of Russia (2000-),,8,18,,804,Europe,Ukraine,Donetsk,Pokrovskyi,,Pokrovsk,48.28198,37.17585,2,"
        + "Ukraine Ministry of Defence,National,\"On 17 March 2025, Ukrainian and Russian forces clashed near Pokrovsk, Donetsk.\",3,,1742601600\r\n";
    ReadResult in = new AcledCsvReader().read("acled.csv", "ab".repeat(32), battle.getBytes(StandardCharsets.UTF_8));
    assertThat(in.rejects()).isEmpty();
    SourceDirectory sources = new SourceDirectory(List.of(new Source("acled", "ACLED", Reliability.B, Optional.empty())));
    List<Incident> incidents = new IncidentFuser(FusionParameters.DEFAULT, sources)
        .fuse(in.observations().stream().map(o -> new EnrichedObservation(o, List.of())).toList());

    String csv = new AcledCsvWriter().render(incidents, Map.of());
    // no finding, but ACLED's actor1 named Ukraine's forces: written back as ACLED names them
    assertThat(csv.split("\r\n")[1]).contains(",Political violence,Battles,Armed clash,Military Forces of Ukraine (2019-),",
        ",Ukraine,Donetsk,");

    ReadResult back = new AcledCsvReader().read("incidents.csv", "cd".repeat(32), csv.getBytes(StandardCharsets.UTF_8));
    assertThat(back.rejects()).isEmpty();
    assertThat(back.observations()).singleElement().satisfies(o -> {
      assertThat(o.kind()).isEqualTo(in.observations().get(0).kind());
      assertThat(o.casualties().killed().min()).isEqualTo(3);
      assertThat(o.attributes().get("attributed_to")).isEqualTo("UA");
    });
  }
}
