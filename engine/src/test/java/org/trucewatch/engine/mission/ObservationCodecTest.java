package org.trucewatch.engine.mission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.WKTReader;
import org.trucewatch.core.geo.Geodesy;
import org.trucewatch.core.observation.Casualties;
import org.trucewatch.core.observation.CasualtyCount;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.observation.ObservationKind;
import org.trucewatch.core.observation.Provenance;
import org.trucewatch.core.source.Credibility;
import org.trucewatch.formats.ReadResult;
import org.trucewatch.formats.firms.FirmsCsvReader;

/**
 * {@link ObservationCodec} gives back every observation exactly: every detection of the real 2023
 * FIRMS file, and the fields real inputs seldom fill (casualty ranges, z, holes, collections, text
 * no UTF-8 can carry). Every observation of a simulated day with every input: {@link
 * SpilledMissionTest}.
 */
class ObservationCodecTest {
  private static final Path ROOT = Path.of(System.getProperty("trucewatch.root", ".."));
  private static final Path FIRMS_2023 = ROOT.resolve("../shared/data/firms/fire_nrt_SV-C2_400448.csv");

  @Test
  void everyDetectionOfThe2023FirmsFileComesBackEqual() throws Exception {
    assumeTrue(Files.isRegularFile(FIRMS_2023), FIRMS_2023 + " is absent (the shared corpora): skipped");
    ReadResult read = new FirmsCsvReader().read("fire_nrt_SV-C2_400448.csv", "ab".repeat(32), Files.readAllBytes(FIRMS_2023));
    assertThat(read.observations()).hasSize(42_415);
    ObservationCodec codec = new ObservationCodec();
    long bytes = 0;
    for (Observation o : read.observations()) {
      bytes += roundTrip(codec, o);
    }
    // about 170 bytes a detection, against some 1.3 kB as objects
    assertThat(bytes / read.observations().size()).isLessThan(200);
  }

  @Test
  void fieldsRealInputsSeldomFillComeBackEqual() throws Exception {
    WKTReader wkt = new WKTReader(Geodesy.WGS84);
    GeometryFactory plane = new GeometryFactory(new PrecisionModel(), 0);
    List<Geometry> geometries = List.of(
        wkt.read("POINT (30.1234567 46.7654321)"),
        wkt.read("POINT Z (30.5 46.5 120.25)"),
        wkt.read("POINT EMPTY"),
        wkt.read("LINESTRING (30 46, 30.1 46.1, 30.2 46.05)"),
        wkt.read("LINEARRING (30 46, 31 46, 31 47, 30 46)"),
        wkt.read("POLYGON ((30 46, 31 46, 31 47, 30 47, 30 46), (30.2 46.2, 30.4 46.2, 30.4 46.4, 30.2 46.2))"),
        wkt.read("POLYGON EMPTY"),
        wkt.read("MULTIPOINT ((30 46), (31 47))"),
        wkt.read("MULTILINESTRING ((30 46, 31 47), (32 48, 33 49))"),
        wkt.read("MULTIPOLYGON (((30 46, 31 46, 31 47, 30 46)), ((32 48, 33 48, 33 49, 32 48)))"),
        wkt.read("GEOMETRYCOLLECTION (POINT Z (30 46 5), LINESTRING (30 46, 31 47), POLYGON EMPTY)"),
        plane.createPoint(new Coordinate(-0.0, 1e-300)));
    Map<String, String> attributes = new TreeMap<>();
    attributes.put("place", "Херсон, \u00e9t\u00e9 \ud83d\udd25");
    attributes.put("broken", "half a pair \ud800 here");
    attributes.put("long", "x".repeat(500));
    attributes.put("empty", "");
    Casualties casualties = new Casualties(CasualtyCount.atLeast(3), new CasualtyCount(0, OptionalInt.of(5)),
        CasualtyCount.exactly(Integer.MAX_VALUE));
    ObservationCodec codec = new ObservationCodec();
    int n = 0;
    for (Geometry g : geometries) {
      for (Instant t : List.of(Instant.parse("2023-03-01T10:42:00.123456789Z"), Instant.ofEpochSecond(-86_401, 999_999_999))) {
        Observation o = Observation.of("source-" + n++, ObservationKind.values()[n % ObservationKind.values().length], t, g,
            n % 2 == 0 ? 0 : 1234.5, Credibility.values()[n % 6], attributes,
            n % 3 == 0 ? Casualties.UNKNOWN : n % 3 == 1 ? Casualties.NONE : casualties,
            new Provenance("cd".repeat(32), "input " + n + ".txt", n % 2 == 0 ? Long.MAX_VALUE : -1));
        roundTrip(codec, o);
        Observation back = decoded(codec, o);
        assertThat(back.geometry().getSRID()).isEqualTo(g.getSRID());
        assertThat(back.geometry().getFactory().getPrecisionModel()).isEqualTo(g.getFactory().getPrecisionModel());
        assertThat(back.geometry().toText()).isEqualTo(g.toText());
        // an attribute without a value: no reader makes one (its id could not be computed), the record can
        TreeMap<String, String> withNull = new TreeMap<>(o.attributes());
        withNull.put("nothing", null);
        roundTrip(codec, new Observation(o.id(), o.sourceId(), o.kind(), o.eventTime(), o.geometry(),
            o.uncertaintyMetres(), o.credibility(), withNull, o.casualties(), o.provenance()));
        assertThat(back.geometry().getCoordinates()).containsExactly(g.getCoordinates());
        for (int i = 0; i < g.getCoordinates().length; i++) {
          assertThat(Double.doubleToRawLongBits(back.geometry().getCoordinates()[i].getZ()))
              .isEqualTo(Double.doubleToRawLongBits(g.getCoordinates()[i].getZ()));
          assertThat(Double.doubleToRawLongBits(back.geometry().getCoordinates()[i].x))
              .isEqualTo(Double.doubleToRawLongBits(g.getCoordinates()[i].x));
        }
      }
    }
  }

  @Test
  void stringsPastTheTableAreWrittenOutAndStillComeBack() {
    ObservationCodec codec = new ObservationCodec();
    Geometry p = Geodesy.WGS84.createPoint(new Coordinate(30, 46));
    for (int i = 0; i < ObservationCodec.MAX_STRINGS / 2 + 10; i++) {
      Observation o = Observation.of("s", ObservationKind.OTHER, Instant.EPOCH, p, 0, Credibility.CANNOT_BE_JUDGED,
          Map.of("a", "v" + i, "b", "w" + i), Casualties.NONE, new Provenance("e", "f", i));
      roundTrip(codec, o);
    }
    assertThat(codec.tableSize()).isEqualTo(ObservationCodec.MAX_STRINGS);
  }

  @Test
  void aGeometryWithMoreThanItsCoordinatesIsRefused() {
    Geometry p = Geodesy.WGS84.createPoint(new Coordinate(30, 46));
    p.setUserData("a label");
    Observation o = Observation.of("s", ObservationKind.OTHER, Instant.EPOCH, p, 0, Credibility.CANNOT_BE_JUDGED,
        Map.of(), Casualties.NONE, new Provenance("e", "f", 1));
    assertThatThrownBy(() -> new ObservationCodec().encode(o)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("user data");
  }

  /** Encodes and decodes {@code o}, both by the codec and by a reader taken after; returns its size. */
  static int roundTrip(ObservationCodec codec, Observation o) {
    ObservationCodec.Bytes b = codec.encode(o);
    byte[] bytes = java.util.Arrays.copyOf(b.array(), b.length());
    Observation back = codec.decode(bytes, 0, bytes.length);
    assertThat(back).isEqualTo(o);
    assertThat(back.attributes()).containsExactlyEntriesOf(o.attributes());
    assertThat(back.geometry().getGeometryType()).isEqualTo(o.geometry().getGeometryType());
    assertThat(codec.reader().decode(bytes, 0, bytes.length)).isEqualTo(o);
    return bytes.length;
  }

  private static Observation decoded(ObservationCodec codec, Observation o) {
    ObservationCodec.Bytes b = codec.encode(o);
    return codec.decode(b.array(), 0, b.length());
  }
}
