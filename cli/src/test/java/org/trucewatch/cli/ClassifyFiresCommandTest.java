package org.trucewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassifyFiresCommandTest {
  private static Path archive() {
    Path p = Path.of(System.getProperty("trucewatch.shared", "../shared"), "data", "firms", "archive");
    assumeTrue(Files.isDirectory(p), "shared data " + p + " not found; skipping");
    return p;
  }

  @Test
  void classifiesTheS2023SnppFileAgainstThePreWarArchive(@TempDir Path dir) throws Exception {
    Path a = archive();
    Path nrt = a.getParent().resolve("fire_nrt_SV-C2_400448.csv");
    String[] args = {"classify-fires", "--baseline", a.resolve("ukr_fire_data_2019.csv").toString(),
        a.resolve("ukr_fire_data_2020.csv").toString(), a.resolve("ukr_fire_data_2021.csv").toString(), "--", nrt.toString()};
    TrucewatchTest.Outcome o = TrucewatchTest.run(args);
    assertThat(o.code()).as(o.err()).isZero();
    String[] lines = o.out().split("\n");
    assertThat(lines[0]).isEqualTo("latitude,longitude,brightness,scan,track,acq_date,acq_time,satellite,instrument,"
        + "confidence,version,bright_t31,frp,daynight,war_fire,excess_p");
    assertThat(lines).hasSize(42_416);
    assertThat(lines[1]).startsWith("47.62075,35.71787,344.94,0.52,0.5,2023-02-24,1106,N,VIIRS,n,2.0NRT,269.52,7.75,D,");
    assertThat(lines[1]).matches(".*,[01],(1|0\\.\\d+)");
    long war = java.util.Arrays.stream(lines).skip(1).filter(l -> l.matches(".*,1,[^,]+")).count();
    assertThat(war).isBetween(1L, 42_414L);
    assertThat(o.err()).contains("baseline: ukr_fire_data_2019.csv: 127,967 detections")
        .contains("classified 42,415 detections: " + String.format(java.util.Locale.ROOT, "%,d", war) + " conflict-related");
    assertThat(TrucewatchTest.run(args).out()).isEqualTo(o.out());
  }

  @Test
  void aBaselineFolderSkipsItsSourceNote(@TempDir Path dir) throws Exception {
    Path a = archive();
    Path in = dir.resolve("in.csv");
    Files.writeString(in, "latitude,longitude,acq_date\n47.1005,37.6171,2022-01-01\n");
    TrucewatchTest.Outcome o = TrucewatchTest.run("classify-fires", "--baseline", a.toString(), "--", in.toString());
    assertThat(o.code()).as(o.err()).isZero();
    assertThat(o.err()).contains("baseline: skipped archive/SOURCE.txt")
        .contains("years [2012, 2013, 2016, 2018, 2019, 2020, 2021, 2022, 2023]");
    assertThat(o.out()).startsWith("latitude,longitude,acq_date,war_fire,excess_p\n47.1005,37.6171,2022-01-01,");
  }

  @Test
  void anInputThatIsNoFireTableFailsWithOneLineNamingIt(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("notes.txt");
    Files.writeString(in, "lat;lon\n1;2\n");
    TrucewatchTest.Outcome o = TrucewatchTest.run("classify-fires", in.toString());
    assertThat(o.code()).isEqualTo(1);
    assertThat(o.err().trim()).startsWith("trucewatch classify-fires: notes.txt:1: header lacks required columns").doesNotContain("\n");
    assertThat(TrucewatchTest.run("classify-fires", "--max-p", "2", in.toString()).code()).isEqualTo(2);
  }

  @Test
  void helpShowsExamples() {
    TrucewatchTest.Outcome o = TrucewatchTest.run("classify-fires", "--help");
    assertThat(o.code()).isZero();
    assertThat(o.out()).contains("--baseline").contains("Examples:").contains("war_fire").contains("excess_p");
  }
}
