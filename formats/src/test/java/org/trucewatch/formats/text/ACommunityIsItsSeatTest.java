package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A community is its centre ({@link Namesakes}): GeoNames' entry for the seat in the oblast the text names, though a
 * village of the name lies nearer the other communities listed; a city the reader knows seats the community of its
 * name. Sentences written for this test.
 */
class ACommunityIsItsSeatTest {
  private List<Long> ids(String text) {
    return ExtractedSentences.mentions(text).stream()
        .flatMap(m -> m.place().stream()).map(p -> p.geonameId()).distinct().toList();
  }

  @Test
  void aListedCommunityIsTheSeatOfTheNamedOblast() {
    // Krasnopillia (704343), the seat in Sumy oblast, not the Chernihiv-oblast village nearer Seredyna-Buda
    assertThat(ids("В Сумской области из минометов и ствольной артиллерии враг обстрелял Краснопольскую, Шалыгинскую и "
        + "Середино-Будскую общины.")).contains(704343L);
  }

  @Test
  void aCityOfItsNameSeatsTheCommunity() {
    // Lozova (702760), the city of 54,000, not a village Lozova near another place of the text
    assertThat(ids("Лозівська громада Харківської області зазнала атаки шахедів, поранено двох людей. "
        + "Також дрон влучив у будинок у селі Калинове.")).contains(702760L);
  }
}
