package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.claim.SourceChain;
import org.trucewatch.core.observation.CasualtyCount;
import org.trucewatch.formats.gazetteer.Gazetteer;

/**
 * One of the people counted injured who then died (of the injuries, in hospital, "one of them") is
 * one killed and no longer one injured, in all four languages; one who died on the spot, or another
 * person, is not taken from the injured. Sentences written for this test.
 */
class InjuredWhoLaterDiedTest {
  private final ReportExtractor extractor = new ReportExtractor(Gazetteer.bundled());

  private IncidentMention only(String text) {
    List<IncidentMention> ms = ExtractedSentences.mentions(text);
    assertThat(ms).hasSize(1);
    return ms.get(0);
  }

  private static void killedAndInjured(IncidentMention m, int killed, CasualtyCount injured) {
    assertThat(m.claim().casualties().killed()).isEqualTo(CasualtyCount.exactly(killed));
    assertThat(m.claim().casualties().injured()).isEqualTo(injured);
  }

  @Test
  void oneOfTheInjuredDiedInHospital() {
    killedAndInjured(only("Russian drones struck Kherson. Two men were wounded. One of the men later died in hospital."), 1,
        CasualtyCount.exactly(1));
    killedAndInjured(only("Russische Drohnen griffen Cherson an. Zwei Männer wurden verletzt. Einer der Männer starb später im "
        + "Krankenhaus."), 1, CasualtyCount.exactly(1));
    killedAndInjured(only("При обстреле Херсона ранены двое мужчин. Один из мужчин позже скончался в больнице."), 1,
        CasualtyCount.exactly(1));
    killedAndInjured(only("Під час обстрілу Херсона поранено двох жінок. Одна з жінок померла у лікарні."), 1,
        CasualtyCount.exactly(1));
  }

  @Test
  void oneOfWhomDiedWhileAnotherDeathIsCounted() {
    List<IncidentMention> ms = extractor.extract(new ReportText("Під час обстрілу Херсона загинув чоловік. У Білозерці дрон "
        + "поранив двох людей, з яких один, 60-річний чоловік, помер від травм.", Optional.empty(),
        Instant.parse("2024-06-01T09:00:00Z"), Duration.ZERO, SourceChain.UNNAMED, Optional.empty())).mentions();
    assertThat(ms).hasSize(2);
    assertThat(ms).allSatisfy(m -> assertThat(m.claim().casualties().injured()).isNotEqualTo(CasualtyCount.exactly(2)));
    assertThat(ms).anySatisfy(m -> assertThat(m.claim().casualties().injured()).isEqualTo(CasualtyCount.exactly(1)));
  }

  @Test
  void theInjuredOneDiedInHospitalOrOfTheInjuries() {
    killedAndInjured(only("Обстрел Херсона. Ранение получила женщина, умершая в больнице."), 1, CasualtyCount.UNKNOWN);
    killedAndInjured(only("Shelling of Kherson wounded a 50-year-old man. He died in hospital from his injuries."), 1,
        CasualtyCount.UNKNOWN);
  }

  @Test
  void diedOnTheSpotIsNotOneOfTheInjured() {
    killedAndInjured(only("При обстреле Херсона ранены двое мужчин. От полученных травм пожилая женщина скончалась на месте."),
        1, CasualtyCount.exactly(2));
  }
}
