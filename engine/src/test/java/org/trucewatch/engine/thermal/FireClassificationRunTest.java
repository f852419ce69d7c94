package org.trucewatch.engine.thermal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trucewatch.core.thermal.BoundCalibration;
import org.trucewatch.core.thermal.FireProduct;
import org.trucewatch.core.thermal.WarFireRules;
import org.trucewatch.engine.Progress;
import org.trucewatch.engine.ingest.InputFile;
import org.trucewatch.formats.Reject;

/** On extracts of the shared FIRMS archive, cut at test time; skipped when the data is absent. */
class FireClassificationRunTest {
  private static Path shared(String... parts) {
    Path p = Path.of(System.getProperty("trucewatch.shared", "../shared"), "data");
    for (String s : parts) {
      p = p.resolve(s);
    }
    assumeTrue(Files.exists(p), "shared data " + p + " not found; skipping");
    return p;
  }

  private static Path archive(int year) {
    return shared("firms", "archive", "ukr_fire_data_" + year + ".csv");
  }

  /** The rows of a reduced archive file inside a box and date span, as a new file. */
  static InputFile cut(Path from, Path dir, double south, double north, double west, double east, String first,
      String last) throws IOException {
    List<String> out = new ArrayList<>();
    try (Stream<String> lines = Files.lines(from)) {
      lines.forEachOrdered(l -> {
        if (out.isEmpty()) {
          out.add(l);
          return;
        }
        String[] f = l.split(",");
        double lat = Double.parseDouble(f[0]);
        double lon = Double.parseDouble(f[1]);
        if (lat >= south && lat <= north && lon >= west && lon <= east && f[2].compareTo(first) >= 0
            && f[2].compareTo(last) <= 0) {
          out.add(l);
        }
      });
    }
    Path p = dir.resolve(from.getFileName().toString().replace(".csv", "") + "-" + south + "-" + west + ".csv");
    Files.write(p, out);
    return new InputFile(p, p.getFileName().toString());
  }

  private static String classify(FireClassificationRun run, List<InputFile> input, List<InputFile> baseline) throws IOException {
    StringWriter out = new StringWriter();
    run.run(input, baseline, out, new ArrayList<>());
    return out.toString();
  }

  private static FireClassificationRun published() {
    return new FireClassificationRun(WarFireRules.PUBLISHED, FireClassificationRun.PUBLISHED_PRODUCTS, Optional.empty(),
        ExclusionZones.published(), Progress.SILENT);
  }

  /** The Donbas front, March 2022, against 2020 and 2021 in the same box. */
  private static String donbas(Path dir, FireClassificationRun run) throws IOException {
    List<InputFile> baseline = List.of(cut(archive(2020), dir, 47.0, 49.5, 36.5, 39.0, "2020-01-01", "2020-12-31"),
        cut(archive(2021), dir, 47.0, 49.5, 36.5, 39.0, "2021-01-01", "2021-12-31"));
    return classify(run, List.of(cut(archive(2022), dir, 47.0, 49.5, 36.5, 39.0, "2022-02-01", "2022-10-31")), baseline);
  }

  private record Row(double lat, double lon, LocalDate date, String product, String war, String bound, String excess) {
    static Row of(String line) {
      String[] f = line.split(",", -1);
      return new Row(Double.parseDouble(f[0]), Double.parseDouble(f[1]), LocalDate.parse(f[2]), f[3], f[4], f[5], f[6]);
    }

    String cell() {
      return Math.floorDiv(Math.round(lat * 1e6) + 50_000, 100_000) + "/" + Math.floorDiv(Math.round(lon * 1e6) + 50_000, 100_000);
    }

    boolean classified() {
      return !war.isEmpty();
    }
  }

  private static List<Row> rows(String csv) {
    return csv.lines().skip(1).map(Row::of).toList();
  }

  @Test
  void excessIsTheCountOfTheCentredCellDayLessTheBoundLessTwo(@TempDir Path dir) throws IOException {
    List<Row> rows = rows(donbas(dir, published()));
    Map<String, Integer> counts = new HashMap<>();
    rows.stream().filter(Row::classified).forEach(r -> counts.merge(r.cell() + "@" + r.date(), 1, Integer::sum));
    long checked = 0;
    for (Row r : rows) {
      if (r.classified() && !r.bound().isEmpty()) {
        int n = counts.get(r.cell() + "@" + r.date());
        assertThat(Integer.parseInt(r.excess())).as("%s", r).isEqualTo(Math.max(0, n - Integer.parseInt(r.bound()) - 2));
        checked++;
      } else if (r.classified()) {
        assertThat(counts.get(r.cell() + "@" + r.date())).as("no bound is needed for %s", r).isLessThanOrEqualTo(2);
      }
    }
    assertThat(checked).isGreaterThan(1000);
    assertThat(rows.stream().filter(r -> r.war().equals("1"))).hasSizeGreaterThan(100);
  }

  @Test
  void everyWarFireIsInAnExcessCellDayOrOneToTenDaysAfterOneInItsCell(@TempDir Path dir) throws IOException {
    List<Row> rows = rows(donbas(dir, published()));
    Map<String, List<LocalDate>> excessDays = new HashMap<>();
    for (Row r : rows) {
      if (r.war().equals("1") && !r.excess().isEmpty() && Integer.parseInt(r.excess()) > 0) {
        excessDays.computeIfAbsent(r.cell(), c -> new ArrayList<>()).add(r.date());
      }
    }
    long following = 0;
    for (Row r : rows) {
      if (!r.war().equals("1") || !r.excess().isEmpty() && Integer.parseInt(r.excess()) > 0) {
        continue;
      }
      following++;
      List<LocalDate> days = excessDays.getOrDefault(r.cell(), List.of());
      assertThat(days).as("%s follows a war-fire day 1-10 days before", r)
          .anyMatch(d -> d.isBefore(r.date()) && !d.plusDays(10).isBefore(r.date()));
    }
    assertThat(following).isGreaterThan(10);
    // and an unlabelled detection on day 11 after the last war-fire day stays unlabelled
    for (Row r : rows) {
      List<LocalDate> days = excessDays.getOrDefault(r.cell(), List.of());
      boolean inWindow = days.stream().anyMatch(d -> d.isBefore(r.date()) && !d.plusDays(10).isBefore(r.date()));
      if (r.classified() && r.excess().isEmpty() && !inWindow) {
        assertThat(r.war()).as("%s", r).isEqualTo("0");
      }
    }
  }

  @Test
  void aCellKeepsItsExcessOnlyWhenItShowsItSixTo364DaysApartOrOnMoreThan21Days(@TempDir Path dir) throws IOException {
    // the published version: no spread, a cell keeps its labels on its own evidence only
    assertSustainedWithin(rows(donbas(dir, published())), 0);
  }

  @Test
  void withTheLaterVersions50KmSpreadACellNearASustainedCellKeepsItsExcessToo(@TempDir Path dir) throws IOException {
    FireClassificationRun spread = new FireClassificationRun(WarFireRules.PUBLISHED.withSpreadKm(50),
        FireClassificationRun.PUBLISHED_PRODUCTS, Optional.empty(), ExclusionZones.published(), Progress.SILENT);
    assertThat(assertSustainedWithin(rows(donbas(dir, spread)), 50)).as("cells kept by the 50 km spread alone").isPositive();
  }

  /** Checks that a cell with excess keeps it exactly when within {@code km} of a sustained cell; returns how many by reach. */
  private static long assertSustainedWithin(List<Row> rows, double km) {
    // a cell-day with positive excess always has a label; its days are the cell's labelled days
    Map<String, java.util.TreeSet<LocalDate>> excessDays = new HashMap<>();
    Map<String, double[]> centre = new HashMap<>();
    Map<String, Boolean> war = new HashMap<>();
    for (Row r : rows) {
      if (r.classified() && !r.excess().isEmpty() && Integer.parseInt(r.excess()) > 0) {
        excessDays.computeIfAbsent(r.cell(), c -> new java.util.TreeSet<>()).add(r.date());
        centre.put(r.cell(), new double[] {Math.round(r.lat() * 10) / 10.0, Math.round(r.lon() * 10) / 10.0});
        war.merge(r.cell(), r.war().equals("1"), Boolean::logicalOr);
      }
    }
    java.util.Set<String> sustained = new java.util.HashSet<>();
    excessDays.forEach((cell, days) -> {
      boolean pair = days.stream().anyMatch(d -> days.subSet(d.plusDays(6), true, d.plusDays(364), true).size() > 0);
      if (pair || days.size() > 21) {
        sustained.add(cell);
      }
    });
    assertThat(sustained).isNotEmpty();
    long reached = 0;
    for (String cell : excessDays.keySet()) {
      double[] c = centre.get(cell);
      boolean near = sustained.contains(cell) || sustained.stream().anyMatch(o -> haversineKm(c, centre.get(o)) < km);
      assertThat(war.get(cell)).as("cell %s: sustained or within %s km of a sustained cell", cell, km).isEqualTo(near);
      if (near && !sustained.contains(cell)) {
        reached++;
      }
    }
    assertThat(excessDays.keySet().stream().filter(c -> !war.get(c))).as("cells whose single excess is dropped").isNotEmpty();
    return reached;
  }

  private static double haversineKm(double[] a, double[] b) {
    double p1 = Math.toRadians(a[0]);
    double p2 = Math.toRadians(b[0]);
    double h = Math.pow(Math.sin((p2 - p1) / 2), 2)
        + Math.cos(p1) * Math.cos(p2) * Math.pow(Math.sin(Math.toRadians(b[1] - a[1]) / 2), 2);
    return 2 * 6378.137 * Math.asin(Math.sqrt(h));
  }

  @Test
  void theDanubeDeltaZoneHasNoWarFireIn2022(@TempDir Path dir) throws IOException {
    List<InputFile> baseline = List.of(cut(archive(2020), dir, 45.0, 46.5, 28.0, 30.5, "2020-01-01", "2020-12-31"),
        cut(archive(2021), dir, 45.0, 46.5, 28.0, 30.5, "2021-01-01", "2021-12-31"));
    InputFile input = cut(archive(2022), dir, 45.0, 46.5, 28.0, 30.5, "2022-01-01", "2022-12-31");
    FireClassificationRun without = new FireClassificationRun(WarFireRules.PUBLISHED, FireClassificationRun.PUBLISHED_PRODUCTS,
        Optional.empty(), List.of(), Progress.SILENT);
    List<Row> open = rows(classify(without, List.of(input), baseline));
    List<Row> zoned = rows(classify(published(), List.of(input), baseline));
    java.util.function.Predicate<Row> inZone = r -> Math.round(r.lat() * 10) / 10.0 <= 45.845 && r.lon() >= 28.16
        && Math.round(r.lon() * 10) / 10.0 <= 30.356;
    assertThat(open.stream().filter(inZone).filter(r -> r.war().equals("1"))).as("war fires without the zones").isNotEmpty();
    assertThat(zoned.stream().filter(inZone).filter(r -> r.war().equals("1"))).isEmpty();
  }

  @Test
  void productsAreToldApartByTheirDecimalsAndOnlyTheChosenAreClassified(@TempDir Path dir) throws IOException {
    List<Row> rows = rows(donbas(dir, published()));
    Map<String, Long> byProduct = new HashMap<>();
    rows.forEach(r -> byProduct.merge(r.product(), 1L, Long::sum));
    assertThat(byProduct).containsOnlyKeys("snpp", "viirs-nrt", "snpp-nrt-inferred", "noaa20-nrt-inferred", "modis");
    LocalDate lastStandard = rows.stream().filter(r -> r.product().equals("snpp")).map(Row::date).max(LocalDate::compareTo)
        .orElseThrow();
    assertThat(lastStandard).isEqualTo(LocalDate.of(2022, 8, 31));
    // up to the last standard day the five-decimal rows are copies or NOAA-20: unresolved, left out
    assertThat(rows).filteredOn(r -> r.product().equals("viirs-nrt"))
        .allMatch(r -> !r.classified() && !r.date().isAfter(lastStandard));
    // after it they mix the two satellites: those assigned to S-NPP are counted, NOAA-20's are not
    assertThat(rows).filteredOn(r -> r.product().endsWith("-inferred")).allMatch(r -> r.date().isAfter(lastStandard));
    assertThat(rows).filteredOn(r -> r.product().equals("noaa20-nrt-inferred")).noneMatch(Row::classified);
    assertThat(rows).filteredOn(r -> r.product().equals("snpp-nrt-inferred")).isNotEmpty().allMatch(Row::classified);
    // without the split they stay of unknown satellite, left out unless chosen
    FireClassificationRun unresolved = new FireClassificationRun(WarFireRules.PUBLISHED,
        EnumSet.of(FireProduct.VIIRS_SNPP, FireProduct.MODIS, FireProduct.VIIRS_UNRESOLVED), Optional.empty(),
        ExclusionZones.published(), Progress.SILENT, Optional.empty());
    List<Row> mixed = rows(donbas(dir, unresolved));
    assertThat(mixed).filteredOn(r -> r.product().equals("viirs-nrt"))
        .allMatch(r -> r.classified() == r.date().isAfter(lastStandard))
        .anyMatch(Row::classified);
    assertThat(mixed.stream().filter(r -> r.product().equals("viirs-nrt")).count())
        .isEqualTo(byProduct.get("viirs-nrt") + byProduct.get("snpp-nrt-inferred") + byProduct.get("noaa20-nrt-inferred"));
  }

  @Test
  void theSplitOfMixedRowsRecoversTheSnppCountsOfA2023MonthWhoseSatelliteIsKnown(@TempDir Path dir) throws IOException {
    // August 2023 over the south: the archive's five-decimal rows mix S-NPP and NOAA-20; the S-NPP
    // near-real-time download of the same months names its rows, which appear in the archive verbatim
    InputFile mixed = cut(shared("firms", "archive", "ukr_fire_data_2023.csv"), dir, 46.0, 48.5, 30.0, 36.0, "2023-08-01",
        "2023-08-31");
    java.util.Set<String> snpp = new java.util.HashSet<>();
    for (String l : Files.readAllLines(shared("firms", "fire_nrt_SV-C2_400448.csv")).stream().skip(1).toList()) {
      String[] f = l.split(",");
      snpp.add(Double.parseDouble(f[0]) + "," + Double.parseDouble(f[1]) + "," + f[5]);
    }
    org.trucewatch.formats.firms.FireTable t = new org.trucewatch.formats.firms.FireTableReader()
        .read(mixed.name(), Files.readAllBytes(mixed.path()));
    FireProductInference inference = new FireProductInference(t, Optional.of(org.trucewatch.core.thermal.NrtSatelliteSplit.MEASURED));
    Map<String, int[]> cellDays = new HashMap<>(); // {true S-NPP, inferred S-NPP, all mixed rows}
    long viirs = 0;
    for (org.trucewatch.formats.firms.FireTableRow r : t.rows()) {
      FireProductInference.Inferred p = inference.of(r);
      if (!p.bySplit()) {
        continue; // MODIS
      }
      viirs++;
      String key = Math.round(r.latitude() * 10) + "/" + Math.round(r.longitude() * 10) + "@" + r.date();
      int[] c = cellDays.computeIfAbsent(key, k -> new int[3]);
      c[0] += snpp.contains(r.latitude() + "," + r.longitude() + "," + r.date()) ? 1 : 0;
      c[1] += p.product() == FireProduct.VIIRS_SNPP ? 1 : 0;
      c[2]++;
    }
    long truth = cellDays.values().stream().mapToLong(c -> c[0]).sum();
    long inferred = cellDays.values().stream().mapToLong(c -> c[1]).sum();
    assertThat(viirs).isGreaterThan(3_000);
    assertThat(truth).as("S-NPP rows found in the mixed archive rows").isBetween(viirs * 35 / 100, viirs * 55 / 100);
    // the share varies by month (0.40 to 0.47 in 2023 against 0.441): a month is within about 10 %
    assertThat((double) inferred / truth).as("inferred against true S-NPP detections").isBetween(0.9, 1.1);
    // cell-days that reach three detections (the least excess can need): the split errs both ways
    // about equally, where counting every mixed row would only over-count
    long both = cellDays.values().stream().filter(c -> c[0] >= 3 && c[1] >= 3).count();
    long over = cellDays.values().stream().filter(c -> c[0] < 3 && c[1] >= 3).count();
    long under = cellDays.values().stream().filter(c -> c[0] >= 3 && c[1] < 3).count();
    long overByAllRows = cellDays.values().stream().filter(c -> c[0] < 3 && c[2] >= 3).count();
    assertThat(both).isGreaterThan(over + under);
    assertThat((double) over / under).isBetween(0.6, 1.6);
    assertThat(over).isLessThan(overByAllRows / 2);
  }

  @Test
  void filesWithASatelliteColumnAreToldApartByIt(@TempDir Path dir) throws IOException {
    List<InputFile> baseline = List.of(cut(archive(2020), dir, 44.0, 53.0, 22.0, 41.0, "2020-07-01", "2020-08-31"),
        cut(archive(2021), dir, 44.0, 53.0, 22.0, 41.0, "2021-07-01", "2021-08-31"));
    Path noaa20 = shared("firms", "economist_J1_VIIRS_2025223_excerpt.csv");
    List<String> rows = classify(published(), List.of(new InputFile(noaa20, "j1.csv")), baseline).lines().skip(1).toList();
    assertThat(rows).hasSize(10).allMatch(l -> l.endsWith(",noaa20-nrt,,,"));
    FireClassificationRun noaa = new FireClassificationRun(WarFireRules.PUBLISHED, EnumSet.of(FireProduct.VIIRS_NOAA20),
        Optional.empty(), List.of(), Progress.SILENT);
    // the baseline has no NOAA-20 rows: a run that counts NOAA-20 only has nothing to learn from
    assertThatThrownBy(() -> classify(noaa, List.of(new InputFile(noaa20, "j1.csv")), baseline))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no detection of the chosen products [noaa20]");
    List<String> snpp = Files.readAllLines(shared("firms", "fire_nrt_SV-C2_400448.csv")).subList(0, 200);
    Path head = Files.write(dir.resolve("snpp-nrt.csv"), snpp);
    assertThat(classify(published(), List.of(new InputFile(head, "snpp-nrt.csv")), baseline).lines().skip(1))
        .hasSize(199).allMatch(l -> l.matches(".*,snpp-nrt,[01],.*"));
  }

  @Test
  void aBaselineOfOneYearIsRefusedWithAReason(@TempDir Path dir) throws IOException {
    InputFile one = cut(archive(2020), dir, 47.0, 48.0, 37.0, 38.0, "2020-01-01", "2020-12-31");
    InputFile input = cut(archive(2021), dir, 47.0, 48.0, 37.0, 38.0, "2021-01-01", "2021-12-31");
    assertThatThrownBy(() -> classify(published(), List.of(input), List.of(one)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least two archive years");
    // the input itself as the baseline: nothing of it came before the input
    assertThatThrownBy(() -> classify(published(), List.of(input), List.of(input)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no detection before the input's first day, 2021-01-01");
  }

  @Test
  void baselineDetectionsFromTheInputsFirstDayOnAreLeftOutWithANote(@TempDir Path dir) throws IOException {
    // a folder of archives as baseline holds the war year too: the model must not learn the fires under test
    List<InputFile> earlier = List.of(cut(archive(2020), dir, 47.0, 49.5, 36.5, 39.0, "2020-01-01", "2020-12-31"),
        cut(archive(2021), dir, 47.0, 49.5, 36.5, 39.0, "2021-01-01", "2021-12-31"));
    InputFile year2022 = cut(archive(2022), Files.createDirectories(dir.resolve("year")), 47.0, 49.5, 36.5, 39.0,
        "2022-01-01", "2022-12-31");
    InputFile march = cut(archive(2022), Files.createDirectories(dir.resolve("march")), 47.0, 49.5, 36.5, 39.0,
        "2022-03-01", "2022-03-31");
    LocalDate first;
    try (Stream<String> lines = Files.lines(march.path())) {
      first = lines.skip(1).map(l -> LocalDate.parse(l.split(",")[2])).min(LocalDate::compareTo).orElseThrow();
    }
    List<String> notes = new ArrayList<>();
    FireClassificationRun noted = new FireClassificationRun(WarFireRules.PUBLISHED, FireClassificationRun.PUBLISHED_PRODUCTS,
        Optional.empty(), ExclusionZones.published(), notes::add);
    List<InputFile> withWarYear = new ArrayList<>(earlier);
    withWarYear.add(year2022);

    String withIt = classify(noted, List.of(march), withWarYear);

    assertThat(notes).anyMatch(n -> n.matches(
        "baseline: left out [\\d,]+ detections dated on or after the input's first day, " + first + " \\(.*"));
    assertThat(notes).anyMatch(n -> n.contains("years [2020, 2021, 2022]")); // January and February 2022 stay
    String cutByHand = classify(published(), List.of(march), List.of(earlier.get(0), earlier.get(1),
        cut(archive(2022), Files.createDirectories(dir.resolve("before")), 47.0, 49.5, 36.5, 39.0, "2022-01-01",
            first.minusDays(1).toString())));
    assertThat(withIt).isEqualTo(cutByHand);
    assertThat(withIt).isNotEqualTo(classify(published(), List.of(march), earlier));
  }

  @Test
  void theBoundHoldsOnAHeldOutYearOfPeace() throws IOException {
    List<InputFile> baseline = new ArrayList<>();
    for (int y : new int[] {2012, 2013, 2016, 2018, 2019, 2020}) {
      baseline.add(new InputFile(archive(y), "ukr_fire_data_" + y + ".csv"));
    }
    Path land = shared("boundaries", "geoBoundaries-UKR-ADM1_simplified.geojson");
    List<Reject> rejects = new ArrayList<>();
    BoundCalibration c = new FireClassificationRun(WarFireRules.PUBLISHED, FireClassificationRun.PUBLISHED_PRODUCTS,
        Optional.of(land), List.of(), Progress.SILENT)
        .calibrate(baseline, List.of(new InputFile(archive(2021), "ukr_fire_data_2021.csv")), rejects);
    System.out.printf(java.util.Locale.ROOT, "held-out 2021: %s; share above bound %.5f, model's %.5f%n", c,
        c.shareAboveBound(), c.expectedShareAboveBound());
    assertThat(rejects).isEmpty();
    assertThat(c.cellDays()).isGreaterThan(2_000_000);
    assertThat(c.shareAboveBound()).isLessThan(0.05);
    assertThat(c.inExcess()).isLessThan(c.aboveBound());
  }
}
