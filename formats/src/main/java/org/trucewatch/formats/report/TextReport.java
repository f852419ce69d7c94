package org.trucewatch.formats.report;

import java.util.List;
import java.util.Optional;
import org.trucewatch.formats.Reject;
import org.trucewatch.formats.text.ReportText;

/**
 * A report file read: its header's facts and its text, or why it could not be read.
 *
 * @param report the text with what the header says about it; empty when the header is unusable
 * @param sourceId the {@code source:} the header names (the id observations carry), empty when none
 * @param rejects problems with the header, by line and key
 */
public record TextReport(Optional<ReportText> report, Optional<String> sourceId, List<Reject> rejects) {
  /** Freezes the list. */
  public TextReport {
    rejects = List.copyOf(rejects);
  }
}
