package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Persons each written with a year of birth and joined by "and" are one each: "женщина 1961 года
 * рождения и мужчина 1960 года рождения" are two, and a person joined to a list of ages ("мужчины
 * 1978 и 1987 года рождения и женщина 1983 года рождения") one more than the list. Sentences
 * written for this test.
 */
class PersonsWithTheirYearsOfBirthJoinedByAndAreEachOneTest {
  private static int injured(String text, Language language) {
    List<IncidentMention> ms = ExtractedSentences.mentions(text, language);
    return ms.stream().mapToInt(m -> m.claim().casualties().injured().min()).sum();
  }

  @Test
  void aWomanBornIn1961AndAManBornIn1960AreTwoInjured() {
    assertThat(injured("Беспилотник атаковал дом в Энергодаре, в результате чего женщина 1961 года рождения и мужчина "
        + "1960 года рождения получили осколочные ранения.", Language.RU)).isEqualTo(2);
    assertThat(injured("В результате удара по Энергодару осколочные ранения получили женщина 1961 года рождения и мужчина "
        + "1960 года рождения.", Language.RU)).isEqualTo(2);
    assertThat(injured("Унаслідок обстрілу Херсона поранені жінка 1961 року народження та чоловік 1960 року народження.",
        Language.UK)).isEqualTo(2);
  }

  @Test
  void twoMenWithTheirYearsAndAWomanWithHersAreThree() {
    assertThat(injured("Противник обстрелял рынок в Каховке. Ранения получили мужчины 1978 и 1987 года рождения и женщина "
        + "1983 года рождения.", Language.RU)).isEqualTo(3);
  }

  @Test
  void aListOfAgesWithNoOneJoinedAfterItCountsItsAges() {
    assertThat(injured("Противник обстрелял рынок в Каховке. Ранения получили мужчины 1978 и 1987 года рождения.", Language.RU))
        .isEqualTo(2);
  }
}
