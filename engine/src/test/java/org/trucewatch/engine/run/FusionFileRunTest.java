package org.trucewatch.engine.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trucewatch.engine.Progress;
import org.trucewatch.formats.fusion.FusionFileException;

/** A fusion file changes how observations fuse, is kept in the ledger, and stays in force there. */
class FusionFileRunTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;

  private final ReplayRun run = new ReplayRun(Clock.fixed(Instant.parse("2025-03-21T06:00:00Z"), ZoneOffset.UTC));
  private final Path agreement =
      Path.of(System.getProperty("trucewatch.root", "..")).resolve("examples/agreements/black-sea-energy.yaml");

  private int incidents(Path out) throws Exception {
    JsonNode fc = JSON.readTree(out.resolve("incidents.geojson").toFile());
    return fc.get("features").size();
  }

  @Test
  void aWiderWindowInTheFileFusesAStrikeReportWithALaterPassAndStaysInForce() throws Exception {
    // a strike reported at the Kursk plant, and a hot spot there at a pass three hours later
    Path inputs = Files.createDirectories(dir.resolve("inputs"));
    Files.writeString(inputs.resolve("obs.jsonl"),
        "{\"source\":\"ru-kursk-governor\",\"kind\":\"strike\",\"time\":\"2025-03-20T08:00:00Z\",\"lat\":51.6750,"
            + "\"lon\":35.6056,\"uncertainty_m\":1000,\"credibility\":3}\n"
            + "{\"source\":\"commercial-sat-9\",\"kind\":\"thermal-anomaly\",\"time\":\"2025-03-20T11:00:00Z\",\"lat\":51.6800,"
            + "\"lon\":35.6100,\"uncertainty_m\":200,\"credibility\":2}\n");
    Path defaults = dir.resolve("defaults");
    run.execute(new RunRequest(agreement, List.of(inputs), defaults, Optional.empty()), Progress.SILENT);
    assertThat(incidents(defaults)).isEqualTo(2);

    Path fusion = dir.resolve("slow-reports.yaml");
    Files.writeString(fusion, "pairs:\n  - kinds: [thermal-anomaly, strike]\n    window_h: 4\n");
    Path wide = dir.resolve("wide");
    run.execute(new RunRequest(agreement, List.of(inputs), wide, Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.of(fusion)), Progress.SILENT);
    assertThat(incidents(wide)).isEqualTo(1);
    String first = Files.readString(wide.resolve("incidents.geojson"));

    // run again into the same folder without --fusion: the ledger still holds the file
    run.execute(new RunRequest(agreement, List.of(), wide, Optional.empty()), Progress.SILENT);
    assertThat(Files.readString(wide.resolve("incidents.geojson"))).isEqualTo(first);
    assertThat(Files.readString(wide.resolve("manifest.json"))).contains("fusion/slow-reports.yaml");
  }

  @Test
  void aBadFusionFileFailsTheRunBeforeAnythingIsStored() throws Exception {
    Path fusion = dir.resolve("bad.yaml");
    Files.writeString(fusion, "pairs:\n  - kinds: [thermal-anomaly, strike]\n    window_h: -1\n");
    Path out = dir.resolve("out");
    assertThatThrownBy(() -> run.execute(new RunRequest(agreement, List.of(), out, Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.of(fusion)), Progress.SILENT))
        .isInstanceOf(FusionFileException.class)
        .hasMessage("bad.yaml:3: pairs[0].window_h: expected a positive number of hours, not '-1'");
    assertThat(out.resolve(RunRequest.DEFAULT_LEDGER)).doesNotExist();
  }
}
