package org.trucewatch.formats.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A neuter name in -е that is no adjective declines as a soft noun (поле : полю): "по Гуляйполю" is
 * the town Гуляйполе, not only the village Гуляйполь that the form also fits.
 */
class SoftNeuterNounFormsTest {
  @Test
  void aSoftNeuterNounGetsItsDativeAndGenitive() {
    assertThat(CyrillicDeclension.forms("Гуляйполе")).contains("гуляйполю", "гуляйполя", "гуляйполі", "гуляйполем");
  }

  @Test
  void theDativeFindsTheTown() {
    assertThat(Gazetteer.bundled().byInflectedWord("Гуляйполю"))
        .anySatisfy(p -> assertThat(p.region()).isEqualTo("UA-23"));
  }

  @Test
  void adjectivalNeutersKeepTheirAdjectiveForms() {
    assertThat(CyrillicDeclension.forms("Очеретине")).contains("очеретиному").doesNotContain("очеретиню");
  }
}
