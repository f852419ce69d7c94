package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Translations that call a hromada a "district": a list naming a town that seats no raion names communities. */
class CommunitiesCalledDistrictsTest {
  private static List<String> places(List<IncidentMention> ms) {
    return ms.stream().filter(m -> m.place().isPresent()).map(m -> m.place().get().canonical()).distinct().sorted().toList();
  }

  @Test
  void aListWithATownThatSeatsNoRaionNamesCommunities() {
    assertThat(places(ExtractedSentences.mentions(
        "They shelled Chervonohryhorivka, Nikopol, and Marhanets districts with artillery. Two people were injured.")))
        .containsExactly("Марганец", "Нікополь", "Червоногригорівка");
  }

  @Test
  void aListOfRaionCentresStaysAListOfRaions() {
    assertThat(places(ExtractedSentences.mentions(
        "Russian artillery shelled the Bohodukhiv and Beryslav districts, two people were injured.")))
        .doesNotContain("Богодухів", "Берислав");
  }

  @Test
  void theDistrictsOfACityAreNoCommunities() {
    assertThat(places(ExtractedSentences.mentions(
        "Ukrainian forces shelled Horlivka, injuring 6 civilians in Kalininskyi and Nykytivskyi districts of Horlivka.")))
        .containsExactly("Горлівка");
  }
}
