package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A town under 50,000 that an attack verb takes as its object past the weapon ({@link AttackWithInstrument}). */
class AttackWithInstrumentTest {
  private List<String> places(String text) {
    return ExtractedSentences.mentions(text).stream()
        .flatMap(m -> m.place().stream()).map(p -> p.name()).distinct().sorted().toList();
  }

  @Test
  void russianArtilleryBetweenTheVerbAndTheTown() {
    assertThat(places("Вечером ВСУ обстреляли из артиллерии Станицу Луганскую, ранены два человека.")).contains("Stanytsya-Luhanska");
  }

  @Test
  void ukrainianDroneBetweenTheVerbAndTheVillage() {
    assertThat(places("Окупанти атакували з дрона Кізомис, поранено чоловіка.")).contains("Kizomys");
  }

  @Test
  void theSideTheFireCameFromIsNoWeapon() {
    String text = "обстреляли со стороны Веселой";
    assertThat(AttackWithInstrument.before(Token.of(text, 0, text.length()), 3, k -> k == 0)).isFalse();
  }

  @Test
  void aWeaponOfSeveralWords() {
    String text = "обстріляли з реактивних систем залпового вогню Білозерку";
    List<Token> tokens = Token.of(text, 0, text.length());
    assertThat(AttackWithInstrument.before(tokens, 6, k -> k == 0)).isTrue();
  }

  @Test
  void ukrainianFireInTheInstrumentalBetweenTheVerbAndTheVillage() {
    // uk-x03
    assertThat(places("30 липня окупанти накрили артилерійським вогнем Чорнобаївку. Постраждав чоловік.")).contains("Chornobaivka");
  }

  @Test
  void aDroneInTheInstrumentalAfterAHyphenatedName() {
    // uk-l29
    String text = "ворог атакував FPV-дронами Очаків";
    List<Token> tokens = Token.of(text, 0, text.length());
    int name = tokens.size() - 1;
    assertThat(AttackWithInstrument.before(tokens, name, k -> k == 1)).isTrue();
  }

  @Test
  void aVerbTheAttackWordsDoNotHoldTakesNoObject() {
    // uk-q01: "вкрила вогнем Дар’ївку" ("вкрила" is no attack word; the village's namesake is not known here)
    String text = "армія РФ вкрила вогнем Дар’ївку";
    List<Token> tokens = Token.of(text, 0, text.length());
    assertThat(AttackWithInstrument.before(tokens, tokens.size() - 1, k -> false)).isFalse();
  }

  @Test
  void fireNotInTheInstrumentalIsNoWeapon() {
    String text = "обстріляли вогонь Дар’ївку";
    List<Token> tokens = Token.of(text, 0, text.length());
    assertThat(AttackWithInstrument.before(tokens, 2, k -> k == 0)).isFalse();
  }
}
