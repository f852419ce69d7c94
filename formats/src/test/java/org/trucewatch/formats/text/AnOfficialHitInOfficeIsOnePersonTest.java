package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.observation.CasualtyCount;

/**
 * The head of a town or an administration named by office as the subject of a casualty verb is one person,
 * as "a worker" is: "Мэр ... получил ранение", "отримав поранення керівник адміністрації" ({@link RoleNouns}).
 * Sentences written for this test.
 */
class AnOfficialHitInOfficeIsOnePersonTest {
  private static CasualtyCount injured(String text, Language language) {
    List<IncidentMention> ms = ExtractedSentences.mentions(text, language);
    assertThat(ms).hasSize(1);
    return ms.get(0).claim().casualties().injured();
  }

  @Test
  void aRussianMayorWounded() {
    assertThat(injured("Мэр Ясиноватой Петр Сидоренко получил ранение в результате обстрела.", Language.RU))
        .isEqualTo(CasualtyCount.exactly(1));
  }

  @Test
  void aUkrainianHeadOfAdministrationWounded() {
    assertThat(injured("Окупанти обстріляли Щастя, під час обстрілу отримав поранення керівник адміністрації селища.", Language.UK))
        .isEqualTo(CasualtyCount.exactly(1));
  }
}
