package org.trucewatch.core.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class SortedAttributesTest {
  private static final Map<String, String> FIRMS = Map.of("frp", "12.5", "confidence", "n", "scan", "0.39",
      "track", "0.36", "satellite", "N", "version", "2.0NRT", "daynight", "D", "bright_ti4", "331.2");

  @Test
  void behavesAsTheTreeItReplaces() {
    TreeMap<String, String> tree = new TreeMap<>(FIRMS);
    SortedAttributes a = SortedAttributes.copyOf(FIRMS);
    assertThat(a).isEqualTo(tree).hasSameHashCodeAs(tree);
    assertThat(tree).isEqualTo(a);
    assertThat(a.toString()).isEqualTo(tree.toString());
    assertThat(List.copyOf(a.keySet())).isEqualTo(List.copyOf(tree.keySet()));
    assertThat(List.copyOf(a.values())).isEqualTo(List.copyOf(tree.values()));
    assertThat(a.firstKey()).isEqualTo("bright_ti4");
    assertThat(a.lastKey()).isEqualTo("version");
    assertThat(a.headMap("frp")).isEqualTo(tree.headMap("frp"));
    assertThat(a.tailMap("s")).isEqualTo(tree.tailMap("s"));
    assertThat(a.get("scan")).isEqualTo("0.39");
    assertThat(a.get("absent")).isNull();
    assertThat(a.containsKey("track")).isTrue();
    assertThat(a.get(42)).isNull();
  }

  @Test
  void refusesChangesAndNullKeys() {
    SortedAttributes a = SortedAttributes.copyOf(FIRMS);
    assertThatThrownBy(() -> a.put("frp", "1")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> a.entrySet().iterator().next().setValue("x")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> a.keySet().remove("frp")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> a.get(null)).isInstanceOf(NullPointerException.class);
    assertThat(SortedAttributes.copyOf(Map.of())).isEmpty();
  }

  @Test
  void anObservationsIdAndAttributesDoNotDependOnTheMapItWasGiven() {
    Observation fromTree = detection(new TreeMap<>(FIRMS));
    Observation fromHash = detection(new java.util.HashMap<>(FIRMS));
    assertThat(fromHash.id()).isEqualTo(fromTree.id());
    assertThat(fromHash.attributes()).isEqualTo(FIRMS).isInstanceOf(SortedAttributes.class);
  }

  private static Observation detection(Map<String, String> attributes) {
    return Observation.of("firms-viirs-snpp", ObservationKind.THERMAL_ANOMALY, java.time.Instant.parse("2023-03-01T11:02:00Z"),
        org.trucewatch.core.geo.Geodesy.WGS84.createPoint(new org.locationtech.jts.geom.Coordinate(36.2, 49.9)), 375,
        org.trucewatch.core.source.Credibility.PROBABLY_TRUE, attributes, Casualties.NONE,
        new Provenance("ab".repeat(32), "fire.csv", 2));
  }
}
