package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.formats.text.ExtractedSentences.injured;
import static org.trucewatch.formats.text.ExtractedSentences.killed;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A total told after the people it counts, naming no children of its own, holds the children each of
 * those parts names, added up.
 */
class ATotalHoldsTheChildrenOfEachEarlierPartTest {
  @Test
  void aTownsTotalHoldsTheTeenagersOfBothEarlierParagraphs() {
    // uk-x31
    List<IncidentMention> ms = ExtractedSentences.mentions("Уранці 24 жовтня російські війська атакували Херсон із "
        + "реактивної системи залпового вогню, внаслідок чого є загиблі й постраждалі – кількість зростає.\n\n"
        + "Близько 07:30 окупанти обстріляли Корабельний район міста. Під удар потрапив 16-річний підліток. Він дістав "
        + "мінно-вибухову травму, струс головного мозку, а також уламкові поранення тулуба й обличчя.\n\n"
        + "Пізніше стало відомо про ще двох постраждалих підлітків – дівчат 15 і 17 років.\n\n"
        + "Загалом у Херсоні постраждали 14 людей. Загинули дві жінки.", Language.UK);
    assertThat(killed(ms)).isEqualTo(2);
    assertThat(injured(ms)).isEqualTo(14);
    assertThat(ExtractedSentences.counted(ms).stream().mapToInt(m -> m.claim().casualties().minors().min()).sum()).isEqualTo(3);
  }
}
