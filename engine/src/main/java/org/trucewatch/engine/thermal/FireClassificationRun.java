package org.trucewatch.engine.thermal;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.trucewatch.core.thermal.BoundCalibration;
import org.trucewatch.core.thermal.CellDayCounts;
import org.trucewatch.core.thermal.CellMask;
import org.trucewatch.core.thermal.DatedFire;
import org.trucewatch.core.thermal.ExclusionZone;
import org.trucewatch.core.thermal.ExpectedCountModel;
import org.trucewatch.core.thermal.FireClass;
import org.trucewatch.core.thermal.FireProduct;
import org.trucewatch.core.thermal.NrtSatelliteSplit;
import org.trucewatch.core.thermal.SeasonalHistory;
import org.trucewatch.core.thermal.WarFireBasis;
import org.trucewatch.core.thermal.WarFireClassifier;
import org.trucewatch.core.thermal.WarFireRules;
import org.trucewatch.engine.Progress;
import org.trucewatch.engine.ingest.InputFile;
import org.trucewatch.formats.Reject;
import org.trucewatch.formats.firms.FireTable;
import org.trucewatch.formats.firms.FireTableReader;
import org.trucewatch.formats.firms.FireTableRow;

/**
 * {@code classify-fires}: reads FIRMS detections (any layout) and a baseline archive of earlier
 * years, fits the expected-count model to the baseline, classifies every detection of the chosen
 * products with {@link WarFireClassifier} and writes them as CSV with four more columns: {@code
 * product}, {@code war_fire} (1 or 0; empty for a product not chosen), {@code bound} and {@code
 * excess} (of the detection's cell-day; empty where not computed).
 *
 * <p>The output's columns are the inputs' columns, matched by name in any letter case, in order
 * of first appearance and spelt as first seen; a row leaves the columns its file lacks empty.
 * Rows keep their input order, files in the order given. Bad rows go to {@code rejects} with
 * file, line and field; the rest is classified.
 */
public final class FireClassificationRun {
  /** The products The Economist counted: VIIRS on Suomi NPP and MODIS. */
  public static final Set<FireProduct> PUBLISHED_PRODUCTS = EnumSet.of(FireProduct.VIIRS_SNPP, FireProduct.MODIS);

  private final WarFireRules rules;
  private final Set<FireProduct> products;
  private final Optional<Path> land;
  private final List<ExclusionZone> zones;
  private final Progress progress;
  private final Optional<NrtSatelliteSplit> split;
  private final FireTableReader reader = new FireTableReader();

  /**
   * A run.
   *
   * @param rules the classifier's thresholds
   * @param products the products counted, in the baseline and the input alike
   * @param land a GeoJSON file whose polygons are the land; empty: every cell
   * @param zones areas and seasons of known non-war burning ({@link ExclusionZones#published()})
   * @param progress where progress goes
   */
  public FireClassificationRun(WarFireRules rules, Set<FireProduct> products, Optional<Path> land,
      List<ExclusionZone> zones, Progress progress) {
    this(rules, products, land, zones, progress, Optional.of(NrtSatelliteSplit.MEASURED));
  }

  /**
   * A run that assigns the mixed near-real-time VIIRS rows of reduced extracts a satellite with
   * {@code split} (empty: they stay {@code viirs}, of unknown satellite).
   */
  public FireClassificationRun(WarFireRules rules, Set<FireProduct> products, Optional<Path> land,
      List<ExclusionZone> zones, Progress progress, Optional<NrtSatelliteSplit> split) {
    if (products.isEmpty()) {
      throw new IllegalArgumentException("choose at least one fire product");
    }
    this.rules = rules;
    this.products = EnumSet.copyOf(products);
    this.land = land;
    this.zones = List.copyOf(zones);
    this.progress = progress;
    this.split = split;
  }

  /** Detections of one side (input or baseline) with what was inferred of each. */
  private static final class Side {
    final List<FireTable> tables = new ArrayList<>();
    final List<DatedFire> fires = new ArrayList<>();
    final List<FireProductInference.Inferred> inferred = new ArrayList<>();
    boolean[] chosen;
  }

  /**
   * Classifies the detections in {@code inputs} against the archive in {@code baseline}, writes
   * the CSV to {@code out} and every unreadable row to {@code rejects}.
   *
   * @param inputs the files to classify; each must be a fire table
   * @param baseline archive files of at least two earlier years; in a folder given as baseline,
   *     files that are not fire tables (a README, a SOURCE.txt) are skipped with a note, and
   *     detections dated on or after the input's first day are left out with a note
   * @throws IOException when a file cannot be read or the output not written
   * @throws IllegalArgumentException when an input file is not a fire table, no detection could be
   *     read, or the baseline has fewer than two years of the chosen products
   */
  public FireClassificationSummary run(List<InputFile> inputs, List<InputFile> baseline, Writer out, List<Reject> rejects)
      throws IOException {
    Side input = read("input", inputs, true, rejects);
    if (input.fires.isEmpty()) {
      throw new IllegalArgumentException("no detection could be read from the input");
    }
    Side base = read("baseline", baseline, false, rejects);
    if (base.fires.isEmpty()) {
      throw new IllegalArgumentException("classify-fires needs a --baseline of earlier years of FIRMS detections");
    }
    choose(input, "input");
    choose(base, "baseline");

    CellMask mask = CellMask.ALL;
    if (land.isPresent()) {
      mask = LandMask.read(land.get(), rules.cellSizeMicroDegrees());
      progress.report("land mask: " + land.get().getFileName());
    }
    // the baseline is the activity before the input: a folder of archives given as baseline may
    // hold the input's own year, which would teach the model the very fires under test
    long inputFirstDay = input.fires.stream().mapToLong(DatedFire::epochDay).min().orElseThrow();
    List<DatedFire> archive = new ArrayList<>();
    long fromInputOn = 0;
    for (int i = 0; i < base.fires.size(); i++) {
      if (base.chosen[i]) {
        DatedFire f = base.fires.get(i);
        if (f.epochDay() < inputFirstDay) {
          archive.add(f);
        } else {
          fromInputOn++;
        }
      }
    }
    if (fromInputOn > 0) {
      progress.report(String.format(Locale.ROOT,
          "baseline: left out %,d detections dated on or after the input's first day, %s (the baseline is the activity before it)",
          fromInputOn, LocalDate.ofEpochDay(inputFirstDay)));
    }
    if (archive.isEmpty() && fromInputOn > 0) {
      throw new IllegalArgumentException("the baseline holds no detection before the input's first day, "
          + LocalDate.ofEpochDay(inputFirstDay) + ": give earlier years as --baseline");
    }
    if (archive.isEmpty()) {
      throw new IllegalArgumentException("the baseline holds no detection of the chosen products "
          + products.stream().map(FireProduct::token).toList() + ": choose the products it has (--products)");
    }
    SeasonalHistory history = SeasonalHistory.of(archive, rules.cellSizeMicroDegrees(), mask);
    archive = null; // the history holds the sums; the detections can go
    base = null;
    progress.report(String.format(Locale.ROOT, "baseline: %,d detections in %,d cells, years %s; fitting the expected-count model",
        history.detections(), history.cells().size(), Arrays.toString(history.years())));
    ExpectedCountModel model = ExpectedCountModel.fit(history, rules.boundQuantile(), rules.zeroDaysPerFireDay());
    progress.report(String.format(Locale.ROOT, "model fitted in %d Newton steps (cell-days without fires weighed %.4f); coefficients %s",
        model.iterations(), model.zeroWeight(), coefficients(model)));

    List<DatedFire> fires = new ArrayList<>();
    List<Integer> at = new ArrayList<>();
    for (int i = 0; i < input.fires.size(); i++) {
      if (input.chosen[i]) {
        fires.add(input.fires.get(i));
        at.add(i);
      }
    }
    progress.report(String.format(Locale.ROOT, "classifying %,d detections of the chosen products (%s)", fires.size(),
        products.stream().map(FireProduct::token).toList()));
    long[] lastReported = {-1};
    String[] lastStep = {""};
    List<FireClass> classes = new WarFireClassifier(rules).classify(fires, model, mask, zones, (step, done, total) -> {
      long pct = total == 0 ? 100 : done * 100 / total;
      if (!step.equals(lastStep[0]) || pct / 25 != lastReported[0] / 25) {
        lastStep[0] = step;
        lastReported[0] = pct;
        progress.report(String.format(Locale.ROOT, "classifying: %s %,d of %,d (%d %%)", step, done, total, pct));
      }
    });
    FireClass[] byRow = new FireClass[input.fires.size()];
    for (int k = 0; k < at.size(); k++) {
      byRow[at.get(k)] = classes.get(k);
    }
    return write(input, byRow, history, out, rejects.size());
  }

  /**
   * Measures the expected-count model on a held-out year: fitted to {@code baseline}, its bound
   * is checked on every cell-day of {@code heldOut} (see {@link BoundCalibration}).
   */
  public BoundCalibration calibrate(List<InputFile> baseline, List<InputFile> heldOut, List<Reject> rejects) throws IOException {
    Side base = read("baseline", baseline, false, rejects);
    Side year = read("held-out", heldOut, false, rejects);
    choose(base, "baseline");
    choose(year, "held-out");
    CellMask mask = land.isPresent() ? LandMask.read(land.get(), rules.cellSizeMicroDegrees()) : CellMask.ALL;
    List<DatedFire> archive = new ArrayList<>();
    for (int i = 0; i < base.fires.size(); i++) {
      if (base.chosen[i]) {
        archive.add(base.fires.get(i));
      }
    }
    ExpectedCountModel model = ExpectedCountModel.fit(SeasonalHistory.of(archive, rules.cellSizeMicroDegrees(), mask),
        rules.boundQuantile(), rules.zeroDaysPerFireDay());
    List<DatedFire> kept = new ArrayList<>();
    long first = Long.MAX_VALUE;
    long last = Long.MIN_VALUE;
    for (int i = 0; i < year.fires.size(); i++) {
      if (year.chosen[i]) {
        DatedFire f = year.fires.get(i);
        kept.add(f);
        first = Math.min(first, f.epochDay());
        last = Math.max(last, f.epochDay());
      }
    }
    return BoundCalibration.measure(model, CellDayCounts.of(kept, rules.cellSizeMicroDegrees()), first, last, rules.offset());
  }

  private Side read(String role, List<InputFile> files, boolean strict, List<Reject> rejects) throws IOException {
    Side side = new Side();
    for (InputFile f : files) {
      FireTable t = reader.read(f.name(), Files.readAllBytes(f.path()));
      if (!t.hasHeader()) {
        if (strict) {
          throw new IllegalArgumentException(t.rejects().get(0).toString());
        }
        progress.report(role + ": skipped " + f.name() + ": " + t.rejects().get(0).reason());
        continue;
      }
      rejects.addAll(t.rejects());
      FireProductInference inference = new FireProductInference(t, split);
      Map<String, Long> tally = new TreeMap<>();
      for (FireTableRow r : t.rows()) {
        side.fires.add(new DatedFire(r.latitude(), r.longitude(), r.date().toEpochDay()));
        FireProductInference.Inferred p = inference.of(r);
        side.inferred.add(p);
        tally.merge(label(p), 1L, Long::sum);
      }
      if (strict) {
        side.tables.add(t);
      }
      progress.report(String.format(Locale.ROOT, "%s: %s: %,d detections (%s, by %s), %,d rejected", role, f.name(),
          t.rows().size(), tally(tally), inference.method(), t.rejects().size()));
    }
    return side;
  }

  /**
   * Marks the rows of the chosen products. Near-real-time rows count only on days after the last
   * standard-processing day of their family (VIIRS, MODIS) on the same side, as The Economist's
   * loader uses an archive up to where the next batch begins: the same fire is never counted from
   * both.
   */
  private void choose(Side side, String role) {
    long lastViirs = Long.MIN_VALUE;
    long lastModis = Long.MIN_VALUE;
    for (int i = 0; i < side.fires.size(); i++) {
      FireProductInference.Inferred p = side.inferred.get(i);
      if (!p.nrt() && products.contains(p.product())) {
        long d = side.fires.get(i).epochDay();
        if (p.product().viirs()) {
          lastViirs = Math.max(lastViirs, d);
        } else {
          lastModis = Math.max(lastModis, d);
        }
      }
    }
    side.chosen = new boolean[side.fires.size()];
    long dropped = 0;
    for (int i = 0; i < side.fires.size(); i++) {
      FireProductInference.Inferred p = side.inferred.get(i);
      long last = p.product().viirs() ? lastViirs : lastModis;
      side.chosen[i] = products.contains(p.product()) && (!p.nrt() || side.fires.get(i).epochDay() > last);
      if (products.contains(p.product()) && !side.chosen[i]) {
        dropped++;
      }
    }
    if (dropped > 0) {
      progress.report(String.format(Locale.ROOT, "%s: %,d near-real-time rows left out: standard processing covers "
          + "their days (VIIRS to %s, MODIS to %s)", role, dropped, day(lastViirs), day(lastModis)));
    }
  }

  private FireClassificationSummary write(Side input, FireClass[] byRow, SeasonalHistory history, Writer out, long rejected)
      throws IOException {
    List<String> columns = new ArrayList<>();
    List<String> lowerColumns = new ArrayList<>();
    for (FireTable t : input.tables) {
      for (String c : t.columns()) {
        String lower = c.trim().toLowerCase(Locale.ROOT);
        if (!lowerColumns.contains(lower)) {
          lowerColumns.add(lower);
          columns.add(c.trim());
        }
      }
    }
    StringBuilder line = new StringBuilder();
    for (String c : columns) {
      appendField(line, c).append(',');
    }
    out.write(line.append("product,war_fire,bound,excess\n").toString());
    int i = 0;
    long repeated = 0;
    long follows = 0;
    long classified = 0;
    Map<String, Long> products = new TreeMap<>();
    for (FireTable t : input.tables) {
      int[] where = new int[lowerColumns.size()];
      Arrays.fill(where, -1);
      for (int j = 0; j < t.columns().size(); j++) {
        where[lowerColumns.indexOf(t.columns().get(j).trim().toLowerCase(Locale.ROOT))] = j;
      }
      for (FireTableRow r : t.rows()) {
        FireClass c = byRow[i];
        String product = label(input.inferred.get(i));
        products.merge(product, 1L, Long::sum);
        i++;
        line.setLength(0);
        for (int j : where) {
          if (j >= 0) {
            appendField(line, r.fields().get(j));
          }
          line.append(',');
        }
        line.append(product).append(',');
        if (c != null) {
          classified++;
          line.append(c.warFire() ? '1' : '0').append(',');
          if (c.bound() >= 0) {
            line.append(c.bound()).append(',').append(c.excess());
          } else {
            line.append(',');
          }
          if (c.basis() == WarFireBasis.REPEATED_EXCESS) {
            repeated++;
          } else if (c.basis() == WarFireBasis.FOLLOWS_WAR_FIRE) {
            follows++;
          }
        } else {
          line.append(",,");
        }
        out.write(line.append('\n').toString());
      }
    }
    out.flush();
    List<Integer> years = Arrays.stream(history.years()).boxed().toList();
    return new FireClassificationSummary(input.fires.size(), classified, rejected, history.detections(), years, products,
        repeated, follows);
  }

  private static String label(FireProductInference.Inferred p) {
    return p.product().token() + (p.nrt() ? "-nrt" : "") + (p.bySplit() ? "-inferred" : "");
  }

  private static String tally(Map<String, Long> tally) {
    StringBuilder sb = new StringBuilder();
    tally.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ", ").append(k).append(' ').append(String.format(Locale.ROOT, "%,d", v)));
    return sb.toString();
  }

  private static String day(long epochDay) {
    return epochDay == Long.MIN_VALUE ? "none" : LocalDate.ofEpochDay(epochDay).toString();
  }

  private static String coefficients(ExpectedCountModel m) {
    double[] b = m.coefficients();
    return String.format(Locale.ROOT, "cell-month %.3f, cell-year %.3f, cell-near-months %.3f, block-month %.3f",
        b[12], b[13], b[14], b[15]);
  }

  private static StringBuilder appendField(StringBuilder sb, String field) {
    boolean quote = field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0;
    if (!quote) {
      return sb.append(field);
    }
    return sb.append('"').append(field.replace("\"", "\"\"")).append('"');
  }
}
