package org.trucewatch.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DetectionLinesTest {
  @TempDir
  Path dir;

  @Test
  void readsEveryLineOfAFileLargerThanItsBlockAsParseDoubleWould() throws IOException {
    SplittableRandom rnd = new SplittableRandom(5);
    StringBuilder sb = new StringBuilder("id,lon,lat,scan,track,fp\n");
    List<double[]> expected = new ArrayList<>();
    int n = 0;
    while (sb.length() < 9_000_000) {
      double lon = rnd.nextDouble(22, 40);
      double lat = rnd.nextDouble(44, 52);
      double scan = Double.parseDouble(String.format(Locale.ROOT, "%.3f", rnd.nextDouble(0.3, 0.8)));
      double track = Double.parseDouble(String.format(Locale.ROOT, "%.3f", rnd.nextDouble(0.3, 0.8)));
      // fields and footprints of varying length, so that lines straddle the blocks anywhere
      sb.append(n++).append(',').append(lon).append(',').append(lat).append(',')
          .append(String.format(Locale.ROOT, "%.3f,%.3f", scan, track)).append(",\"SRID=4326;POLYGON((")
          .append("1 2,".repeat(rnd.nextInt(0, 40))).append("))\"\n");
      expected.add(new double[] {lon, lat, scan, track});
    }
    sb.append(n).append(",1.5,2.5,0.375,0.375,\"no newline at the end\"");
    expected.add(new double[] {1.5, 2.5, 0.375, 0.375});
    Path f = dir.resolve("d.csv");
    Files.writeString(f, sb, StandardCharsets.UTF_8);

    List<double[]> read = new ArrayList<>();
    DetectionLines.read(f, (lon, lat, scan, track) -> read.add(new double[] {lon, lat, scan, track}));

    assertThat(read).hasSize(expected.size());
    for (int i = 0; i < read.size(); i++) {
      assertThat(read.get(i)).as("line %d", i + 2).containsExactly(expected.get(i));
    }
  }

  @Test
  void namesTheLineThatHasTooFewFields() throws IOException {
    Path f = dir.resolve("d.csv");
    Files.writeString(f, "id,lon,lat,scan,track,fp\n0,1,2,0.4,0.4,x\n1,1,2\n", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> DetectionLines.read(f, (a, b, c, d) -> { }))
        .hasMessageContaining("d.csv:3: fewer than five fields");
  }
}
