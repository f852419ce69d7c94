package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.claim.TextSpan;
import org.trucewatch.core.observation.CasualtyCount;

/**
 * "Четверо" (four people) and "четверых" begin with "четвер"/"четверг" (Thursday) but name no day:
 * a weekday is matched as a whole word in its case forms ("у четвер", "в четверг", "до четверга").
 * Sentences written for this test after regional governors' posts, published on Sunday 1 June 2025,
 * 12:00 Kyiv time ({@link ExtractedSentences#PUBLISHED}).
 */
class AWeekdayIsAWholeWordNotTheStartOfOneTest {
  /** Nothing said of the time: the half day before publication. */
  private static final Instant UNSAID = ExtractedSentences.PUBLISHED.minus(Duration.ofHours(12));
  /** Thursday 29 May 2025, noon in Kyiv (UTC+3). */
  private static final Instant THURSDAY_NOON = Instant.parse("2025-05-29T09:00:00Z");

  private static IncidentMention only(String text, Language language) {
    List<IncidentMention> ms = ExtractedSentences.mentions(text, language);
    assertThat(ms).hasSize(1);
    return ms.get(0);
  }

  private static List<String> timeWords(IncidentMention m) {
    return m.claim().spans().getOrDefault("time", List.of()).stream().map(TextSpan::text).toList();
  }

  @Test
  void fourWoundedInUkrainianIsNoThursday() {
    IncidentMention m = only("Внаслідок обстрілу Куп'янська четверо поранених, серед них дитина.", Language.UK);
    assertThat(m.claim().casualties().injured()).isEqualTo(CasualtyCount.exactly(4));
    assertThat(timeWords(m)).isEmpty();
    assertThat(m.claim().eventTime()).isEqualTo(UNSAID);
  }

  @Test
  void fourWoundedInRussianIsNoThursday() {
    IncidentMention m = only("Удар дрона по Белгороду ранил четверых мирных жителей.", Language.RU);
    assertThat(m.claim().casualties().injured()).isEqualTo(CasualtyCount.exactly(4));
    assertThat(timeWords(m)).isEmpty();
    assertThat(m.claim().eventTime()).isEqualTo(UNSAID);
  }

  @Test
  void onThursdayInUkrainianIsLastThursdayBesideFourWounded() {
    IncidentMention m = only("У четвер російський дрон атакував Харків, поранено четверо людей.", Language.UK);
    assertThat(timeWords(m)).containsExactly("четвер");
    assertThat(m.claim().eventTime()).isEqualTo(THURSDAY_NOON);
    assertThat(m.claim().casualties().injured()).isEqualTo(CasualtyCount.exactly(4));
  }

  @Test
  void theNightIntoThursdayInUkrainianTakesTheGenitive() {
    IncidentMention m = only("У ніч проти четверга росіяни атакували Одесу дронами, поранено двох людей.", Language.UK);
    assertThat(timeWords(m)).containsExactly("ніч", "четверга");
    assertThat(m.claim().eventTime()).isEqualTo(Instant.parse("2025-05-28T23:00:00Z")); // 02:00 in Kyiv
  }

  @Test
  void onThursdayInRussianIsLastThursday() {
    IncidentMention m = only("В четверг ВСУ обстреляли Горловку, погиб один человек, ранены четверо.", Language.RU);
    assertThat(timeWords(m)).containsExactly("четверг");
    assertThat(m.claim().eventTime()).isEqualTo(THURSDAY_NOON);
    assertThat(m.claim().casualties().killed()).isEqualTo(CasualtyCount.exactly(1));
  }

  @Test
  void saturdayAndSundayInTheirCaseFormsAreStillDays() {
    IncidentMention uk = only("У суботу ввечері дрон влучив у будинок у Сумах, загинула жінка.", Language.UK);
    assertThat(timeWords(uk)).containsExactly("суботу", "ввечері");
    assertThat(uk.claim().eventTime()).isEqualTo(Instant.parse("2025-05-31T17:00:00Z")); // Saturday, 20:00 in Kyiv
    IncidentMention ru = only("В воскресенье утром беспилотник атаковал Курск, пострадали двое.", Language.RU);
    assertThat(timeWords(ru)).containsExactly("воскресенье", "утром");
    assertThat(ru.claim().eventTime()).isEqualTo(Instant.parse("2025-06-01T06:00:00Z")); // Sunday, 09:00 in Kyiv
  }
}
