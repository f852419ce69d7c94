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
}
