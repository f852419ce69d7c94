package org.trucewatch.formats.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Case forms of the words of multi-word names, and the seats that communities' adjectives name. */
class CyrillicDeclensionTest {
  @Test
  void declinesEachWordOfAMultiWordName() {
    assertThat(CyrillicDeclension.wordForms("Кривий", true)).contains("кривому", "кривого");
    assertThat(CyrillicDeclension.wordForms("Ріг", false)).contains("розі", "рогу");
    assertThat(CyrillicDeclension.wordForms("Часів", true)).contains("часового", "часовому");
    assertThat(CyrillicDeclension.wordForms("Яр", false)).contains("яру", "ярі", "яре");
    assertThat(CyrillicDeclension.wordForms("Велика", true)).contains("великої", "великій");
    assertThat(CyrillicDeclension.wordForms("Кривой", true)).contains("кривом");
  }

  @Test
  void aTownInEtsLosesItsVowelWhenInflected() {
    // uk-f03 "здійснили обстріл Марганця", "У Марганці ... загинув"; ru-t06 "ударила дроном по Марганцу", "в Марганце"
    assertThat(CyrillicDeclension.forms("Марганець")).contains("марганця", "марганці", "марганцю", "марганцем");
    assertThat(CyrillicDeclension.forms("Марганец")).contains("марганца", "марганцу", "марганце", "марганцем");
  }

  @Test
  void aShortWordAloneStaysUndeclined() {
    // two-letter names decline only inside a longer name, where they cannot match a common word alone
    assertThat(CyrillicDeclension.forms("Яр")).containsExactly("яр");
  }

  @Test
  void aCommunitysAdjectiveNamesItsSeat() {
    assertThat(CyrillicDeclension.communitySeats("Андріяшівській")).contains("андріяшівка");
    assertThat(CyrillicDeclension.communitySeats("Очеретинська")).contains("очеретине");
    assertThat(CyrillicDeclension.communitySeats("Сумської")).contains("суми");
    assertThat(CyrillicDeclension.communitySeats("Ямпільська")).contains("ямпіль");
    assertThat(CyrillicDeclension.communitySeats("Марганецькій")).contains("марганець");
    assertThat(CyrillicDeclension.communitySeats("Покровську")).contains("покровськ", "покровське");
    assertThat(CyrillicDeclension.communitySeats("Милівської")).contains("милове");
    assertThat(CyrillicDeclension.communitySeats("Білопільська")).contains("білопілля");
    assertThat(CyrillicDeclension.communitySeats("Шосткинській")).contains("шостка");
    assertThat(CyrillicDeclension.communitySeats("Середино-Будській")).contains("середина буда");
    assertThat(CyrillicDeclension.communitySeats("Андреевской")).contains("андреевка");
  }

  @Test
  void aWordThatIsNoSuchAdjectiveNamesNoSeat() {
    assertThat(CyrillicDeclension.communitySeats("Харкові")).isEmpty();
    assertThat(CyrillicDeclension.communitySeats("громада")).isEmpty();
  }

  @Test
  void theGazetteerFindsInflectedMultiWordNamesAndCommunitySeats() {
    Gazetteer g = Gazetteer.bundled();
    assertThat(g.byInflectedWords(List.of("Кривому", "Розі"))).first().extracting(Place::geonameId).isEqualTo(703845L);
    assertThat(g.byInflectedWords(List.of("Часовому", "Яру"))).extracting(Place::geonameId).contains(710915L);
    assertThat(g.byInflectedWords(List.of("Голой", "Пристани"))).extracting(Place::geonameId).contains(708632L);
    assertThat(g.byInflectedWords(List.of("Каменке", "Днепровской"))).isNotEmpty();
    assertThat(g.byInflectedWords(List.of("Павло", "Кириленко"))).isEmpty();
    assertThat(g.byCommunityAdjective("Сумській")).first().extracting(Place::geonameId).isEqualTo(692194L);
    assertThat(g.byCommunityAdjective("Шосткинської")).first().extracting(Place::geonameId).isEqualTo(693942L);
  }
}
