package org.trucewatch.core.thermal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class WarFireClassifierTest {
  private static final WarFireClassifier PUBLISHED = new WarFireClassifier(WarFireRules.PUBLISHED);
  /** Nothing expected anywhere: a cell-day is in excess from 3 detections. */
  private static final CountBound NOTHING_EXPECTED = (cell, day) -> 0;
  private static final long D0 = LocalDate.of(2022, 3, 1).toEpochDay();

  /** {@code n} detections in the cell centred on (lat, lon) on day {@code D0 + day}, spread within the cell. */
  private static void add(List<DatedFire> fires, double lat, double lon, int day, int n) {
    for (int k = 0; k < n; k++) {
      fires.add(new DatedFire(lat + 0.001 * k, lon + 0.002 * k, D0 + day));
    }
  }

  private static List<FireClass> classify(List<DatedFire> fires) {
    return PUBLISHED.classify(fires, NOTHING_EXPECTED, CellMask.ALL, List.of());
  }

  private static long war(List<FireClass> classes, int from, int to) {
    return classes.subList(from, to).stream().filter(FireClass::warFire).count();
  }

  @Test
  void excessIsTheCountLessTheBoundLessTwo() {
    List<DatedFire> fires = new ArrayList<>();
    add(fires, 48.0, 37.0, 0, 2);
    add(fires, 48.0, 37.0, 10, 3);
    List<FireClass> classes = new WarFireClassifier(WarFireRules.PUBLISHED)
        .classify(fires, (cell, day) -> day == D0 + 10 ? 0 : 5, CellMask.ALL, List.of());
    assertThat(classes.get(0).excess()).isZero();
    assertThat(classes.get(0).basis()).isEqualTo(WarFireBasis.NORMAL);
    assertThat(classes.get(2)).isEqualTo(new FireClass(WarFireBasis.SINGLE_EXCESS, 0, 3, 1));
    List<FireClass> higher = PUBLISHED.classify(fires, (cell, day) -> 1, CellMask.ALL, List.of());
    assertThat(higher.get(2).excess()).isZero();
  }

  @Test
  void labelsOnlyTheExcessBelowTheMedianAndAllAtIt() {
    List<DatedFire> fires = new ArrayList<>();
    add(fires, 48.0, 37.0, 0, 3); // excess 1
    add(fires, 48.0, 37.0, 20, 7); // excess 5
    add(fires, 48.0, 37.0, 40, 7); // excess 5: the median over detections is 5
    List<FireClass> classes = classify(fires);
    assertThat(classes.subList(0, 3).stream().filter(c -> c.basis() == WarFireBasis.REPEATED_EXCESS)).hasSize(1);
    assertThat(classes.subList(0, 3).stream().filter(c -> c.basis() == WarFireBasis.EXCESS_NOT_LABELLED)).hasSize(2);
    assertThat(war(classes, 3, 17)).isEqualTo(14);
  }

  @Test
  void whichDetectionsAreLabelledDoesNotDependOnTheirOrder() {
    List<DatedFire> fires = new ArrayList<>();
    add(fires, 48.0, 37.0, 0, 4);
    add(fires, 48.0, 37.0, 20, 9);
    add(fires, 48.0, 37.0, 40, 9);
    List<FireClass> classes = classify(fires);
    List<DatedFire> reversed = new ArrayList<>(fires);
    Collections.reverse(reversed);
    List<FireClass> back = classify(reversed);
    for (int i = 0; i < fires.size(); i++) {
      assertThat(back.get(fires.size() - 1 - i)).isEqualTo(classes.get(i));
    }
  }

  @Test
  void excessIsSustainedWhenTwoLabelledDaysAreSixTo364DaysApart() {
    for (int apart : new int[] {5, 6, 364, 365}) {
      List<DatedFire> fires = new ArrayList<>();
      add(fires, 48.0, 37.0, 0, 3);
      add(fires, 48.0, 37.0, apart, 3);
      boolean sustained = apart >= 6 && apart <= 364;
      assertThat(classify(fires).get(0).basis()).as("%d days apart", apart)
          .isEqualTo(sustained ? WarFireBasis.REPEATED_EXCESS : WarFireBasis.SINGLE_EXCESS);
    }
  }

  @Test
  void moreThan21LabelledDaysAreSustainedWhateverTheirSpacing() {
    // clusters of consecutive days 400 days apart: no two days 6-364 days apart
    for (int days : new int[] {21, 22}) {
      List<DatedFire> fires = new ArrayList<>();
      for (int k = 0; k < days; k++) {
        add(fires, 48.0, 37.0, (k / 5) * 400 + k % 5, 3);
      }
      assertThat(classify(fires).get(0).basis()).as("%d days", days)
          .isEqualTo(days > 21 ? WarFireBasis.REPEATED_EXCESS : WarFireBasis.SINGLE_EXCESS);
    }
  }

  @Test
  void detectionsOneToTenDaysAfterAWarFireDayFollowIt() {
    List<DatedFire> fires = new ArrayList<>();
    add(fires, 48.0, 37.0, 0, 3);
    add(fires, 48.0, 37.0, 30, 3);
    add(fires, 48.0, 37.0, 31, 1);
    add(fires, 48.0, 37.0, 40, 1);
    add(fires, 48.0, 37.0, 41, 1);
    add(fires, 48.5, 37.0, 31, 1); // another cell
    List<FireClass> c = classify(fires);
    assertThat(c.get(6).basis()).isEqualTo(WarFireBasis.FOLLOWS_WAR_FIRE);
    assertThat(c.get(7).basis()).isEqualTo(WarFireBasis.FOLLOWS_WAR_FIRE);
    assertThat(c.get(8).basis()).isEqualTo(WarFireBasis.NORMAL);
    assertThat(c.get(9).basis()).isEqualTo(WarFireBasis.NORMAL);
  }

  @Test
  void aCellWithin50KmOfASustainedCellKeepsItsLabelsOnlyWhenTheSpreadIsOn() {
    List<DatedFire> fires = new ArrayList<>();
    add(fires, 48.0, 37.0, 0, 3);
    add(fires, 48.0, 37.0, 10, 3);
    add(fires, 48.4, 37.0, 5, 3); // 44.5 km north
    add(fires, 48.5, 37.0, 5, 3); // 55.6 km north
    List<FireClass> c = new WarFireClassifier(WarFireRules.PUBLISHED.withSpreadKm(50))
        .classify(fires, NOTHING_EXPECTED, CellMask.ALL, List.of());
    assertThat(c.get(6).basis()).isEqualTo(WarFireBasis.REPEATED_EXCESS);
    assertThat(c.get(9).basis()).isEqualTo(WarFireBasis.SINGLE_EXCESS);
    // the published version has no spread: the cell 44.5 km away keeps nothing
    List<FireClass> published = classify(fires);
    assertThat(published.get(6).basis()).isEqualTo(WarFireBasis.SINGLE_EXCESS);
    assertThat(published.get(0).basis()).isEqualTo(WarFireBasis.REPEATED_EXCESS);
  }

  @Test
  void exclusionZonesClearTheirCellDaysAndTheDaysThatWouldFollow() {
    List<DatedFire> fires = new ArrayList<>();
    add(fires, 48.0, 37.0, 0, 3);
    add(fires, 48.0, 37.0, 10, 3);
    add(fires, 48.0, 37.0, 12, 1);
    ExclusionZone zone = new ExclusionZone(36.95, 37.05, 47.95, 48.05, D0 + 10, D0 + 12, "test");
    List<FireClass> c = PUBLISHED.classify(fires, NOTHING_EXPECTED, CellMask.ALL, List.of(zone));
    assertThat(c.get(0).basis()).isEqualTo(WarFireBasis.SINGLE_EXCESS);
    assertThat(c.get(3).basis()).isEqualTo(WarFireBasis.EXCLUDED_ZONE);
    assertThat(c.get(6).basis()).isEqualTo(WarFireBasis.EXCLUDED_ZONE);
    assertThat(c.stream().noneMatch(FireClass::warFire)).isTrue();
  }

  @Test
  void cellsOutsideTheMaskAreNotClassified() {
    List<DatedFire> fires = new ArrayList<>();
    add(fires, 48.0, 37.0, 0, 3);
    add(fires, 48.0, 37.0, 10, 3);
    CellMask west = cell -> cell.lonIndex() < 370;
    List<FireClass> c = PUBLISHED.classify(fires, NOTHING_EXPECTED, west, List.of());
    assertThat(c).allMatch(f -> f.basis() == WarFireBasis.OUTSIDE_MASK);
  }

  @Test
  void cellsAreCentredOnMultiplesOfATenthOfADegree() {
    assertThat(FireCell.containing(47.96, 37.04, 100_000)).isEqualTo(new FireCell(480, 370));
    assertThat(FireCell.containing(47.949999, 37.05, 100_000)).isEqualTo(new FireCell(479, 371));
    assertThat(FireCell.containing(47.95, -0.04, 100_000)).isEqualTo(new FireCell(480, 0));
    assertThat(new FireCell(480, 370).centreLatitude(100_000)).isEqualTo(48.0);
  }
}
