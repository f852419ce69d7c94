package org.trucewatch.formats.firms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.formats.Reject;

class FireTableReaderTest {
  private final FireTableReader reader = new FireTableReader();

  private FireTable read(String text) {
    return reader.read("t.csv", text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsAReducedExtractWithUpperCaseHeaderAndNoTime() {
    FireTable t = read("LATITUDE,LONGITUDE,ACQ_DATE\n47.8781,35.158,2012-01-02\r\n47.8568,33.4482,2012-01-03\n");
    assertThat(t.rejects()).isEmpty();
    assertThat(t.columns()).containsExactly("LATITUDE", "LONGITUDE", "ACQ_DATE");
    assertThat(t.rows()).extracting(FireTableRow::latitude).containsExactly(47.8781, 47.8568);
    assertThat(t.rows().get(1).date()).isEqualTo(LocalDate.of(2012, 1, 3));
    assertThat(t.rows().get(1).line()).isEqualTo(3);
  }

  @Test
  void readsTheEconomistDailyTextExcerptWithColumnsInItsOrder() throws IOException {
    FireTable t = reader.read("x", SharedData.firms("economist_J1_VIIRS_2025223_excerpt.csv"));
    assertThat(t.rejects()).isEmpty();
    assertThat(t.rows()).hasSize(10);
    assertThat(t.rows()).allSatisfy(r -> assertThat(r.date()).isEqualTo(LocalDate.of(2025, 8, 11)));
    assertThat(t.rows().get(0).fields().get(6)).isEqualTo("00:45:00");
  }

  @Test
  void readsEveryRowOfAnArchiveYear() throws IOException {
    FireTable t = reader.read("ukr_fire_data_2021.csv", SharedData.firms("archive/ukr_fire_data_2021.csv"));
    assertThat(t.rejects()).isEmpty();
    assertThat(t.rows()).hasSize(57_595);
    assertThat(t.rows()).allSatisfy(r -> assertThat(r.date().getYear()).isEqualTo(2021));
  }

  @Test
  void badRowsAreRejectedByLineAndFieldAndTheRestKept() {
    FireTable t = read("latitude,longitude,acq_date,acq_time\n"
        + "47.1,35.1,2023-02-24,1106\n"
        + "91,35.1,2023-02-24,1106\n"
        + "47.1,east,2023-02-24,1106\n"
        + "47.1,35.1,24/02/2023,1106\n"
        + "47.1,35.1,2023-02-24,2561\n"
        + "47.1,35.1,2023-02-24\n"
        + "47.2,35.2,2023-02-25,\n");
    assertThat(t.rows()).extracting(FireTableRow::line).containsExactly(2L, 8L);
    assertThat(t.rejects()).extracting(Reject::line, Reject::field).containsExactly(
        org.assertj.core.groups.Tuple.tuple(3L, "latitude"),
        org.assertj.core.groups.Tuple.tuple(4L, "longitude"),
        org.assertj.core.groups.Tuple.tuple(5L, "acq_date"),
        org.assertj.core.groups.Tuple.tuple(6L, "acq_time"),
        org.assertj.core.groups.Tuple.tuple(7L, ""));
  }

  @Test
  void aHeaderWithoutTheRequiredColumnsIsRejectedWhole() {
    FireTable t = read("lat,lon,date\n47.1,35.1,2023-02-24\n");
    assertThat(t.rows()).isEmpty();
    assertThat(t.rejects()).hasSize(1);
    assertThat(t.rejects().get(0).reason()).contains("latitude, longitude, acq_date").contains("found lat, lon, date");
    assertThat(read("").rejects()).extracting(Reject::reason).containsExactly("no header line: the input is empty");
    assertThat(List.of(read("latitude,longitude,acq_date\n").rows())).containsExactly(List.of());
  }
}
