package org.trucewatch.report;

/** A section a layer adds to the daily report, after the evidence: an anchor, a title, its HTML. */
public interface ReportSection {
  /** The section's anchor id, unique in the report. */
  String anchor();

  /** The title the report's contents list shows. */
  String title();

  /** Appends the section, a well-formed {@code <section id="anchor">} element. */
  void appendTo(StringBuilder sb);
}
