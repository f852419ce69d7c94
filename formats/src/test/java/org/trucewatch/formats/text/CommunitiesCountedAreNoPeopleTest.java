package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.observation.CasualtyCount;

/**
 * A number of communities, villages or districts after a casualty verb counts places, not people:
 * "постраждали чотири громади", "пострадали три поселка", "fünf Gemeinden waren betroffen". Sentences
 * written for this test.
 */
class CommunitiesCountedAreNoPeopleTest {
  private static List<IncidentMention> mentions(String text, Language language) {
    return ExtractedSentences.mentions(text, language);
  }

  @Test
  void fourCommunitiesHitAreNoFourInjured() {
    assertThat(mentions("Ворог обстріляв Чернігівщину з мінометів. Від російської агресії постраждали чотири громади.",
        Language.UK)).allSatisfy(m -> assertThat(m.claim().casualties().injured().min()).isZero());
    assertThat(mentions("ВСУ обстреляли Горловку из артиллерии, пострадали три поселка.", Language.RU))
        .allSatisfy(m -> assertThat(m.claim().casualties().injured().min()).isZero());
  }

  @Test
  void peopleCountedBesideThemStillCount() {
    List<IncidentMention> ms = mentions("Ворог обстріляв Чернігівщину з мінометів, постраждали дві громади. У Семенівці поранено "
        + "трьох людей.", Language.UK);
    assertThat(ms.stream().mapToInt(m -> m.claim().casualties().injured().min()).sum()).isEqualTo(3);
    assertThat(ms.stream().filter(m -> m.claim().casualties().injured().equals(CasualtyCount.exactly(3)))).hasSize(1);
  }
}
