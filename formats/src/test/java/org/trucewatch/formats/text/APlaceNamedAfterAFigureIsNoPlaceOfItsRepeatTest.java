package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.claim.CasualtyScope;

/**
 * A figure told again in a later paragraph is the same people even when the paragraph's only
 * settlement, named in a later sentence, is where someone else was hurt, when it stands after a
 * sentence that lists several towns, or when its own clause names no place in a sentence of several:
 * the place it has only from there is no place said of it. The settlement stays a place of the story.
 * Sentences written for this test.
 */
class APlaceNamedAfterAFigureIsNoPlaceOfItsRepeatTest {
  private static List<IncidentMention> counted(List<IncidentMention> ms) {
    return ms.stream().filter(m -> m.claim().scope() != CasualtyScope.PART).toList();
  }

  private static int killed(List<IncidentMention> ms) {
    return counted(ms).stream().mapToInt(m -> m.claim().casualties().killed().min()).sum();
  }

  private static int minors(List<IncidentMention> ms) {
    return counted(ms).stream().mapToInt(m -> m.claim().casualties().minors().min()).sum();
  }

  private static boolean placed(List<IncidentMention> ms, String name) {
    return ms.stream().anyMatch(m -> m.place().isPresent() && m.place().get().name().equals(name));
  }

  @Test
  void theBoyToldAgainBeforeAnotherVillagesWomanIsTheSameBoy() {
    List<IncidentMention> ms = ExtractedSentences.mentions("On Sunday, the occupiers shelled the town of Huliaipole with artillery. "
        + "A teenager was killed.\n\n"
        + "Quote from the governor: \"A 16-year-old boy died. He was wounded in his yard. Another woman, 70, from the village "
        + "of Zaliznychne was seriously injured during the attack.\"", Language.EN);
    assertThat(killed(ms)).isEqualTo(1);
    assertThat(minors(ms)).isEqualTo(1);
    assertThat(placed(ms, "Zaliznychne")).isTrue();
  }

  @Test
  void theCommunitysDeadToldAgainBeforeTheirVillagesAreTheSameDead() {
    List<IncidentMention> ms = ExtractedSentences.mentions("In der Gemeinde Kostjantyniwka wurden durch russischen Beschuss zwei "
        + "Zivilisten getötet, teilte der Gouverneur bei Telegram mit.\n\n"
        + "„Beim heutigen Beschuss der Gemeinde kamen zwei Menschen ums Leben. Ein 70-jähriger Mann starb in Iwanopillja, "
        + "das Haus wurde beschädigt“, schrieb er.", Language.DE);
    assertThat(killed(ms)).isEqualTo(2);
  }

  @Test
  void twoInjuredAfterTwoListedTownsAreTheTwoToldAtOneOfThemLater() {
    List<IncidentMention> ms = ExtractedSentences.mentions("Російські дрони атакували Городню та Семенівку на Чернігівщині. "
        + "Постраждали двоє цивільних.\n\nУ Городні внаслідок удару дрона поранено двох чоловіків 40 та 52 років.", Language.UK);
    assertThat(counted(ms).stream().mapToInt(m -> m.claim().casualties().injured().min()).sum()).isEqualTo(2);
  }

  @Test
  void theWomanHurtInAVillageNearTheCityIsTheWomanToldAgainInTheVillage() {
    List<IncidentMention> ms = ExtractedSentences.mentions("Russian troops carried out a drone attack on Bilozerka, a village near "
        + "Kherson, injuring a 63-year-old woman, the regional administration reported.\n\n"
        + "\"In the morning, the occupiers attacked Bilozerka with a UAV. A 63-year-old woman who was in her yard was injured,\" "
        + "the statement reads.", Language.EN);
    assertThat(counted(ms).stream().mapToInt(m -> m.claim().casualties().injured().min()).sum()).isEqualTo(1);
  }
}
