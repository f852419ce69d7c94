package org.trucewatch.core.thermal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each rule of the war-fire method on constructed cell histories, firing and not at its threshold. */
class WarFireClassifierTest {
  private static final WarFireParameters P = WarFireParameters.DEFAULTS;
  private static final WarFireClassifier CLASSIFIER = new WarFireClassifier(P);
  /** The cell under test: 50.0-50.1 N, 30.0-30.1 E. */
  private static final double LAT = 50.05;
  private static final double LON = 30.05;

  private static long day(String iso) {
    return LocalDate.parse(iso).toEpochDay();
  }

  private static void add(List<DatedFire> fires, String date, int count) {
    for (int i = 0; i < count; i++) {
      // spread within the cell; all stay inside 50.0-50.1, 30.0-30.1
      fires.add(new DatedFire(LAT + i * 0.001, LON + i * 0.001, day(date)));
    }
  }

  /** Four whole archive years, 2018-2021, held open by one detection far away on each year's first and last day. */
  private static List<DatedFire> archiveYears() {
    List<DatedFire> a = new ArrayList<>();
    for (int y = 2018; y <= 2021; y++) {
      a.add(new DatedFire(45.05, 25.05, LocalDate.of(y, 1, 1).toEpochDay()));
      a.add(new DatedFire(45.05, 25.05, LocalDate.of(y, 12, 31).toEpochDay()));
    }
    return a;
  }

  /** An archive in which the cell had two detections on {@code k} days around 30 June. */
  private static ArchiveBaseline archiveWithBusyJuneDays(int k) {
    List<DatedFire> a = archiveYears();
    for (int i = 0; i < k; i++) {
      add(a, LocalDate.of(2018 + i % 4, 6, 20 + i / 4).toString(), 2);
    }
    return ArchiveBaseline.of(a, P);
  }

  private static List<FireClass> classify(List<DatedFire> fires, ArchiveBaseline archive) {
    return CLASSIFIER.classify(fires, Optional.of(archive));
  }

  @Test
  void probabilityIsTheShareOfSeasonalCellDaysReachingTheCountCountingTheDayItself() {
    // 4 years x 31 days (15 either side of 30 June) = 124 sample cell-days, 5 of them with 2 fires
    ArchiveBaseline archive = archiveWithBusyJuneDays(5);
    FireCell cell = P.cellOf(new DatedFire(LAT, LON, 0));
    assertThat(archive.excessP(cell, day("2022-06-30"), 2)).isEqualTo(6.0 / 125);
    assertThat(archive.excessP(cell, day("2022-06-30"), 3)).isEqualTo(1.0 / 125);
    assertThat(archive.excessP(cell, day("2022-06-30"), 1)).isEqualTo(6.0 / 125);
    // in March the busy June days are out of season
    assertThat(archive.excessP(cell, day("2022-03-15"), 1)).isEqualTo(1.0 / 125);
  }

  @Test
  void excessJustBelowTheThresholdIsWarWhenRepeated() {
    List<DatedFire> fires = new ArrayList<>();
    add(fires, "2022-05-01", 2); // no May history: p = 1/125
    add(fires, "2022-06-30", 2); // p = 6/125 = 0.048
    List<FireClass> c = classify(fires, archiveWithBusyJuneDays(5));
    assertThat(c.get(2).excessP()).isCloseTo(0.048, within(1e-12));
    assertThat(c).allSatisfy(f -> assertThat(f.basis()).isEqualTo(WarFireBasis.REPEATED_EXCESS));
    assertThat(c).allMatch(FireClass::warFire);
  }

  @Test
  void countJustAboveTheThresholdIsNormalAndLeavesTheOtherExcessAlone() {
    List<DatedFire> fires = new ArrayList<>();
    add(fires, "2022-05-01", 2);
    add(fires, "2022-06-30", 2); // p = 7/125 = 0.056
    List<FireClass> c = classify(fires, archiveWithBusyJuneDays(6));
    assertThat(c.get(2).excessP()).isCloseTo(0.056, within(1e-12));
    assertThat(c.get(2).basis()).isEqualTo(WarFireBasis.NORMAL);
    assertThat(c.get(0).basis()).isEqualTo(WarFireBasis.SINGLE_EXCESS);
    assertThat(c).noneMatch(FireClass::warFire);
  }

  @Test
  void probabilityExactlyAtTheThresholdIsNotExcess() {
    // one year, 19 days either side: 39 sample days, one of them busy: p = 2/40 = 0.05
    WarFireParameters p = new WarFireParameters(100_000, 0.05, 7, 365, 10, 19, 1, 0);
    List<DatedFire> a = new ArrayList<>();
    a.add(new DatedFire(45.05, 25.05, day("2021-01-01")));
    a.add(new DatedFire(45.05, 25.05, day("2021-12-31")));
    add(a, "2021-06-25", 2);
    List<DatedFire> fires = new ArrayList<>();
    add(fires, "2022-05-01", 2);
    add(fires, "2022-06-30", 2);
    List<FireClass> c = new WarFireClassifier(p).classify(fires, Optional.of(ArchiveBaseline.of(a, p)));
    assertThat(c.get(2).excessP()).isEqualTo(0.05);
    assertThat(c.get(2).basis()).isEqualTo(WarFireBasis.NORMAL);
  }

  @Test
  void aMarginAsksTheCountLessTheMarginToBeImprobableToo() {
    // the cell burnt 1 fire a day in the archive: 3 fires are improbable, and with a margin
    // of 2 the remaining 1 is not; 4 fires less 2 leave 2, still improbable
    WarFireParameters p = P.withExcessMargin(2);
    List<DatedFire> fires = new ArrayList<>();
    add(fires, "2022-08-01", 3);
    add(fires, "2022-08-08", 3);
    List<FireClass> c = new WarFireClassifier(p).classify(fires, Optional.of(archiveWithDailyFire()));
    assertThat(c.get(0).excessP()).isLessThan(0.05);
    assertThat(c).allSatisfy(f -> assertThat(f.basis()).isEqualTo(WarFireBasis.NORMAL));
    fires.clear();
    add(fires, "2022-08-01", 4);
    add(fires, "2022-08-08", 4);
    c = new WarFireClassifier(p).classify(fires, Optional.of(archiveWithDailyFire()));
    assertThat(c).allSatisfy(f -> assertThat(f.basis()).isEqualTo(WarFireBasis.REPEATED_EXCESS));
  }

  @Test
  void excessRepeatedSevenDaysApartIsWar() {
    List<DatedFire> fires = new ArrayList<>();
    add(fires, "2022-04-01", 2);
    add(fires, "2022-04-08", 2);
    List<FireClass> c = classify(fires, ArchiveBaseline.of(archiveYears(), P));
    assertThat(c).allSatisfy(f -> assertThat(f.basis()).isEqualTo(WarFireBasis.REPEATED_EXCESS));
  }

  @Test
  void excessRepeatedSixDaysApartIsNot() {
    List<DatedFire> fires = new ArrayList<>();
    add(fires, "2022-04-01", 2);
    add(fires, "2022-04-07", 2);
    List<FireClass> c = classify(fires, ArchiveBaseline.of(archiveYears(), P));
    assertThat(c).allSatisfy(f -> assertThat(f.basis()).isEqualTo(WarFireBasis.SINGLE_EXCESS));
    assertThat(c).noneMatch(FireClass::warFire);
  }

  @Test
  void repeatInAnotherCellDoesNotCount() {
    List<DatedFire> fires = new ArrayList<>();
    add(fires, "2022-04-01", 2);
    fires.add(new DatedFire(LAT + 0.1, LON, day("2022-04-08")));
    List<FireClass> c = classify(fires, ArchiveBaseline.of(archiveYears(), P));
    assertThat(c).noneMatch(FireClass::warFire);
  }

  /** An archive in which the cell had one detection every day: one fire is normal, five are not. */
  private static ArchiveBaseline archiveWithDailyFire() {
    List<DatedFire> a = archiveYears();
    for (long d = day("2018-01-01"); d <= day("2021-12-31"); d++) {
      a.add(new DatedFire(LAT, LON, d));
    }
    return ArchiveBaseline.of(a, P);
  }

  @Test
  void fireTenDaysAfterAWarFireIsWarElevenIsNot() {
    List<DatedFire> fires = new ArrayList<>();
    add(fires, "2022-08-01", 5);
    add(fires, "2022-08-08", 5);
    add(fires, "2022-08-18", 1); // 10 days after the last war cell-day
    add(fires, "2022-08-19", 1); // 11 days after
    List<FireClass> c = classify(fires, archiveWithDailyFire());
    assertThat(c.get(0).basis()).isEqualTo(WarFireBasis.REPEATED_EXCESS);
    assertThat(c.get(5).basis()).isEqualTo(WarFireBasis.REPEATED_EXCESS);
    assertThat(c.get(10).excessP()).isGreaterThan(0.05);
    assertThat(c.get(10).basis()).isEqualTo(WarFireBasis.FOLLOWS_WAR_FIRE);
    assertThat(c.get(11).basis()).isEqualTo(WarFireBasis.NORMAL);
    assertThat(c.get(11).warFire()).isFalse();
  }

  @Test
  void fireBeforeAWarFireOrAfterASingleExcessIsNotWar() {
    List<DatedFire> fires = new ArrayList<>();
    add(fires, "2022-07-30", 1); // two days before the war fires
    add(fires, "2022-08-01", 5);
    add(fires, "2022-08-08", 5);
    add(fires, "2022-10-01", 5); // single excess, 54 days later: a repeat of the August ones
    add(fires, "2022-10-03", 1);
    List<FireClass> c = classify(fires, archiveWithDailyFire());
    assertThat(c.get(0).basis()).isEqualTo(WarFireBasis.NORMAL);
    assertThat(c.get(11).basis()).isEqualTo(WarFireBasis.REPEATED_EXCESS);
    assertThat(c.get(16).basis()).isEqualTo(WarFireBasis.FOLLOWS_WAR_FIRE);

    // without the August ones the October excess stands alone and starts no window
    List<FireClass> alone = classify(fires.subList(11, 17), archiveWithDailyFire());
    assertThat(alone.get(0).basis()).isEqualTo(WarFireBasis.SINGLE_EXCESS);
    assertThat(alone.get(5).basis()).isEqualTo(WarFireBasis.NORMAL);
  }

  @Test
  void followingDaysDoNotChain() {
    WarFireParameters p = P.withDaysAfterWarFire(3);
    List<DatedFire> fires = new ArrayList<>();
    add(fires, "2022-08-01", 5);
    add(fires, "2022-08-08", 5);
    add(fires, "2022-08-11", 1); // 3 after: follows
    add(fires, "2022-08-13", 1); // 2 after the follower, 5 after the war fire: no chain
    List<FireClass> c = new WarFireClassifier(p).classify(fires, Optional.of(archiveWithDailyFire()));
    assertThat(c.get(10).basis()).isEqualTo(WarFireBasis.FOLLOWS_WAR_FIRE);
    assertThat(c.get(11).basis()).isEqualTo(WarFireBasis.NORMAL);
  }

  @Test
  void withoutArchiveTheCellsNeighbourhoodAroundTheDateIsTheBaseline() {
    List<DatedFire> fires = new ArrayList<>();
    // a month of one fire a day in each of the 3 x 3 block: 9 x 30 other cell-days; the busy
    // cell's quiet days within 10 days after its busy days (to 30 March) follow them; the rest are normal
    for (long d = day("2023-03-01"); d <= day("2023-03-31"); d++) {
      for (int dLat = -1; dLat <= 1; dLat++) {
        for (int dLon = -1; dLon <= 1; dLon++) {
          fires.add(new DatedFire(LAT + dLat * 0.1, LON + dLon * 0.1, d));
        }
      }
    }
    int quiet = fires.size();
    add(fires, "2023-03-10", 4);
    add(fires, "2023-03-20", 4);
    List<FireClass> c = CLASSIFIER.classify(fires, Optional.empty());
    FireCell busyCell = P.cellOf(new DatedFire(LAT, LON, 0));
    for (int i = 0; i < quiet; i++) {
      DatedFire f = fires.get(i);
      boolean inBusyCell = P.cellOf(f).equals(busyCell);
      WarFireBasis expected = WarFireBasis.NORMAL;
      if (inBusyCell && (f.epochDay() == day("2023-03-10") || f.epochDay() == day("2023-03-20"))) {
        expected = WarFireBasis.REPEATED_EXCESS;
      } else if (inBusyCell && f.epochDay() > day("2023-03-10") && f.epochDay() <= day("2023-03-30")) {
        expected = WarFireBasis.FOLLOWS_WAR_FIRE;
      }
      assertThat(c.get(i).basis()).isEqualTo(expected);
    }
    // 10 March: 5 fires (4 + the daily one). Its season, 15 days either side clipped to the
    // input, is 1-25 March: 24 other days x 9 cells, of which only 20 March reached 5
    FireClass busy = c.get(quiet);
    assertThat(busy.cellDayCount()).isEqualTo(5);
    assertThat(busy.excessP()).isEqualTo((1.0 + 1) / (1 + 9 * 24));
    assertThat(busy.basis()).isEqualTo(WarFireBasis.REPEATED_EXCESS);
  }

  @Test
  void withoutArchiveOneDayOfInputHasNoBaselineAndNothingIsExcess() {
    List<DatedFire> fires = new ArrayList<>();
    add(fires, "2023-03-10", 40);
    List<FireClass> c = CLASSIFIER.classify(fires, Optional.empty());
    assertThat(c).allSatisfy(f -> {
      assertThat(f.excessP()).isEqualTo(1.0);
      assertThat(f.basis()).isEqualTo(WarFireBasis.NORMAL);
    });
  }

  @Test
  void cellsFollowTheDecimalTextOfTheCoordinates() {
    assertThat(FireCell.containing(47.3, 35.7, 100_000)).isEqualTo(new FireCell(473, 357));
    assertThat(FireCell.containing(-0.05, -179.95, 100_000)).isEqualTo(new FireCell(-1, -1800));
    // taken to the micro-degree first: 0.2999994 is just below 0.3, 0.2999996 is 0.3
    assertThat(FireCell.containing(0.2999994, 0.2999996, 100_000)).isEqualTo(new FireCell(2, 3));
  }
}
