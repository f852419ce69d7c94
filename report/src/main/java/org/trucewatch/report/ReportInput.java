package org.trucewatch.report;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.trucewatch.core.agreement.Agreement;
import org.trucewatch.core.assess.Finding;
import org.trucewatch.core.coverage.ZoneCoverage;
import org.trucewatch.core.fuse.IncidentSummary;
import org.trucewatch.core.fuse.IncidentSummaryColumns;
import org.trucewatch.core.source.SourceDirectory;

/**
 * Everything the daily report is made from: the agreement, the pipeline's incidents and
 * findings, the sources, the inputs read and rejected, and the ledger they are recorded in.
 *
 * @param agreement the agreement checked
 * @param incidents all incidents of the run, with or without findings, summarised: each with a finding
 *     or casualties keeps its members (see {@link IncidentSummary#of})
 * @param findings all findings of the run
 * @param sources the graded sources
 * @param inputs the inputs read
 * @param rejectSamples rejected lines as people read them ({@code file:line: field: reason}),
 *     in reading order; the report shows the first 20
 * @param rejectCount how many lines were rejected in all
 * @param ledgerHead the hash at the head of the ledger chain; null or empty when the ledger is
 *     empty
 * @param ledgerEntries entries in the ledger
 * @param periodStart the earliest event time in the data; null when there is no observation
 * @param periodEnd the latest event time in the data; null when there is no observation
 * @param coverage what each zone's cells were observed by and when; empty when none was mapped
 * @param maritime ship movements through the corridors; {@link MaritimeMovements#NONE} without AIS
 */
public record ReportInput(
    Agreement agreement,
    List<IncidentSummary> incidents,
    List<Finding> findings,
    SourceDirectory sources,
    List<InputSummary> inputs,
    List<String> rejectSamples,
    long rejectCount,
    String ledgerHead,
    long ledgerEntries,
    Instant periodStart,
    Instant periodEnd,
    List<ZoneCoverage> coverage,
    MaritimeMovements maritime) {

  /** Checks and freezes the fields. */
  public ReportInput {
    Objects.requireNonNull(agreement, "agreement");
    Objects.requireNonNull(maritime, "maritime");
    Objects.requireNonNull(sources, "sources");
    incidents = IncidentSummaryColumns.frozen(incidents);
    findings = List.copyOf(findings);
    inputs = List.copyOf(inputs);
    rejectSamples = List.copyOf(rejectSamples);
    coverage = List.copyOf(coverage);
    if (rejectCount < 0 || ledgerEntries < 0) {
      throw new IllegalArgumentException("reject and ledger entry counts must not be negative");
    }
    if ((periodStart == null) != (periodEnd == null)) {
      throw new IllegalArgumentException("the period needs both a start and an end, or neither");
    }
    if (periodStart != null && periodEnd.isBefore(periodStart)) {
      throw new IllegalArgumentException("the period ends before it starts: " + periodStart + " to " + periodEnd);
    }
  }

  /** A report input without maritime movements. */
  public ReportInput(
      Agreement agreement,
      List<IncidentSummary> incidents,
      List<Finding> findings,
      SourceDirectory sources,
      List<InputSummary> inputs,
      List<String> rejectSamples,
      long rejectCount,
      String ledgerHead,
      long ledgerEntries,
      Instant periodStart,
      Instant periodEnd,
      List<ZoneCoverage> coverage) {
    this(agreement, incidents, findings, sources, inputs, rejectSamples, rejectCount, ledgerHead, ledgerEntries,
        periodStart, periodEnd, coverage, MaritimeMovements.NONE);
  }

  /** A report input without coverage. */
  public ReportInput(
      Agreement agreement,
      List<IncidentSummary> incidents,
      List<Finding> findings,
      SourceDirectory sources,
      List<InputSummary> inputs,
      List<String> rejectSamples,
      long rejectCount,
      String ledgerHead,
      long ledgerEntries,
      Instant periodStart,
      Instant periodEnd) {
    this(agreement, incidents, findings, sources, inputs, rejectSamples, rejectCount, ledgerHead, ledgerEntries,
        periodStart, periodEnd, List.of());
  }

  /** Whether any observation was made, so that there is a period to report. */
  public boolean hasPeriod() {
    return periodStart != null;
  }
}
