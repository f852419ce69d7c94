package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * A point of reference's direction ("89km south of Donetsk", "30 км к юго-западу от Донецка", "südwestlich von
 * Donezk") with its distance says where a village lies: of two namesakes about as far from the city, the one in that
 * direction is meant. Sentences written for this test.
 */
class TheDirectionOfAReferenceTest {
  @Test
  void theVillageSouthOfTheCityNotTheOneAsFarSouthWest() {
    // Roza of Donetsk Oblast lies about 93 km south of Donetsk, a Roza of Zaporizhzhia Oblast about 90 km south-west
    assertThat(ExtractedSentences.mentions("A woman was injured by shelling in Roza (non-government-controlled, 89km "
        + "south of Donetsk) on 6 September.", Language.EN).stream().flatMap(m -> m.place().stream())
        .map(p -> p.region())).containsOnly("UA-14");
  }

  @Test
  void bearingsInFourLanguages() {
    assertThat(bearing("89 km south of")).hasValue(180);
    assertThat(bearing("15km north-west of")).hasValue(315);
    assertThat(bearing("30 км к юго-западу от")).hasValue(225);
    assertThat(bearing("20 км на південний схід від")).hasValue(135);
    assertThat(bearing("10 km nordöstlich von")).hasValue(45);
    assertThat(bearing("10 km entfernt von")).isEmpty();
  }

  /** The bearing of the words after the number and before the final "of". */
  private static OptionalDouble bearing(String words) {
    List<Token> tokens = Token.of(words, 0, words.length());
    return CompassBearing.between(tokens, 1, tokens.size() - 1);
  }
}
