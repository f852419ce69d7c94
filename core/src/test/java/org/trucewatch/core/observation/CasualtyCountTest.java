package org.trucewatch.core.observation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class CasualtyCountTest {
  @Test
  void twoExactFiguresOfOtherPeopleAddUp() {
    assertThat(CasualtyCount.exactly(7).plus(CasualtyCount.exactly(6))).isEqualTo(CasualtyCount.exactly(13));
  }

  @Test
  void anOpenFigureLeavesTheSumOpen() {
    assertThat(CasualtyCount.atLeast(5).plus(CasualtyCount.exactly(2))).isEqualTo(CasualtyCount.atLeast(7));
    assertThat(new CasualtyCount(18, OptionalInt.of(22)).plus(CasualtyCount.exactly(1)))
        .isEqualTo(new CasualtyCount(19, OptionalInt.of(23)));
  }

  @Test
  void addingOtherPeopleIsNotCombiningTwoReportsOfTheSamePeople() {
    assertThat(CasualtyCount.exactly(4).combine(CasualtyCount.exactly(3))).isEqualTo(CasualtyCount.exactly(4));
    assertThat(CasualtyCount.exactly(4).plus(CasualtyCount.exactly(3))).isEqualTo(CasualtyCount.exactly(7));
  }
}
