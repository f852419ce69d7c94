package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "Zwei Menschen wurden verletzt. Ein 61-jähriger Mann erlag seinen Verletzungen": a person who died of
 * injuries after the injured were counted is one of them, now of the dead; "another man" is not.
 * Sentences written for this test.
 */
class OnePersonWhoDiedOfInjuriesIsOneOfTheInjuredTest {
  private static int[] killedAndInjured(String text, Language language) {
    List<IncidentMention> ms = ExtractedSentences.mentions(text, language);
    return new int[] {ms.stream().mapToInt(m -> m.claim().casualties().killed().min()).sum(),
        ms.stream().mapToInt(m -> m.claim().casualties().injured().min()).sum()};
  }

  @Test
  void aManWhoSuccumbedToHisInjuriesIsOneOfTheTwoInjured() {
    assertThat(killedAndInjured("Eine Drohne griff ein Auto in Krasnopillja an. Zwei Menschen wurden verletzt. Ein "
        + "58-jähriger Mann erlag seinen Verletzungen.", Language.DE)).containsExactly(1, 1);
    assertThat(killedAndInjured("Russian shelling hit Kherson. Two people were injured. A man later died of his injuries "
        + "in hospital.", Language.EN)).containsExactly(1, 1);
    assertThat(killedAndInjured("Обстріл Херсона. Двоє людей отримали поранення. Чоловік помер від отриманих травм.",
        Language.UK)).containsExactly(1, 1);
  }

  @Test
  void oneOfThemInGermanIsOneOfTheInjured() {
    assertThat(killedAndInjured("Beschuss von Cherson. Drei Menschen wurden verletzt. Einer von ihnen erlag seinen "
        + "Verletzungen.", Language.DE)).containsExactly(1, 2);
  }

  @Test
  void anotherManWhoDiedOfHisInjuriesIsNoneOfThem() {
    assertThat(killedAndInjured("Russian shelling hit Kherson. Two people were injured. Another man died of his injuries in "
        + "hospital.", Language.EN)).containsExactly(1, 2);
  }
}
