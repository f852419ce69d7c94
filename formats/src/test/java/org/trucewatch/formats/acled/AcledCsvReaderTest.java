package org.trucewatch.formats.acled;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.observation.CasualtyCount;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.observation.ObservationKind;
import org.trucewatch.formats.FormatDetector;
import org.trucewatch.formats.InputFormat;
import org.trucewatch.formats.ReadResult;

/** Rows written after the pattern of ACLED's Ukraine exports (ACLED's own data may not be redistributed). */
class AcledCsvReaderTest {
  private static final String HEADER = "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,"
      + "actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,"
      + "admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp\n";
  private static final String CSV = HEADER
      + "UKR212345,2025-03-26,2025,1,Political violence,Explosions/Remote violence,Air/drone strike,"
      + "Military Forces of Russia (2000-),,State forces,Civilians (Ukraine),,Civilians,State forces-Civilians,"
      + "Civilian targeting,804,Europe,Ukraine,Kharkiv,Bohodukhivskyi,Zolochivska,Zolochiv,50.2799,35.9818,1,"
      + "Kharkiv Regional Military Administration; Ukrinform,National-Regional,"
      + "\"On 26 March 2025, Russian forces struck Zolochiv with drones, injuring 8 civilians, including a child.\",0,,1743120000\n"
      + "UKR212346,27 March 2025,2025,2,Political violence,Explosions/Remote violence,Shelling/artillery/missile attack,"
      + "Military Forces of Ukraine (2019-),,State forces,,,,State forces only,,643,Europe,Russia,Belgorod,,,"
      + "Belgorod,50.5977,36.5858,3,Belgorod Regional Government,Subnational,\"Ukrainian forces shelled Belgorod, killing 2.\",2,,1743120000\n"
      + "UKR212347,2025-03-27,2025,1,Political violence,Battles,Armed clash,Military Forces of Russia (2000-),,1,,,,,,804,"
      + "Europe,Ukraine,Donetsk,,,Pokrovsk,95.0,37.18,1,Ukrinform,National,clash,0,,1743120000\n";

  private final AcledCsvReader reader = new AcledCsvReader();

  @Test
  void eventsBecomeObservationsWithPrecisionAsUncertainty() {
    ReadResult r = reader.read("acled.csv", "ab", CSV.getBytes(StandardCharsets.UTF_8));
    assertThat(r.observations()).hasSize(2);
    Observation drone = r.observations().get(0);
    assertThat(drone.sourceId()).isEqualTo("acled");
    assertThat(drone.kind()).isEqualTo(ObservationKind.STRIKE);
    assertThat(drone.eventTime()).isEqualTo(Instant.parse("2025-03-26T12:00:00Z"));
    assertThat(drone.uncertaintyMetres()).isEqualTo(5_000);
    assertThat(drone.attributes()).containsEntry("attributed_to", "RU").containsEntry("means", "drone")
        .containsEntry("place", "Zolochiv").containsEntry("time_uncertainty_s", "43200")
        .containsEntry("acled_source", "Kharkiv Regional Military Administration; Ukrinform")
        .containsEntry("source_scale", "National-Regional").containsEntry("civilian_targeting", "Civilian targeting");
    assertThat(drone.provenance().line()).isEqualTo(2);
    Observation shelling = r.observations().get(1);
    assertThat(shelling.kind()).isEqualTo(ObservationKind.SHELLING);
    assertThat(shelling.eventTime()).isEqualTo(Instant.parse("2025-03-27T12:00:00Z"));
    assertThat(shelling.uncertaintyMetres()).isEqualTo(100_000);
    assertThat(shelling.attributes()).containsEntry("attributed_to", "UA").containsEntry("time_uncertainty_s", "302400");
    assertThat(shelling.casualties().killed()).isEqualTo(CasualtyCount.atLeast(2));
    // ACLED has no injury column: injuries are unknown, not zero
    assertThat(shelling.casualties().injured()).isEqualTo(CasualtyCount.UNKNOWN);
  }

  @Test
  void badRowIsRejectedByLineAndColumnAndTheOthersAreKept() {
    ReadResult r = reader.read("acled.csv", "ab", CSV.getBytes(StandardCharsets.UTF_8));
    assertThat(r.rejects()).extracting(Object::toString)
        .containsExactly("acled.csv:4: latitude: must be degrees between -90 and 90, not 95.0");
  }

  @Test
  void missingColumnsAreNamed() {
    ReadResult r = reader.read("x.csv", "ab", "event_id_cnty,event_date,notes\nA,2025-01-01,x\n".getBytes(StandardCharsets.UTF_8));
    assertThat(r.rejects()).extracting(x -> x.field()).containsExactly("event_type", "latitude", "longitude");
  }

  @Test
  void detectedByItsHeader() {
    assertThat(FormatDetector.detect("export.csv", CSV.getBytes(StandardCharsets.UTF_8))).isEqualTo(InputFormat.ACLED_CSV);
  }
}
