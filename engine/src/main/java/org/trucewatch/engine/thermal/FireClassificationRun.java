package org.trucewatch.engine.thermal;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.trucewatch.core.thermal.ArchiveBaseline;
import org.trucewatch.core.thermal.DatedFire;
import org.trucewatch.core.thermal.FireClass;
import org.trucewatch.core.thermal.WarFireBasis;
import org.trucewatch.core.thermal.WarFireClassifier;
import org.trucewatch.core.thermal.WarFireParameters;
import org.trucewatch.engine.Progress;
import org.trucewatch.engine.ingest.InputFile;
import org.trucewatch.formats.Reject;
import org.trucewatch.formats.firms.FireTable;
import org.trucewatch.formats.firms.FireTableReader;
import org.trucewatch.formats.firms.FireTableRow;

/**
 * {@code classify-fires}: reads FIRMS detections (any layout) and an optional baseline archive,
 * classifies every detection with {@link WarFireClassifier} and writes them as CSV with two more
 * columns, {@code war_fire} (1 or 0) and {@code excess_p}.
 *
 * <p>The output's columns are the inputs' columns, matched by name in any letter case, in order
 * of first appearance and spelt as first seen; a row leaves the columns its file lacks empty.
 * Rows keep their input order, files in the order given. {@code excess_p} has six significant
 * digits. Bad rows go to {@code rejects} with file, line and field; the rest is classified.
 */
public final class FireClassificationRun {
  private final WarFireParameters parameters;
  private final Progress progress;
  private final FireTableReader reader = new FireTableReader();

  /** A run with these thresholds, reporting to {@code progress}. */
  public FireClassificationRun(WarFireParameters parameters, Progress progress) {
    this.parameters = parameters;
    this.progress = progress;
  }

  /**
   * Classifies the detections in {@code inputs} against the archive in {@code baseline} (the
   * input's own history when empty), writes the CSV to {@code out} and every unreadable row to
   * {@code rejects}.
   *
   * @param inputs the files to classify; each must be a fire table
   * @param baseline archive files; in a folder given as baseline, files that are not fire tables
   *     (a README, a SOURCE.txt) are skipped with a note
   * @throws IOException when a file cannot be read or the output not written
   * @throws IllegalArgumentException when an input file is not a fire table, or no detection
   *     could be read at all
   */
  public FireClassificationSummary run(List<InputFile> inputs, List<InputFile> baseline, Writer out, List<Reject> rejects)
      throws IOException {
    List<FireTable> tables = new ArrayList<>();
    List<DatedFire> fires = new ArrayList<>();
    for (InputFile f : inputs) {
      FireTable t = reader.read(f.name(), Files.readAllBytes(f.path()));
      if (!t.hasHeader()) {
        throw new IllegalArgumentException(t.rejects().get(0).toString());
      }
      rejects.addAll(t.rejects());
      tables.add(t);
      for (FireTableRow r : t.rows()) {
        fires.add(new DatedFire(r.latitude(), r.longitude(), r.date().toEpochDay()));
      }
      progress.report(String.format(Locale.ROOT, "input: %s: %,d detections, %,d rejected", f.name(), t.rows().size(), t.rejects().size()));
    }
    if (fires.isEmpty()) {
      throw new IllegalArgumentException("no detection could be read from the input");
    }
    List<DatedFire> archive = new ArrayList<>();
    for (InputFile f : baseline) {
      FireTable t = reader.read(f.name(), Files.readAllBytes(f.path()));
      if (!t.hasHeader()) {
        progress.report("baseline: skipped " + f.name() + ": " + t.rejects().get(0).reason());
        continue;
      }
      rejects.addAll(t.rejects());
      for (FireTableRow r : t.rows()) {
        archive.add(new DatedFire(r.latitude(), r.longitude(), r.date().toEpochDay()));
      }
      progress.report(String.format(Locale.ROOT, "baseline: %s: %,d detections", f.name(), t.rows().size()));
    }
    Optional<ArchiveBaseline> archiveBaseline = Optional.empty();
    if (!archive.isEmpty()) {
      archiveBaseline = Optional.of(ArchiveBaseline.of(archive, parameters));
      progress.report(String.format(Locale.ROOT, "baseline: %,d detections in years %s",
          archive.size(), archiveBaseline.get().years()));
    } else {
      progress.report("no baseline archive: each cell is compared with its neighbours in the input's own weeks around the day");
    }
    archive = null; // the baseline holds the counts; the detections can go

    List<FireClass> classes = new WarFireClassifier(parameters).classify(fires, archiveBaseline);

    List<String> columns = new ArrayList<>();
    List<String> lowerColumns = new ArrayList<>();
    for (FireTable t : tables) {
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
    out.write(line.append("war_fire,excess_p\n").toString());
    int i = 0;
    long repeated = 0;
    long follows = 0;
    for (FireTable t : tables) {
      int[] at = new int[lowerColumns.size()];
      java.util.Arrays.fill(at, -1);
      for (int j = 0; j < t.columns().size(); j++) {
        at[lowerColumns.indexOf(t.columns().get(j).trim().toLowerCase(Locale.ROOT))] = j;
      }
      for (FireTableRow r : t.rows()) {
        FireClass c = classes.get(i++);
        line.setLength(0);
        for (int j : at) {
          if (j >= 0) {
            appendField(line, r.fields().get(j));
          }
          line.append(',');
        }
        line.append(c.warFire() ? '1' : '0').append(',').append(probability(c.excessP())).append('\n');
        out.write(line.toString());
        if (c.basis() == WarFireBasis.REPEATED_EXCESS) {
          repeated++;
        } else if (c.basis() == WarFireBasis.FOLLOWS_WAR_FIRE) {
          follows++;
        }
      }
    }
    out.flush();
    return new FireClassificationSummary(fires.size(), rejects.size(),
        archiveBaseline.map(ArchiveBaseline::detections).orElse(0L),
        archiveBaseline.map(ArchiveBaseline::years).orElse(List.of()), repeated, follows);
  }

  /** Six significant digits, plain notation: the same double always gives the same text. */
  static String probability(double p) {
    return new BigDecimal(p).round(new MathContext(6, RoundingMode.HALF_EVEN)).stripTrailingZeros().toPlainString();
  }

  private static StringBuilder appendField(StringBuilder sb, String field) {
    boolean quote = field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0;
    if (!quote) {
      return sb.append(field);
    }
    return sb.append('"').append(field.replace("\"", "\"\"")).append('"');
  }
}
