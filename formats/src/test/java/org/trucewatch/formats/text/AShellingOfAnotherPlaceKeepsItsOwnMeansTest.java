package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A mention's means is the one named in its own sentence: a shelling of one place beside a
 * missile strike on another gives both means, while a shelling of the place a KAB, a HIMARS or a
 * drone struck is that weapon's. Sentences from the development set (ids in the tests).
 */
class AShellingOfAnotherPlaceKeepsItsOwnMeansTest {
  @Test
  void aShellingOfAnotherVillageBesideAMissileStrikeIsArtillery() {
    // uk-k23
    List<IncidentMention> ms = ExtractedSentences.mentions("Російська армія завдала ракетного удару, попередньо ракетою "
        + "«Іскандер», по селищу Ківшарівка Куп'янського району. Про це повідомив голова Харківської ОВА Олег Синєгубов.\n"
        + "«Поранення зазнали три літні жінки: 73-х, 85-ти та 90 років. В селищі пошкоджено будівлю гуртожитку», — написав він.\n"
        + "Також, за словами Синєгубова, війська РФ обстріляли село Глушківка Куп'янського району, осколкові поранення "
        + "отримала 60-річна жінка.", Language.UK);
    assertThat(ExtractedSentences.means(ms)).containsExactly("artillery", "missile");
  }

  @Test
  void theShellingOfTheVillageAKabStruckIsTheKabs() {
    // uk-h05
    List<IncidentMention> ms = ExtractedSentences.mentions("Попередньо, ворог ударив КАБом по с. Шестакове. Внаслідок "
        + "обстрілу один чоловік загинув, його дані уточнюються. Дві жінки — 61 і 52 років — зазнали травм.", Language.UK);
    assertThat(ExtractedSentences.means(ms)).containsExactly("glide-bomb");
  }

  @Test
  void theRocketsOfANamedLauncherAreNoMissile() {
    // ru-t20
    List<IncidentMention> ms = ExtractedSentences.mentions("Указано, что боевики обстреляли город Алчевск из американских "
        + "реактивных систем залпового огня (РСЗО) HIMARS. Всего они выпустили две ракеты по Алчевску, погибли два "
        + "мирных жителя.", Language.RU);
    assertThat(ExtractedSentences.means(ms)).doesNotContain("missile");
  }

  @Test
  void aGermanRocketLauncherIsNoMissile() {
    // de-036
    List<IncidentMention> ms = ExtractedSentences.mentions("Wie berichtet, habe der Feind in der Nacht mit "
        + "Raketenwerfern Kuschuhum beschossen. Ein Mann kam ums Leben.", Language.DE);
    assertThat(ExtractedSentences.means(ms)).containsExactly("rocket-launcher");
    assertThat(ms.get(0).claim().means()).isEqualTo(Optional.of("rocket-launcher"));
  }
}
