package org.trucewatch.formats.report;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.trucewatch.core.claim.ClaimObservations;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.observation.Provenance;
import org.trucewatch.formats.ObservationReader;
import org.trucewatch.formats.ReadResult;
import org.trucewatch.formats.Reject;
import org.trucewatch.formats.gazetteer.Gazetteer;
import org.trucewatch.formats.text.IncidentMention;
import org.trucewatch.formats.text.ReportExtractor;
import org.trucewatch.formats.text.ReportText;

/**
 * Reads a free-text report ({@code .txt} or {@code .md} with a header, see {@link
 * TextReportParser}) into observations: one per located incident mention, each the claim of the
 * header's source. Mentions with no resolvable place (troop claims, reports naming no known
 * place) give no observation: the raw report stays in the ledger, and {@code trucewatch extract}
 * shows them. Thread-safe.
 */
public final class TextReportReader implements ObservationReader {
  /** The format name stored in the ledger. */
  public static final String FORMAT = "report-text";

  private final ReportExtractor extractor = new ReportExtractor(Gazetteer.bundled());

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public ReadResult read(String name, String entrySha256, byte[] raw) {
    String text = new String(raw, StandardCharsets.UTF_8);
    TextReport parsed = TextReportParser.parse(name, text, Optional.empty(), Optional.empty());
    List<Reject> rejects = new ArrayList<>(parsed.rejects());
    if (parsed.report().isEmpty()) {
      return new ReadResult(List.of(), rejects);
    }
    if (parsed.sourceId().isEmpty()) {
      rejects.add(new Reject(name, 1, "source", "missing; a report needs a 'source: id' header line naming who said it"));
      return new ReadResult(List.of(), rejects);
    }
    return new ReadResult(observations(extractor, parsed.report().get(), parsed.sourceId().get(), name, entrySha256,
        rejects), rejects);
  }

  /**
   * The observations of a report's located mentions, provenance pointing at each mention's line;
   * a mention whose time cannot be known (no publication time, a relative date) becomes a reject
   * naming its line, and the others go on.
   */
  static List<Observation> observations(ReportExtractor extractor, ReportText report, String sourceId, String name,
      String entrySha256, List<Reject> rejects) {
    List<Observation> out = new ArrayList<>();
    IncidentMention.Extraction x = extractor.extract(report);
    for (IncidentMention.Unresolved u : x.unresolved()) {
      rejects.add(new Reject(name, lineOf(report.text(), u.offset()), "published", "time unresolved, mention left out: "
          + u.reason() + "; give a 'published:' header line"));
    }
    for (IncidentMention m : x.mentions()) {
      long line = lineOf(report.text(), m.claim().text().start());
      ClaimObservations.toObservation(m.claim(), sourceId, new Provenance(entrySha256, name, line)).ifPresent(out::add);
    }
    return out;
  }

  private static long lineOf(String text, int offset) {
    long line = 1;
    for (int i = 0; i < offset && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
