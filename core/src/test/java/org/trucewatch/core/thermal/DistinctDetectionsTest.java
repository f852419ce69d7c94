package org.trucewatch.core.thermal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.trucewatch.core.observation.Casualties;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.observation.ObservationKind;
import org.trucewatch.core.observation.Provenance;
import org.trucewatch.core.source.Credibility;

/** The deduplicator's rule applied one observation at a time. */
class DistinctDetectionsTest {
  private static final GeometryFactory GF = new GeometryFactory();
  private static final Instant T = Instant.parse("2023-02-24T11:06:00Z");

  private static Observation detection(int pixel, String version, String frp, String file, long line) {
    double lon = 35.7 + pixel * 0.01;
    double lat = 47.6;
    Polygon g = GF.createPolygon(new Coordinate[] {
      new Coordinate(lon - 0.0035, lat - 0.00225), new Coordinate(lon + 0.0035, lat - 0.00225),
      new Coordinate(lon + 0.0035, lat + 0.00225), new Coordinate(lon - 0.0035, lat + 0.00225),
      new Coordinate(lon - 0.0035, lat - 0.00225)});
    return Observation.of("firms-viirs-snpp", ObservationKind.THERMAL_ANOMALY, T, g, 0, Credibility.POSSIBLY_TRUE,
        Map.of("version", version, "frp", frp), Casualties.NONE, new Provenance("a".repeat(64), file, line));
  }

  @Test
  void aStandardCopyArrivingLaterReplacesTheNrtCopyAndSaysWhich() {
    DistinctDetections d = new DistinctDetections();
    Observation nrt = detection(0, "2.0NRT", "7.75", "nrt.csv", 2);
    Observation standard = detection(0, "2.0", "8.75", "sp.csv", 9);
    assertThat(d.add(nrt)).isEmpty();
    assertThat(d.add(nrt)).as("an exact repeat replaces nothing").isEmpty();
    assertThat(d.add(standard)).contains(nrt);
    assertThat(d.add(detection(0, "2.0NRT", "7.80", "nrt-again.csv", 2))).as("an NRT copy never replaces the standard one")
        .isEmpty();
    assertThat(d.kept()).containsExactly(standard);
    assertThat(d.replaced()).isEqualTo(1);
    assertThat(d.repeats()).isEqualTo(1);
    assertThat(d.pixelCopies()).isEqualTo(2);
  }

  @Test
  void keepsPerPixelTheFirstStandardCopyElseTheFirstCopyOverShuffledMixesOfBothProducts() {
    for (long seed = 1; seed <= 50; seed++) {
      Random random = new Random(seed);
      List<Observation> in = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        int pixel = random.nextInt(15);
        boolean standard = random.nextBoolean();
        String frp = (pixel + 5) + (standard ? ".5" : ".25") + (random.nextInt(4) == 0 ? "1" : "");
        in.add(detection(pixel, standard ? "2.0" : "2.0NRT", frp, standard ? "sp.csv" : "nrt.csv", i + 2));
      }
      DistinctDetections d = new DistinctDetections();
      long replacedSeen = 0;
      for (Observation o : in) {
        replacedSeen += d.add(o).isPresent() ? 1 : 0;
      }
      // the rule, written out per pixel: the first standard copy if there is one, else the first copy
      Map<String, Observation> expected = new java.util.LinkedHashMap<>();
      for (Observation o : in) {
        String pixel = o.geometry().toText();
        Observation held = expected.get(pixel);
        if (held == null || (!held.attributes().get("version").equals("2.0") && o.attributes().get("version").equals("2.0"))) {
          expected.put(pixel, o);
        }
      }
      assertThat(d.kept()).as("seed %d", seed).containsExactlyInAnyOrderElementsOf(expected.values());
      assertThat(d.repeats() + d.pixelCopies()).as("seed %d: every copy dropped is counted once", seed)
          .isEqualTo(in.size() - expected.size());
      assertThat(d.replaced()).as("seed %d", seed).isEqualTo(replacedSeen);
      assertThat(d.result()).as("seed %d: the batch deduplicator agrees", seed)
          .isEqualTo(new DetectionDeduplicator().deduplicate(in));
    }
  }
}
