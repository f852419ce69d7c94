package org.trucewatch.engine.publish;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.trucewatch.core.coverage.CellCoverage;
import org.trucewatch.core.coverage.DayCoverage;
import org.trucewatch.core.coverage.FootprintKind;
import org.trucewatch.core.coverage.HexGrid;
import org.trucewatch.core.coverage.ZoneCoverage;

/**
 * Reads {@code coverage.geojson} ({@value CoverageGeoJsonWriter#FORMAT}) back into each zone's
 * coverage, a feature at a time: what a user of the file can recover from it, every cell's
 * observed days, times and footprint kinds. The file does not carry zone names: each zone is named
 * by its provision id.
 */
public final class CoverageGeoJsonReader {
  /**
   * The layer's period and zones.
   *
   * @param periodStart the first UTC day's start, null when the run had no observation
   * @param periodEnd the last UTC day's start, null when the run had no observation
   * @param zones each zone's coverage, in file order
   */
  public record Layer(Instant periodStart, Instant periodEnd, List<ZoneCoverage> zones) {}

  /**
   * Reads a layer.
   *
   * @throws IOException when it cannot be read or is not of this format (naming the feature and field)
   */
  public Layer read(InputStream in) throws IOException {
    Instant start = null;
    Instant end = null;
    Map<String, List<CellCoverage>> cells = new LinkedHashMap<>();
    Map<String, HexGrid> grids = new LinkedHashMap<>();
    try (JsonParser p = JsonOutput.MAPPER.getFactory().createParser(in)) {
      p.setCodec(JsonOutput.MAPPER);
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IOException("coverage.geojson: not a JSON object");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.getCurrentName();
        JsonToken value = p.nextToken();
        switch (field) {
          case "format" -> {
            if (!CoverageGeoJsonWriter.FORMAT.equals(p.getText())) {
              throw new IOException("coverage.geojson: format: " + p.getText() + ", not " + CoverageGeoJsonWriter.FORMAT);
            }
          }
          case "period" -> {
            if (value == JsonToken.START_OBJECT) {
              JsonNode period = p.readValueAsTree();
              start = LocalDate.parse(period.path("from").asText()).atStartOfDay(ZoneOffset.UTC).toInstant();
              end = LocalDate.parse(period.path("to").asText()).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
          }
          case "features" -> {
            int n = 0;
            while (p.nextToken() == JsonToken.START_OBJECT) {
              n++;
              JsonNode props = ((JsonNode) p.readValueAsTree()).path("properties");
              try {
                String zone = props.get("zone").asText();
                HexGrid grid = grids.computeIfAbsent(zone, z -> new HexGrid(props.get("resolution").asInt()));
                cells.computeIfAbsent(zone, z -> new ArrayList<>())
                    .add(new CellCoverage(HexGrid.cellOf(props.get("cell").asText()), days(props.get("observed_days"))));
                if (grid.resolution() != props.get("resolution").asInt()) {
                  throw new IllegalArgumentException("resolution differs within zone " + zone);
                }
              } catch (RuntimeException e) {
                throw new IOException("coverage.geojson: feature " + n + ": " + e.getMessage(), e);
              }
            }
          }
          default -> p.skipChildren();
        }
      }
    }
    List<ZoneCoverage> zones = new ArrayList<>();
    cells.forEach((zone, list) -> zones.add(new ZoneCoverage(zone, zone, grids.get(zone), list)));
    return new Layer(start, end, zones);
  }

  private static List<DayCoverage> days(JsonNode observed) {
    List<DayCoverage> days = new ArrayList<>();
    for (JsonNode d : observed) {
      Set<FootprintKind> by = EnumSet.noneOf(FootprintKind.class);
      for (JsonNode k : d.get("by")) {
        by.add(kind(k.asText()));
      }
      days.add(new DayCoverage(LocalDate.parse(d.get("day").asText()), Instant.parse(d.get("last_observed").asText()), by));
    }
    return days;
  }

  private static FootprintKind kind(String code) {
    for (FootprintKind k : FootprintKind.values()) {
      if (k.code().equals(code)) {
        return k;
      }
    }
    throw new IllegalArgumentException("by: unknown footprint kind " + code);
  }
}
