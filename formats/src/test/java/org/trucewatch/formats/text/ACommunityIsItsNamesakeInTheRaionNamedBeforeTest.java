package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A community many places share a name with, and no place beside it in its sentence, is the namesake in the raion
 * its paragraph named last before it ({@link CommunityRaion}). Sentences written for this test.
 */
class ACommunityIsItsNamesakeInTheRaionNamedBeforeTest {
  private List<Long> ids(String text) {
    return ExtractedSentences.mentions(text, Language.UK).stream()
        .flatMap(m -> m.place().stream()).map(p -> p.geonameId()).distinct().toList();
  }

  @Test
  void theCommunityAfterARaionIsThatRaionsPokrovske() {
    // Pokrovske of Synelnykove raion (696720), not Pokrov (698436) of Nikopol raion, the largest of the name
    assertThat(ids("Дрони атакували Васильківську громаду Синельниківського району Дніпропетровської області, "
        + "поранено двох людей. Пізніше російські війська вдарили КАБами по Покровській громаді, пошкоджено газогін."))
        .contains(696720L).doesNotContain(698436L);
  }

  @Test
  void aCommunityWithoutARaionKeepsItsChoice() {
    // no raion named: the raion rule says nothing, and the place stays what the other rules chose
    assertThat(ids("На Дніпропетровщині російські війська вдарили КАБами по Покровській громаді, поранено чоловіка."))
        .isNotEmpty();
  }
}
