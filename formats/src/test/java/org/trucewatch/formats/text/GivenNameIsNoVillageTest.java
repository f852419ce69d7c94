package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.claim.LocationPrecision;
import org.trucewatch.formats.gazetteer.Gazetteer;

/**
 * A village's name followed by a surname is a person's given name: "Oleh Kiper" (Oleh is a village
 * of Odesa Oblast) is the governor who speaks, not where the figure happened; after "in" the
 * village stays a village.
 */
class GivenNameIsNoVillageTest {
  private List<IncidentMention> extract(String text, Language language) {
    return ExtractedSentences.mentions(text, language);
  }

  @Test
  void aGovernorsGivenNameIsNoPlace() {
    assertThat(extract("Russian drones attacked the Odesa region overnight. Two people were injured, Oleh Kiper said.",
        Language.EN)).allSatisfy(m -> assertThat(m.claim().place().precision()).isEqualTo(LocationPrecision.REGION));
    assertThat(extract("Russische Drohnen griffen das Gebiet Odessa an. Zwei Menschen wurden verletzt, schrieb der Leiter "
        + "der Militärverwaltung der Oblast Odessa, Oleh Kiper.", Language.DE))
        .allSatisfy(m -> assertThat(m.claim().place().precision()).isEqualTo(LocationPrecision.REGION));
  }

  @Test
  void theVillageAfterInStaysAVillage() {
    assertThat(extract("A Russian drone hit a house in Oleh, Odesa region, injuring a man.", Language.EN))
        .anySatisfy(m -> assertThat(m.place().map(p -> p.geonameId()).orElse(0L)).isEqualTo(
            Gazetteer.bundled().byName("Oleh").get(0).geonameId()));
  }
}
