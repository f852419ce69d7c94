package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * People who "received help on the spot" were hurt, though no verb of wounding is said: they count
 * as injured, in every language. Sentences written for this test.
 */
class HelpedOnTheSpotIsInjuredTest {
  private static int injured(String text, Language language) {
    List<IncidentMention> ms = ExtractedSentences.mentions(text, language);
    return ms.stream().mapToInt(m -> m.claim().casualties().injured().min()).sum();
  }

  @Test
  void twoPeopleWhoReceivedHelpOnTheSpotAreTwoInjured() {
    assertThat(injured("Російські війська обстріляли Херсон. Двоє людей отримали допомогу на місці.", Language.UK)).isEqualTo(2);
    assertThat(injured("Russian troops shelled Kherson. Two people received help on the spot.", Language.EN)).isEqualTo(2);
    assertThat(injured("Российские войска обстреляли Херсон. Пять человек получили помощь на месте.", Language.RU))
        .isEqualTo(5);
    assertThat(injured("Russische Truppen beschossen Cherson. Zwei Menschen wurden vor Ort versorgt.", Language.DE)).isEqualTo(2);
  }

  @Test
  void helpGivenToThoseCountedBeforeAddsNoOne() {
    assertThat(injured("Російські війська обстріляли Херсон. Поранено трьох людей, двоє з них отримали допомогу на місці.",
        Language.UK)).isEqualTo(3);
  }
}
