package org.trucewatch.engine.mission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trucewatch.core.fuse.FusionParameters;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.engine.Progress;
import org.trucewatch.formats.firms.FirmsCsvReader;

/**
 * The real 2023 FIRMS file made four times as long in days (169,660 detections, as {@code
 * FirmsDaysScaled} makes it for the scaling bench) folded in a forked JVM with a 96 MB heap: spilled,
 * the mission fits and every pass over it reads every detection; held as objects, it runs out of
 * memory.
 */
class SpilledFoldSmallHeapTest {
  private static final Path ROOT = Path.of(System.getProperty("trucewatch.root", ".."));
  private static final Path FIRMS_2023 = ROOT.resolve("../shared/data/firms/fire_nrt_SV-C2_400448.csv");
  private static final int COPIES = 4;
  /** The days from the file's first acq_date (2023-02-24) to its last (2023-11-11), both included. */
  private static final int SPAN_DAYS = 261;

  /** The forked fold: folds FILE {@code spilled} or in {@code memory}, passes over it twice, prints the counts. */
  public static final class Folding {
    private Folding() {}

    /** Entry point of the forked JVM. */
    public static void main(String[] args) throws Exception {
      byte[] raw = Files.readAllBytes(Path.of(args[1]));
      try (MissionFold fold = new MissionFold(FusionParameters.DEFAULT, Progress.SILENT, true, args[0].equals("spilled"));
          Mission m = foldAndClose(fold, raw)) {
        for (int pass = 0; pass < 2; pass++) {
          long thermal = 0;
          for (Observation o : m.observations()) {
            thermal += o.geometry().getNumPoints() == 5 ? 1 : 0;
          }
          System.out.println("pass " + pass + ": " + thermal + " pixels of " + m.observations().size());
        }
      }
    }

    private static Mission foldAndClose(MissionFold fold, byte[] raw) {
      fold.read(1, "firms-4x.csv", FirmsCsvReader.FORMAT, "0".repeat(64), raw);
      return fold.mission();
    }
  }

  /** The file's rows {@link #COPIES} times, copy k moved k spans of days later. */
  private static Path longer(Path dir) throws Exception {
    List<String> rows = Files.readAllLines(FIRMS_2023, StandardCharsets.UTF_8);
    assertThat(rows.get(0).split(",")[5]).isEqualTo("acq_date");
    Path file = dir.resolve("firms-4x.csv");
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
      w.write(rows.get(0) + "\n");
      for (int copy = 0; copy < COPIES; copy++) {
        for (String row : rows.subList(1, rows.size())) {
          String[] f = row.split(",", -1);
          f[5] = LocalDate.parse(f[5]).plusDays((long) copy * SPAN_DAYS).toString();
          w.write(String.join(",", f) + "\n");
        }
      }
    }
    return file;
  }

  private static List<String> fork(String mode, Path file) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = new ArrayList<>(List.of(java, "-Xmx96m", "-XX:+UseSerialGC", "-cp",
        System.getProperty("java.class.path"), Folding.class.getName(), mode, file.toString()));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
    return List.of(Integer.toString(p.exitValue()), output);
  }

  @Test
  void fourTimesThe2023FirmsFileFitsIn96MegabytesSpilledButNotAsObjects(@TempDir Path dir) throws Exception {
    assumeTrue(Files.isRegularFile(FIRMS_2023), FIRMS_2023 + " is absent (the shared corpora): skipped");
    Path file = longer(dir);
    long expected = COPIES * 42_415L;

    List<String> spilled = fork("spilled", file);
    assertThat(spilled.get(1)).contains("pass 0: " + expected + " pixels of " + expected,
        "pass 1: " + expected + " pixels of " + expected);
    assertThat(spilled.get(0)).as(spilled.get(1)).isEqualTo("0");

    List<String> objects = fork("memory", file);
    assertThat(objects.get(1)).contains("OutOfMemoryError");
    assertThat(objects.get(0)).isNotEqualTo("0");
  }
}
