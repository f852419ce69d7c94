package org.trucewatch.formats.firms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.trucewatch.formats.firms.FirmsRows.BAD_ROWS_BETWEEN_GOOD;
import static org.trucewatch.formats.firms.FirmsRows.GOOD_ROW;
import static org.trucewatch.formats.firms.FirmsRows.VIIRS_HEADER;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;
import org.trucewatch.core.geo.Geodesy;
import org.trucewatch.core.observation.Casualties;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.observation.ObservationKind;
import org.trucewatch.core.source.Credibility;
import org.trucewatch.formats.ReadResult;
import org.trucewatch.formats.Reject;

class FirmsCsvReaderTest {

  private final FirmsCsvReader reader = new FirmsCsvReader();

  private ReadResult read(String text) {
    return reader.read("test.csv", "ab".repeat(32), text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsEveryRowOfTheSnppDownloadFileWithTheFirstRowExact() throws IOException {
    byte[] raw = SharedData.firms("fire_nrt_SV-C2_400448.csv");
    String sha = SharedData.sha256(raw);

    ReadResult result = reader.read("fire_nrt_SV-C2_400448.csv", sha, raw);

    assertThat(result.rejects()).isEmpty();
    assertThat(result.observations()).hasSize(42_415);
    Observation first = result.observations().get(0);
    assertThat(first.sourceId()).isEqualTo("firms-viirs-snpp");
    assertThat(first.kind()).isEqualTo(ObservationKind.THERMAL_ANOMALY);
    assertThat(first.eventTime()).isEqualTo(Instant.parse("2023-02-24T11:06:00Z"));
    assertThat(first.credibility()).isEqualTo(Credibility.POSSIBLY_TRUE);
    assertThat(first.uncertaintyMetres()).isZero();
    assertThat(first.casualties()).isEqualTo(Casualties.NONE);
    assertThat(first.attributes()).containsExactlyInAnyOrderEntriesOf(Map.of(
        "brightness", "344.94", "bright_t31", "269.52", "frp", "7.75", "confidence", "n",
        "satellite", "N", "instrument", "VIIRS", "version", "2.0NRT", "daynight", "D",
        "scan", "0.52", "track", "0.5"));
    assertThat(first.provenance().entrySha256()).isEqualTo(sha);
    assertThat(first.provenance().name()).isEqualTo("fire_nrt_SV-C2_400448.csv");
    assertThat(first.provenance().line()).isEqualTo(2);
    assertFootprint(first, 47.62075, 35.71787, 520, 500);

    Observation last = result.observations().get(42_414);
    assertThat(last.provenance().line()).isEqualTo(42_416);
  }

  @Test
  void readsTheApiFormatWithIBandNamesAndSecondsInTheTime() throws IOException {
    byte[] raw = SharedData.firms("economist_J1_VIIRS_2025223_excerpt.csv");

    ReadResult result = reader.read("excerpt.csv", SharedData.sha256(raw), raw);

    assertThat(result.rejects()).isEmpty();
    assertThat(result.observations()).hasSize(10);
    Observation first = result.observations().get(0);
    assertThat(first.sourceId()).isEqualTo("firms-viirs-noaa20");
    assertThat(first.eventTime()).isEqualTo(Instant.parse("2025-08-11T00:45:00Z"));
    assertThat(first.credibility()).isEqualTo(Credibility.POSSIBLY_TRUE);
    assertThat(first.attributes())
        .containsEntry("brightness", "297.54")
        .containsEntry("bright_t31", "281.83")
        .containsEntry("confidence", "nominal")
        .containsEntry("satellite", "N20")
        .containsEntry("instrument", "VIIRS");
    assertFootprint(first, 48.26382, 37.21014, 530, 670);
    // the float artefact in the source is kept to the last digit the id uses
    assertFootprint(result.observations().get(4), 47.09622, 32.943600000000004, 380, 590);
    assertThat(result.observations().get(5).credibility()).isEqualTo(Credibility.DOUBTFUL);
    assertThat(result.observations().get(6).credibility()).isEqualTo(Credibility.PROBABLY_TRUE);
    assertThat(result.observations().get(8).eventTime()).isEqualTo(Instant.parse("2025-08-11T22:46:00Z"));
  }

  @Test
  void readsModisRowsWithPercentConfidenceAndNamedSatellites() {
    String text = String.join("\n",
        "latitude,longitude,brightness,scan,track,acq_date,acq_time,satellite,instrument,confidence,version,bright_t31,frp,daynight,type",
        "48.4571,35.0433,330.1,1.1,1,2022-03-01,0842,Terra,MODIS,80,6.1NRT,290.2,25.6,D,0",
        "48.4612,35.0519,318.4,1.1,1,2022-03-01,0842,T,MODIS,79,6.1NRT,288.9,12.1,D,0",
        "47.8301,35.1702,312,2.3,1.5,2022-03-01,1023,Aqua,MODIS,30,6.1NRT,287.5,31.8,D,2",
        "47.8322,35.1744,305.7,2.3,1.5,2022-03-01,1023,A,MODIS,29,6.1NRT,286.1,9.4,D,2",
        "");

    ReadResult result = read(text);

    assertThat(result.rejects()).isEmpty();
    assertThat(result.observations()).extracting(Observation::sourceId)
        .containsExactly("firms-modis-terra", "firms-modis-terra", "firms-modis-aqua", "firms-modis-aqua");
    assertThat(result.observations()).extracting(Observation::credibility)
        .containsExactly(Credibility.PROBABLY_TRUE, Credibility.POSSIBLY_TRUE, Credibility.POSSIBLY_TRUE,
            Credibility.DOUBTFUL);
    assertThat(result.observations().get(2).attributes()).containsEntry("type", "2").containsEntry("confidence", "30");
    assertFootprint(result.observations().get(2), 47.8301, 35.1702, 2300, 1500);
  }

  @Test
  void findsColumnsByNameWhateverTheirOrderAndCase() {
    String text = "\uFEFFACQ_DATE,Acq_Time,Track,Scan,Longitude,Latitude,FRP,Satellite,Confidence\r\n"
        + "\r\n"
        + "2023-02-24,106,0.5,0.52,35.71787,47.62075,7.75,N,h\r\n";

    ReadResult result = read(text);

    assertThat(result.rejects()).isEmpty();
    Observation o = result.observations().get(0);
    assertThat(o.eventTime()).isEqualTo(Instant.parse("2023-02-24T01:06:00Z"));
    assertThat(o.sourceId()).isEqualTo("firms-viirs-snpp");
    assertThat(o.credibility()).isEqualTo(Credibility.PROBABLY_TRUE);
    assertThat(o.provenance().line()).isEqualTo(3);
    assertThat(o.attributes()).containsEntry("frp", "7.75").containsEntry("instrument", "VIIRS");
    assertFootprint(o, 47.62075, 35.71787, 520, 500);
  }

  @Test
  void readsQuotedFieldsAndCanonicalisesNumberText() {
    String text = VIIRS_HEADER + "\n"
        + "\"47.62075\",\"35.71787\",\"344.940\",0.520,0.50,2023-02-24,\"1106\",\"N\",VIIRS,n,\"2.0NRT\",269.52,+7.750,D\n";

    ReadResult result = read(text);
    ReadResult plain = read(VIIRS_HEADER + "\n" + GOOD_ROW + "\n");

    assertThat(result.rejects()).isEmpty();
    assertThat(result.observations().get(0).attributes())
        .containsEntry("brightness", "344.94").containsEntry("frp", "7.75")
        .containsEntry("scan", "0.52").containsEntry("track", "0.5");
    assertThat(result.observations().get(0).id()).isEqualTo(plain.observations().get(0).id());
  }

  @Test
  void keepsGoodRowsAroundBadOnesAndNamesLineAndField() {
    String text = BAD_ROWS_BETWEEN_GOOD;

    ReadResult result = read(text);

    assertThat(result.observations()).extracting(o -> o.provenance().line()).containsExactly(2L, 13L);
    assertThat(result.rejects()).extracting(Reject::line, Reject::field).containsExactly(
        org.assertj.core.groups.Tuple.tuple(3L, "latitude"),
        org.assertj.core.groups.Tuple.tuple(4L, "frp"),
        org.assertj.core.groups.Tuple.tuple(5L, "latitude"),
        org.assertj.core.groups.Tuple.tuple(6L, "acq_date"),
        org.assertj.core.groups.Tuple.tuple(7L, "acq_time"),
        org.assertj.core.groups.Tuple.tuple(8L, "confidence"),
        org.assertj.core.groups.Tuple.tuple(9L, ""),
        org.assertj.core.groups.Tuple.tuple(10L, ""),
        org.assertj.core.groups.Tuple.tuple(11L, "scan"),
        org.assertj.core.groups.Tuple.tuple(12L, "longitude"));
    assertThat(result.rejects().get(0).toString()).isEqualTo("test.csv:3: latitude: missing value");
    assertThat(result.rejects().get(1).reason()).contains("'7.75kW'");
    assertThat(result.rejects().get(2).reason()).isEqualTo("must be between -90 and 90, not 91.0");
    assertThat(result.rejects().get(6).reason()).isEqualTo("row has 13 fields but the header has 14");
    assertThat(result.rejects().get(7).reason()).contains("unclosed quote");
  }

  @Test
  void readsTheArchiveReducedToPositionAndDateWithANominalPixelAndTheWholeDay() throws IOException {
    byte[] raw = SharedData.firms("archive/ukr_fire_data_2022.csv");

    ReadResult result = reader.read("ukr_fire_data_2022.csv", SharedData.sha256(raw), raw);

    assertThat(result.rejects()).isEmpty();
    assertThat(result.observations()).hasSize(133_979);
    Observation first = result.observations().get(0);
    assertThat(first.sourceId()).isEqualTo(FirmsCsvReader.UNSTATED_SOURCE_ID);
    assertThat(first.eventTime()).isEqualTo(Instant.parse("2022-01-01T12:00:00Z"));
    assertThat(first.credibility()).isEqualTo(Credibility.CANNOT_BE_JUDGED);
    assertThat(first.attributes()).containsExactlyInAnyOrderEntriesOf(Map.of(
        "scan", "1", "track", "1", "pixel", "nominal", "time_uncertainty_s", "43200",
        "reduced", "acq_time,scan,track"));
    assertFootprint(first, 47.1005, 37.6171, 1000, 1000);
    assertThat(result.observations()).allSatisfy(o -> assertThat(o.eventTime().toString()).endsWith("T12:00:00Z"));
    assertThat(result.observations().get(133_978).eventTime()).isEqualTo(Instant.parse("2022-12-31T12:00:00Z"));
  }

  @Test
  void givesAReducedExtractNamingVIIRSTheNadirPixelOfVIIRS() {
    ReadResult result = read("latitude,longitude,acq_date,acq_time,instrument\n48.5,35.1,2022-10-10,0912,VIIRS\n");

    Observation o = result.observations().get(0);
    assertThat(o.eventTime()).isEqualTo(Instant.parse("2022-10-10T09:12:00Z"));
    assertThat(o.attributes()).containsEntry("pixel", "nominal").containsEntry("reduced", "scan,track")
        .doesNotContainKey("time_uncertainty_s");
    assertThat(o.sourceId()).isEqualTo("firms-viirs-unknown");
    assertFootprint(o, 48.5, 35.1, 375, 375);
  }

  @Test
  void rejectsBadRowsOfAReducedExtractByLineAndFieldAndKeepsTheRest() {
    ReadResult result = read("LATITUDE,LONGITUDE,ACQ_DATE\n"
        + "47.8781,35.158,2012-01-02\n"
        + "91.2,35.158,2012-01-02\n"
        + "47.8568,east,2012-01-02\n"
        + "47.8568,33.4482,2012-13-02\n"
        + "47.8568,33.4482\n"
        + "47.8568,33.4482,2012-01-03\n");

    assertThat(result.observations()).extracting(o -> o.provenance().line()).containsExactly(2L, 7L);
    assertThat(result.rejects()).extracting(Reject::toString).containsExactly(
        "test.csv:3: latitude: must be between -90 and 90, not 91.2",
        "test.csv:4: longitude: must be a decimal number, not 'east'",
        "test.csv:5: acq_date: must be a date YYYY-MM-DD, not '2012-13-02'",
        "test.csv:6: row has 2 fields but the header has 3");
  }

  @Test
  void rejectsAHeaderWithoutPositionOrDateOnceNamingThem() {
    ReadResult result = read("LATITUDE,ACQ_TIME\n47.8781,1200\n");

    assertThat(result.observations()).isEmpty();
    assertThat(result.rejects()).hasSize(1);
    Reject r = result.rejects().get(0);
    assertThat(r.line()).isEqualTo(1);
    assertThat(r.reason()).startsWith("header lacks required columns longitude, acq_date");
  }

  @Test
  void rejectsAHeaderWithScanButNoTrack() {
    ReadResult result = read("latitude,longitude,acq_date,scan\n47.8781,35.158,2012-01-02,0.4\n");

    assertThat(result.observations()).isEmpty();
    assertThat(result.rejects()).extracting(Reject::toString).containsExactly(
        "test.csv:1: header has scan but not track: a pixel's size needs both, or neither for a nominal pixel");
  }

  @Test
  void rejectsAnEmptyInputOnce() {
    assertThat(read("\n\n").rejects()).extracting(Reject::toString)
        .containsExactly("test.csv: no header line: the input is empty");
  }

  @Test
  void givesIdenticalRowsIdenticalIds() {
    ReadResult result = read(VIIRS_HEADER + "\n" + GOOD_ROW + "\n" + GOOD_ROW + "\n");
    ReadResult elsewhere = reader.read("other.csv", "cd".repeat(32),
        (VIIRS_HEADER + "\n\n\n" + GOOD_ROW).getBytes(StandardCharsets.UTF_8));

    Observation a = result.observations().get(0);
    Observation b = result.observations().get(1);
    assertThat(a.id()).isEqualTo(b.id()).isEqualTo(elsewhere.observations().get(0).id());
    assertThat(a.provenance().line()).isEqualTo(2);
    assertThat(b.provenance().line()).isEqualTo(3);
  }

  @Test
  void namesUnknownSatellitesAfterInstrumentAndSatellite() {
    ReadResult result = read(VIIRS_HEADER + "\n"
        + "47.62075,35.71787,344.94,0.52,0.5,2023-02-24,1106,JPSS-4 (test),VIIRS,n,2.0NRT,269.52,7.75,D\n"
        + "47.62075,35.71787,344.94,0.52,0.5,2023-02-24,1106,,,n,2.0NRT,269.52,7.75,D\n"
        + "47.62075,35.71787,344.94,0.52,0.5,2023-02-24,1106,1,,n,2.0NRT,269.52,7.75,D\n");

    assertThat(result.observations()).extracting(Observation::sourceId)
        .containsExactly("firms-viirs-jpss-4-test", "firms-product-unstated", "firms-viirs-noaa20");
    assertThat(result.observations().get(2).attributes()).containsEntry("instrument", "VIIRS");
  }

  @Test
  void gradesAMissingConfidenceAsCannotBeJudged() {
    ReadResult result = read(VIIRS_HEADER + "\n"
        + "47.62075,35.71787,344.94,0.52,0.5,2023-02-24,1106,N,VIIRS,,2.0NRT,269.52,,D\n");

    assertThat(result.rejects()).isEmpty();
    Observation o = result.observations().get(0);
    assertThat(o.credibility()).isEqualTo(Credibility.CANNOT_BE_JUDGED);
    assertThat(o.attributes()).doesNotContainKeys("confidence", "frp");
  }

  @Test
  void parsesEveryAcquisitionTimeSpelling() {
    assertThat(FirmsCsvReader.secondOfDay("0005")).isEqualTo(5 * 60);
    assertThat(FirmsCsvReader.secondOfDay("106")).isEqualTo(3600 + 6 * 60);
    assertThat(FirmsCsvReader.secondOfDay("5")).isEqualTo(5 * 60);
    assertThat(FirmsCsvReader.secondOfDay("22:46")).isEqualTo(22 * 3600 + 46 * 60);
    assertThat(FirmsCsvReader.secondOfDay("00:45:07")).isEqualTo(45 * 60 + 7);
    assertThat(List.of("", "2400", "1160", "12345", "12:6", "25:00", "12:00:60", "1a06", "-106", "12:00:00:00"))
        .allSatisfy(t -> assertThat(FirmsCsvReader.secondOfDay(t)).as(t).isEqualTo(-1));
  }

  /** Checks the footprint's centre and its geodesic width and height, to a metre. */
  static void assertFootprint(Observation o, double lat, double lon, double widthMetres, double heightMetres) {
    assertThat(o.geometry()).isInstanceOf(Polygon.class);
    Coordinate[] ring = o.geometry().getCoordinates();
    assertThat(ring).hasSize(5);
    Coordinate sw = ring[0];
    Coordinate se = ring[1];
    Coordinate ne = ring[2];
    Coordinate nw = ring[3];
    assertThat(Geodesy.distanceMetres(nw, ne)).isCloseTo(widthMetres, within(1.0));
    assertThat(Geodesy.distanceMetres(sw, se)).isCloseTo(widthMetres, within(1.0));
    assertThat(Geodesy.distanceMetres(sw, nw)).isCloseTo(heightMetres, within(1.0));
    assertThat(Geodesy.distanceMetres(se, ne)).isCloseTo(heightMetres, within(1.0));
    Coordinate centre = PixelFootprint.centre((Polygon) o.geometry());
    assertThat(centre.y).isCloseTo(lat, within(1e-9));
    assertThat(centre.x).isCloseTo(lon, within(1e-9));
    assertThat(o.geometry().getEnvelopeInternal().getMinX()).isLessThan(lon);
    assertThat(o.geometry().getEnvelopeInternal().getMaxY()).isGreaterThan(lat);
  }
}
