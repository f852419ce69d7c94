package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Communities are placed at their seats in every shape the press gives them: a seat whose name is
 * an adjective (Новгород-Сіверська : Новгород-Сіверський) or in -ова (Межівська : Межова), a list of
 * communities closed by a plural "громадах"/"общинам" without "and" or joined by "а також", and a seat
 * among namesakes chosen near the places listed with it, not the largest. Sentences written for this test.
 */
class CommunitySeatsTest {
  private static final long NIKOPOL = 700051;
  private static final long MARHANETS = 701855;
  private static final long POKROVSK = 704422;


  private List<String> places(String text, Language language) {
    return ExtractedSentences.mentions(text, language).stream()
        .filter(m -> m.place().isPresent()).map(m -> m.place().get().geonameId() + " " + m.place().get().lat()).toList();
  }

  private static List<Long> ids(List<String> places) {
    return places.stream().map(p -> Long.parseLong(p.substring(0, p.indexOf(' ')))).toList();
  }

  @Test
  void aListClosedByThePluralCommunityWordNamesEverySeat() {
    List<Long> uk = ids(places("Ворог обстріляв з артилерії Нікополь, Марганецьку, Покровську громади.", Language.UK));
    assertThat(uk).contains(NIKOPOL, MARHANETS).doesNotContain(POKROVSK).hasSize(3);
    List<Long> ru = ids(places("Противник обстрелял из артиллерии Никополь, Марганецкую, Покровскую общины.", Language.RU));
    assertThat(ru).contains(NIKOPOL, MARHANETS).doesNotContain(POKROVSK).hasSize(3);
  }

  @Test
  void aSeatAmongNamesakesIsTheOneNearThePlacesListedWithIt() {
    // Pokrovsk (Donetsk Oblast) lies at 48.3 N; the seats near Nikopol at 47.5-47.7 N
    for (String p : places("Ворог обстріляв з артилерії Нікополь, Марганецьку, Покровську громади.", Language.UK)) {
      assertThat(Double.parseDouble(p.substring(p.indexOf(' ') + 1))).isLessThan(47.8);
    }
  }

  @Test
  void andAlsoJoinsAList() {
    assertThat(ids(places("Ворог обстріляв з артилерії Нікополь, а також Марганецьку громаду.", Language.UK)))
        .contains(NIKOPOL, MARHANETS);
    assertThat(ids(places("Противник обстрелял из артиллерии Никополь, а также Марганецкую общину.", Language.RU)))
        .contains(NIKOPOL, MARHANETS);
  }

  @Test
  void aSeatNamedByAnAdjectiveOrInOva() {
    assertThat(ids(places("Дрон атакував село у Новгород-Сіверській громаді, поранено чоловіка.", Language.UK)))
        .containsExactly(699753L);
    assertThat(ids(places("Ворог обстріляв з артилерії Межівську громаду, поранено жінку.", Language.UK)))
        .containsExactly(701305L);
  }
}
