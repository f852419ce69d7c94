package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * Ukrainian and Russian say "постраждали"/"пострадали" of vehicles as of people: "постраждали три автівки" counts cars,
 * not the hurt, while the people told beside them still count. Sentences written for this test.
 */
class VehiclesHitAreNoCountOfTheHurtTest {
  private static OptionalInt injured(String text, Language language) {
    return ExtractedSentences.injuredTold(ExtractedSentences.mentions(text, language));
  }

  @Test
  void vehiclesHitInUkrainianAreNoCountOfTheHurt() {
    assertThat(injured("Унаслідок удару дрона по Ізюму постраждали чотири легкові автівки. Поранено двох чоловіків.",
        Language.UK)).hasValue(2);
  }

  @Test
  void vehiclesHitInRussianAreNoCountOfTheHurt() {
    assertThat(injured("При обстреле Васильевки пострадало три гражданских автомобиля. Ранения получила женщина.",
        Language.RU)).hasValue(1);
  }
}
