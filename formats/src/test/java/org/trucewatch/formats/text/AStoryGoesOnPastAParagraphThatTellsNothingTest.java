package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A paragraph that tells no incident and has no casualty word (who said it, what was hit) between
 * the attack and its figures does not end the story: the figures after it are the attack's.
 * Sentences written for this test.
 */
class AStoryGoesOnPastAParagraphThatTellsNothingTest {
  private static int killed(List<IncidentMention> ms) {
    return ms.stream().mapToInt(m -> m.claim().casualties().killed().min()).sum();
  }

  private static int injured(List<IncidentMention> ms) {
    return ms.stream().mapToInt(m -> m.claim().casualties().injured().min()).sum();
  }

  @Test
  void figuresAfterASpeakersParagraphAreTheAttacks() {
    List<IncidentMention> ms = ExtractedSentences.mentions("A Russian missile struck a warehouse in Kremenchuk overnight.\n\n"
        + "The head of the regional administration spoke about the damage to the warehouse.\n\n"
        + "As of the morning, there were reports of four injured people and one fatality.", Language.EN);
    assertThat(killed(ms)).isEqualTo(1);
    assertThat(injured(ms)).isEqualTo(4);
  }

  @Test
  void figuresAfterAnAttributionAreTheAttacks() {
    List<IncidentMention> ms = ExtractedSentences.mentions("Окупанти обстріляли Нікополь з артилерії.\n\n"
        + "Про це в Телеграмі повідомив начальник обласної військової адміністрації.\n\n"
        + "\"Загинув 58-річний чоловік. Ще одного постраждалого, 61-річну жінку, доставили до лікарні\", - написав він.",
        Language.UK);
    assertThat(killed(ms)).isEqualTo(1);
    assertThat(injured(ms)).isEqualTo(1);
  }

  @Test
  void aParagraphWithACasualtyWordOfItsOwnStillEndsTheStory() {
    // the losses of a political paragraph after it are no incident
    List<IncidentMention> ms = ExtractedSentences.mentions("A drone hit a house in Sumy.\n\n"
        + "The minister recalled the wounded soldiers of last winter.\n\n"
        + "Since then 300 people have been injured across the country, she said.", Language.EN);
    assertThat(injured(ms)).isZero();
  }
}
