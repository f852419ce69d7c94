package org.trucewatch.core.thermal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class SiteActivityBaselineTest {
  private static final Set<Integer> YEARS = Set.of(2012, 2013, 2016, 2018, 2019, 2020, 2021);

  /** Two detections every fourth day of every January and February of the years: a winter flare. */
  private static TreeMap<LocalDate, Integer> winterFlare() {
    TreeMap<LocalDate, Integer> counts = new TreeMap<>();
    for (int year : YEARS) {
      for (LocalDate d = LocalDate.of(year, 1, 1); d.getMonthValue() <= 2; d = d.plusDays(4)) {
        counts.put(d, 2);
      }
    }
    return counts;
  }

  @Test
  void boundsAFlaringSiteInItsSeasonAndAQuietSiteAtZero() {
    SiteActivityBaseline b = SiteActivityBaseline.of(Set.of("p/quiet", "p/flare"), Map.of("p/flare", winterFlare()), YEARS, 0);

    assertThat(b.bound("p/flare", LocalDate.of(2022, 1, 20))).isEqualTo(2);
    assertThat(b.bound("p/flare", LocalDate.of(2022, 7, 20))).isZero();
    assertThat(b.bound("p/quiet", LocalDate.of(2022, 1, 20))).isZero();
    assertThat(b.bound("p/elsewhere", LocalDate.of(2022, 1, 20))).isEqualTo(-1);
  }

  @Test
  void countsADayAboveOnlyBeyondTheBoundAndTheOffset() {
    SiteActivityBaseline noOffset = SiteActivityBaseline.of(Set.of("p/flare"), Map.of("p/flare", winterFlare()), YEARS, 0);
    SiteActivityBaseline offsetTwo = SiteActivityBaseline.of(Set.of("p/flare"), Map.of("p/flare", winterFlare()), YEARS, 2);
    LocalDate winter = LocalDate.of(2023, 1, 10);

    assertThat(noOffset.above("p/flare", winter, 2)).isFalse();
    assertThat(noOffset.above("p/flare", winter, 3)).isTrue();
    assertThat(offsetTwo.above("p/flare", winter, 4)).isFalse();
    assertThat(offsetTwo.above("p/flare", winter, 5)).isTrue();
    assertThat(noOffset.above("p/flare", LocalDate.of(2023, 7, 10), 1)).isTrue();
  }

  @Test
  void rareDetectionsBelowOneDayInTwentyLeaveTheBoundAtZero() {
    TreeMap<LocalDate, Integer> rare = new TreeMap<>();
    for (int year : YEARS) {
      rare.put(LocalDate.of(year, 3, 15), 7); // one busy day a year: 7 of 217 days in the window
    }
    SiteActivityBaseline b = SiteActivityBaseline.of(Set.of("p/s"), Map.of("p/s", rare), YEARS, 0);

    assertThat(b.bound("p/s", LocalDate.of(2022, 3, 15))).isZero();
  }

  @Test
  void refusesCountsOutsideTheBaselineYearsAndNegativeOffsets() {
    assertThatThrownBy(() -> SiteActivityBaseline.of(Set.of("p/s"), Map.of("p/s", Map.of(LocalDate.of(2022, 1, 1), 1)), YEARS, 0))
        .hasMessageContaining("p/s on 2022-01-01 lies outside the baseline years");
    assertThatThrownBy(() -> SiteActivityBaseline.of(Set.of("p/s"), Map.of(), YEARS, -1))
        .hasMessageContaining("offset must be zero or more");
    assertThatThrownBy(() -> SiteActivityBaseline.of(Set.of("p/s"), Map.of(), Set.of(), 0))
        .hasMessageContaining("at least one year");
  }
}
