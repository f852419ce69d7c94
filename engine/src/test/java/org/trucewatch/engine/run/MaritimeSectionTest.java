package org.trucewatch.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The daily report's maritime section on the simulated day, against the run's own tracks.geojson. */
class MaritimeSectionTest {
  static String section;
  static JsonNode tracks;

  @BeforeAll
  static void runTheScenario() throws Exception {
    Path out = SimulatedDay.of(3).out();
    String html = Files.readString(out.resolve("report.html"));
    int start = html.indexOf("<section id=\"maritime\">");
    assertThat(start).isNotNegative();
    section = html.substring(start, html.indexOf("</section>", start));
    tracks = new ObjectMapper().readTree(out.resolve("tracks.geojson").toFile());
  }

  private static List<String> cells(String tableClass, int row) {
    int t = section.indexOf("class=\"" + tableClass + "\"");
    assertThat(t).as(tableClass).isNotNegative();
    String table = section.substring(t, section.indexOf("</table>", t));
    String[] rows = table.split("<tr>");
    Matcher m = Pattern.compile("<td[^>]*>(.*?)</td>").matcher(rows[row + 2]);
    List<String> out = new java.util.ArrayList<>();
    while (m.find()) {
      out.add(m.group(1).replaceAll("<[^>]+>", ""));
    }
    return out;
  }

  @Test
  void corridorCountsAreThoseOfTheTracksCorridorTransits() {
    assertThat(section).contains(tracks.get("features").size() + " ships heard on AIS");
    java.util.Set<Integer> ships = new java.util.TreeSet<>();
    int stays = 0;
    int through = 0;
    int inside = 0;
    for (JsonNode f : tracks.get("features")) {
      for (JsonNode c : f.get("properties").path("corridor_transits")) {
        stays++;
        ships.add(f.get("properties").get("mmsi").asInt());
        through += c.get("from_outside").asBoolean() && c.get("to_outside").asBoolean() ? 1 : 0;
        inside += c.get("to_outside").asBoolean() ? 0 : 1;
      }
    }
    assertThat(stays).isPositive();
    List<String> row = cells("corridors", 0);
    assertThat(row.subList(1, 5)).containsExactly(
        Integer.toString(ships.size()), Integer.toString(stays), Integer.toString(through), Integer.toString(inside));
    assertThat(row.get(5)).matches("\\d+\\.\\d h");
  }

  @Test
  void everyWarshipOfTheTracksIsListed() {
    int warships = 0;
    for (JsonNode f : tracks.get("features")) {
      int type = f.get("properties").get("ship_type").asInt();
      if (type == 35 || type == 55) {
        warships++;
        assertThat(section).contains("MMSI " + f.get("properties").get("mmsi").asInt());
      }
    }
    assertThat(warships).isPositive();
    assertThat(section.split("<tr>").length).isGreaterThan(warships);
  }

  @Test
  void darkPeriodsAreCountedInsideAndOutsideTheCorridor() {
    assertThat(section).containsPattern("(\\d+ dark periods? began inside a corridor|No AIS gap began inside a corridor); \\d+ more began outside every corridor\\.");
  }
}
