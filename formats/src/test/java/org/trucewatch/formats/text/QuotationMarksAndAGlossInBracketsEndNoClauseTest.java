package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.observation.Casualties;
import org.trucewatch.core.observation.CasualtyCount;

/**
 * Quotation marks around some words of a clause and a short gloss in brackets end no clause: the
 * person before them and the verb after them are one figure. Sentences written for this test.
 */
class QuotationMarksAndAGlossInBracketsEndNoClauseTest {
  private static Casualties casualties(String text, Language language) {
    List<IncidentMention> ms = ExtractedSentences.mentions(text, language);
    assertThat(ms).hasSize(1);
    return ms.get(0).claim().casualties();
  }

  @Test
  void aQuotedVerbPhraseIsTheNumbersOwn() {
    Casualties c = casualties("Bei dem Beschuss von Horliwka seien zwei Menschen getötet worden. Vier weitere Anwohner hätten "
        + "\u201eschwere Verletzungen erlitten\u201c, sagte der Bürgermeister.", Language.DE);
    assertThat(c.killed()).isEqualTo(CasualtyCount.exactly(2));
    assertThat(c.injured()).isEqualTo(CasualtyCount.exactly(4));
  }

  @Test
  void aGlossInBracketsBetweenThePersonAndTheVerb() {
    assertThat(casualties("Nach dem Beschuss ist eine Frau in der Stadt Makijiwka im Gebiet Donezk (DVR) ums Leben gekommen.",
        Language.DE).killed()).isEqualTo(CasualtyCount.exactly(1));
  }

  @Test
  void quotationMarksAroundTheVerbInEnglish() {
    // (read as four more killed when the quotation mark ended the clause)
    Casualties c = casualties("In Kherson two people were killed and four residents were \"seriously injured\" by the shelling.",
        Language.EN);
    assertThat(c.killed()).isEqualTo(CasualtyCount.exactly(2));
    assertThat(c.injured()).isEqualTo(CasualtyCount.exactly(4));
  }
}
