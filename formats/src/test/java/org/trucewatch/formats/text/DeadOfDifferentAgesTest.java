package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.claim.CasualtyScope;

/**
 * Two dead persons of different ages are two deaths, also when the second one's sentence names no
 * place: "Eine 30 Jahre alte Frau sei getötet worden ... ein 62 Jahre alter Mann im Krankenhaus
 * gestorben".
 */
class DeadOfDifferentAgesTest {
  private int killed(String text, Language language) {
    List<IncidentMention> ms = ExtractedSentences.mentions(text, language);
    return ms.stream().filter(m -> m.claim().scope() != CasualtyScope.PART)
        .mapToInt(m -> m.claim().casualties().killed().min()).sum();
  }

  @Test
  void germanWoman30AndMan62() {
    assertThat(killed("Russland hat die Stadt Saporischschja mit Raketen angegriffen. Eine 41 Jahre alte Frau sei getötet "
        + "worden, teilte der Gouverneur mit. Am Abend sei ein 58 Jahre alter Mann im Krankenhaus gestorben.", Language.DE))
        .isEqualTo(2);
  }

  @Test
  void englishWoman41AndMan58() {
    assertThat(killed("Russian missiles struck the city of Zaporizhzhia. A 41-year-old woman was killed, the governor said. "
        + "In the evening, a 58-year-old man died in hospital.", Language.EN)).isEqualTo(2);
  }
}
