package org.trucewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassifyFiresCommandTest {
  private static Path archive() {
    Path p = Path.of(System.getProperty("trucewatch.shared", "../shared"), "data", "firms", "archive");
    assumeTrue(Files.isDirectory(p), "shared data " + p + " not found; skipping");
    return p;
  }

  /** The rows of a reduced archive year around Kharkiv (49.5-50.5 N, 35.5-37 E), as a file named {@code name}. */
  private static Path kharkiv(Path dir, int year, String name) throws IOException {
    List<String> out = new ArrayList<>();
    try (Stream<String> lines = Files.lines(archive().resolve("ukr_fire_data_" + year + ".csv"))) {
      lines.forEachOrdered(l -> {
        String[] f = l.split(",");
        if (out.isEmpty() || Double.parseDouble(f[0]) >= 49.5 && Double.parseDouble(f[0]) <= 50.5
            && Double.parseDouble(f[1]) >= 35.5 && Double.parseDouble(f[1]) <= 37) {
          out.add(l);
        }
      });
    }
    return Files.write(dir.resolve(name), out);
  }

  @Test
  void theBaselineTakesThePathsAfterItAndTheLastOneIsTheInput(@TempDir Path dir) throws Exception {
    Path a = kharkiv(dir, 2020, "A.csv");
    Path b = kharkiv(dir, 2021, "B.csv");
    Path input = kharkiv(dir, 2022, "input.csv");
    // exactly the form the help shows, without "--"
    TrucewatchTest.Outcome o = TrucewatchTest.run("classify-fires", "--baseline", a.toString(), b.toString(), input.toString());
    assertThat(o.code()).as(o.err()).isZero();
    assertThat(o.err()).contains("baseline: A.csv:").contains("baseline: B.csv:").contains("input: input.csv:")
        .contains("years [2020, 2021]").contains("classifying: cell-day bounds").contains("war fires");
    String[] lines = o.out().split("\n");
    assertThat(lines[0]).isEqualTo("LATITUDE,LONGITUDE,ACQ_DATE,product,war_fire,bound,excess");
    assertThat(lines).hasSize((int) Files.lines(input).count());
    assertThat(lines).anyMatch(l -> l.matches(".*,2022-03-\\d\\d,snpp,1,\\d+,\\d+"));
    // the same with the baseline repeated, with commas, and with the input first: the same output
    assertThat(TrucewatchTest.run("classify-fires", "--baseline", a.toString(), "--baseline", b.toString(), input.toString()).out())
        .isEqualTo(o.out());
    assertThat(TrucewatchTest.run("classify-fires", "--baseline", a + "," + b, input.toString()).out()).isEqualTo(o.out());
    assertThat(TrucewatchTest.run("classify-fires", input.toString(), "--baseline", a.toString(), b.toString()).out())
        .isEqualTo(o.out());
  }

  @Test
  void withoutAnInputTheCommandSaysWhatIsMissing(@TempDir Path dir) throws Exception {
    Path a = kharkiv(dir, 2020, "A.csv");
    TrucewatchTest.Outcome o = TrucewatchTest.run("classify-fires", "--baseline", a.toString());
    assertThat(o.code()).isEqualTo(2);
    assertThat(o.err()).contains("Missing the input FILE");
  }

  @Test
  void anInputThatIsNoFireTableFailsWithOneLineNamingIt(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("notes.txt");
    Files.writeString(in, "lat;lon\n1;2\n");
    Path a = kharkiv(dir, 2020, "A.csv");
    TrucewatchTest.Outcome o = TrucewatchTest.run("classify-fires", "--baseline", a.toString(), "--", in.toString());
    assertThat(o.code()).isEqualTo(1);
    assertThat(o.err().trim()).startsWith("trucewatch classify-fires: notes.txt:1: header lacks required columns").doesNotContain("\n");
    assertThat(TrucewatchTest.run("classify-fires", "--quantile", "2", "--baseline", a.toString(), in.toString()).code())
        .isEqualTo(2);
    assertThat(TrucewatchTest.run("classify-fires", "--products", "goes16", "--baseline", a.toString(), in.toString()).err())
        .contains("unknown fire product 'goes16'");
    TrucewatchTest.Outcome share = TrucewatchTest.run("classify-fires", "--nrt-snpp-share", "1.2", "--baseline", a.toString(),
        in.toString());
    assertThat(share.code()).isEqualTo(2);
    assertThat(share.err()).contains("--nrt-snpp-share").contains("(0, 1)");
  }

  @Test
  void theMixedNearRealTimeRowsOf2023AreSplitBetweenTheSatellitesAndTheSplitCanBeTurnedOff(@TempDir Path dir)
      throws Exception {
    Path a = kharkiv(dir, 2020, "A.csv");
    Path b = kharkiv(dir, 2021, "B.csv");
    Path input = kharkiv(dir, 2023, "y2023.csv"); // no standard rows: every five-decimal row is mixed
    TrucewatchTest.Outcome o = TrucewatchTest.run("classify-fires", "--baseline", a.toString(), b.toString(), input.toString());
    assertThat(o.code()).as(o.err()).isZero();
    assertThat(o.err()).contains("assigned to S-NPP with share 0.441");
    List<String> rows = o.out().lines().skip(1).toList();
    long snpp = rows.stream().filter(l -> l.contains(",snpp-nrt-inferred,")).count();
    long noaa = rows.stream().filter(l -> l.contains(",noaa20-nrt-inferred,")).count();
    assertThat(rows).filteredOn(l -> l.contains(",snpp-nrt-inferred,")).allMatch(l -> l.matches(".*,snpp-nrt-inferred,[01],.*"));
    assertThat(rows).filteredOn(l -> l.contains(",noaa20-nrt-inferred,")).allMatch(l -> l.endsWith(",noaa20-nrt-inferred,,,"));
    assertThat((double) snpp / (snpp + noaa)).isBetween(0.40, 0.48);
    TrucewatchTest.Outcome off = TrucewatchTest.run("classify-fires", "--nrt-snpp-share", "0", "--baseline", a.toString(),
        b.toString(), input.toString());
    assertThat(off.out().lines().skip(1).filter(l -> l.contains(",viirs-nrt,,,")).count()).isEqualTo(snpp + noaa);
  }

  @Test
  void helpShowsTheBaselineFormAndTheOutputColumns() {
    TrucewatchTest.Outcome o = TrucewatchTest.run("classify-fires", "--help");
    assertThat(o.code()).isZero();
    assertThat(o.out().replaceAll("\\s+", " "))
        .contains("--baseline archive/ukr_fire_data_2020.csv \\ archive/ukr_fire_data_2021.csv ukr_fire_data_2022.csv > out.csv")
        .contains("Examples:").contains("war_fire").contains("bound and excess").contains("--products");
  }
}
