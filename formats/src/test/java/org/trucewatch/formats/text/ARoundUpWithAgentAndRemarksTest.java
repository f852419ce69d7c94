package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.formats.gazetteer.Place;

/**
 * A Russian or Ukrainian round-up whose opening names the fire's agent or says "also" ("обстрелам ВС РФ подверглись
 * Боровая и Купянск", "обстрілів зазнали також ..."), and whose places each carry a remark in brackets ("Шестаково
 * (госпитализированы двое), Волчанск (пострадал мужчина)"): every place of it is under fire. Sentences written for
 * this test.
 */
class ARoundUpWithAgentAndRemarksTest {
  @Test
  void theAgentBetweenTheFireAndItsVerb() {
    // no figure: both places of the round-up are under fire (a figure would go to the nearer one alone)
    assertThat(places("Ночью обстрелам ВС РФ подверглись Боровая и Купянск.", Language.RU)).contains("Kupyansk").hasSize(2);
  }

  @Test
  void alsoAfterTheVerbAndRemarksAfterThePlaces() {
    assertThat(places("За сутки вражеским обстрелам подверглись также Шестаково (госпитализированы двое жителей, "
        + "повреждена техника), Волчанск (пострадал 60-летний мужчина, возник пожар).", Language.RU))
        .containsExactlyInAnyOrder("Shestakove", "Vovchansk");
  }

  @Test
  void aUkrainianRoundUpWithAlso() {
    assertThat(places("Вчора обстрілів зазнали також Вовчанськ (поранено 50-річного чоловіка), Шестакове (поранено двох "
        + "жінок).", Language.UK)).containsExactlyInAnyOrder("Vovchansk", "Shestakove");
  }

  private static List<String> places(String text, Language language) {
    return ExtractedSentences.mentions(text, language).stream().flatMap(m -> m.place().stream()).map(Place::name)
        .distinct().toList();
  }
}
