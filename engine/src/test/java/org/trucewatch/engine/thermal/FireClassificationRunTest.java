package org.trucewatch.engine.thermal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trucewatch.core.thermal.WarFireParameters;
import org.trucewatch.engine.Progress;
import org.trucewatch.engine.ingest.InputFile;
import org.trucewatch.formats.Reject;

class FireClassificationRunTest {
  private final FireClassificationRun run = new FireClassificationRun(WarFireParameters.DEFAULTS, Progress.SILENT);

  private static InputFile file(Path dir, String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return new InputFile(p, name);
  }

  /** Two whole archive years with one fire a day in cell (50.0, 30.0). */
  private static String archive() {
    StringBuilder sb = new StringBuilder("LATITUDE,LONGITUDE,ACQ_DATE\n");
    for (LocalDate d = LocalDate.of(2020, 1, 1); d.isBefore(LocalDate.of(2022, 1, 1)); d = d.plusDays(1)) {
      sb.append("50.05,30.05,").append(d).append('\n');
    }
    sb.append("49.01,30.0,2020-07-01\n");
    return sb.toString();
  }

  @Test
  void writesTheInputsColumnsUnitedWithTheClassAndProbabilityInInputOrder(@TempDir Path dir) throws Exception {
    InputFile base = file(dir, "archive.csv", archive());
    InputFile viirs = file(dir, "viirs.csv", "latitude,longitude,acq_date,acq_time,frp\n"
        + "50.05,30.05,2022-08-01,1106,3.2\n".repeat(5)
        + "50.05,30.05,2022-08-08,1106,\"1,5\"\n".repeat(5)
        + "50.05,30.05,2022-08-30,0100,1\n"
        + "91,30.05,2022-08-30,0100,1\n");
    InputFile reduced = file(dir, "reduced.csv", "LATITUDE,LONGITUDE,ACQ_DATE,SOURCE\n50.06,30.06,2022-08-18,x\n");
    StringWriter out = new StringWriter();
    List<Reject> rejects = new ArrayList<>();

    FireClassificationSummary s = run.run(List.of(viirs, reduced), List.of(base), out, rejects);

    String[] lines = out.toString().split("\n");
    assertThat(lines[0]).isEqualTo("latitude,longitude,acq_date,acq_time,frp,SOURCE,war_fire,excess_p");
    // 5 fires where one a day is normal: improbable (none of the 2 x 31 sample days reached 5: 1/63)
    assertThat(lines[1]).isEqualTo("50.05,30.05,2022-08-01,1106,3.2,,1,0.015873");
    assertThat(lines[6]).isEqualTo("50.05,30.05,2022-08-08,1106,\"1,5\",,1,0.015873");
    assertThat(lines[11]).isEqualTo("50.05,30.05,2022-08-30,0100,1,,0,1");
    assertThat(lines[12]).isEqualTo("50.06,30.06,2022-08-18,,,x,1,1");
    assertThat(lines).hasSize(13);
    assertThat(rejects).extracting(Reject::toString)
        .containsExactly("viirs.csv:13: latitude: must be a latitude between -90 and 90, not '91'");
    assertThat(s.detections()).isEqualTo(12);
    assertThat(s.repeatedExcess()).isEqualTo(10);
    assertThat(s.followsWarFire()).isEqualTo(1);
    assertThat(s.baselineYears()).containsExactly(2020, 2021);
  }

  @Test
  void theSameInputsGiveTheSameBytes(@TempDir Path dir) throws Exception {
    InputFile base = file(dir, "archive.csv", archive());
    InputFile in = file(dir, "in.csv", "latitude,longitude,acq_date\n50.05,30.05,2022-08-01\n49.5,31.2,2022-08-02\n");
    StringWriter a = new StringWriter();
    StringWriter b = new StringWriter();
    run.run(List.of(in), List.of(base), a, new ArrayList<>());
    run.run(List.of(in), List.of(base), b, new ArrayList<>());
    assertThat(b.toString()).isEqualTo(a.toString()).contains("\n");
  }

  @Test
  void aBaselineFolderFileThatIsNoFireTableIsSkippedButAnInputIsAnError(@TempDir Path dir) throws Exception {
    InputFile source = file(dir, "SOURCE.txt", "Yearly NASA FIRMS detections, reduced.\n");
    InputFile in = file(dir, "in.csv", "latitude,longitude,acq_date\n50.05,30.05,2022-08-01\n");
    List<String> notes = new ArrayList<>();
    FireClassificationRun noting = new FireClassificationRun(WarFireParameters.DEFAULTS, notes::add);
    noting.run(List.of(in), List.of(source), new StringWriter(), new ArrayList<>());
    assertThat(notes).anyMatch(n -> n.startsWith("baseline: skipped SOURCE.txt: header lacks required columns"));
    assertThatThrownBy(() -> run.run(List.of(source), List.of(), new StringWriter(), new ArrayList<>()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("SOURCE.txt:1: header lacks required columns latitude, longitude, acq_date");
  }

  @Test
  void probabilitiesHaveSixSignificantDigitsInPlainNotation() {
    assertThat(FireClassificationRun.probability(1.0 / 125)).isEqualTo("0.008");
    assertThat(FireClassificationRun.probability(2.0 / 3)).isEqualTo("0.666667");
    assertThat(FireClassificationRun.probability(1.0 / 700_000)).isEqualTo("0.00000142857");
    assertThat(FireClassificationRun.probability(1)).isEqualTo("1");
  }
}
