package org.trucewatch.formats.cloud;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.trucewatch.formats.Reject;

class CloudCoverCsvReaderTest {
  private static CloudCoverCsv read(String text) {
    return new CloudCoverCsvReader().read("cloud.csv", text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void dayValuesAndCellValuesTheCellWinning() {
    CloudCoverCsv c = read("DATE,LATITUDE,LONGITUDE,CLOUD_COVER\n2023-03-14,,,0.3\n2023-03-14,49.58,36.52,85%\n");
    LocalDate d = LocalDate.parse("2023-03-14");
    assertThat(c.rejects()).isEmpty();
    assertThat(c.cover().at(49.5853, 36.5236, d)).contains(0.85); // same 0.1-degree cell
    assertThat(c.cover().at(49.75, 36.5236, d)).contains(0.3);
    assertThat(c.cover().at(49.5853, 36.5236, d.plusDays(1))).isEmpty();
  }

  @Test
  void badLinesAreRejectedByLineAndFieldAndTheRestKept() {
    CloudCoverCsv c = read("date,cloud_cover\n2023-03-01,0.2\n2023-03-02,1.4\n03/03/2023,0.1\n2023-03-01,0.5\n2023-03-04,40%\n");
    assertThat(c.rejects()).extracting(Reject::line, Reject::field).containsExactly(
        org.assertj.core.groups.Tuple.tuple(3L, "cloud_cover"),
        org.assertj.core.groups.Tuple.tuple(4L, "date"),
        org.assertj.core.groups.Tuple.tuple(5L, "date"));
    assertThat(c.cover().at(0, 0, LocalDate.parse("2023-03-04"))).contains(0.4);
    assertThat(c.cover().at(0, 0, LocalDate.parse("2023-03-01"))).contains(0.2);
  }

  @Test
  void aHeaderWithoutTheColumnsIsOneReject() {
    CloudCoverCsv c = read("day,cover\n2023-03-01,0.2\n");
    assertThat(c.rejects()).hasSize(1);
    assertThat(c.rejects().get(0).reason()).contains("date and cloud_cover");
    assertThat(c.cover().isEmpty()).isTrue();
  }
}
