package org.trucewatch.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Writes the daily report ({@code report.html}): one self-contained HTML file with inline CSS
 * and SVG, no script and nothing fetched from the network, so it opens offline and archives as
 * it is. The document is also well-formed XML (polyglot XHTML), and the same input gives the
 * same bytes: no clock, canonical order throughout, {@link java.util.Locale#ROOT} formatting.
 *
 * <p>Sections: summary, change from the previous day, map, findings by provision, maritime movements
 * through the corridor, coverage of the zones, the evidence behind each finding,
 * incidents without findings, civilian casualties with their sources, inputs and integrity, a
 * footer explaining the scales, and the signature block with the ledger checkpoint.
 * Everything taken from the input is HTML-escaped.
 */
public final class ReportHtmlWriter {

  /** The whole report as a string. */
  public String render(ReportInput in) {
    return render(in, List.of());
  }

  /** The whole report as a string, with the layers' sections after the evidence. */
  public String render(ReportInput in, List<ReportSection> extra) {
    StringWriter out = new StringWriter();
    try {
      write(in, extra, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * Writes the report of {@link #render(ReportInput, List)} to {@code out} a section at a time, so
   * no more than the largest section is held in memory.
   */
  public void write(ReportInput in, List<ReportSection> extra, Writer out) throws IOException {
    ReportIndex idx = new ReportIndex(in);
    StringBuilder sb = new StringBuilder(64 * 1024);
    sb.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n")
        .append("<meta charset=\"utf-8\"/>\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
        .append("<meta name=\"generator\" content=\"Trucewatch\"/>\n")
        .append("<title>").append(HtmlText.escape(SummarySection.title(idx))).append("</title>\n")
        .append("<style>\n").append(ReportStyle.css()).append("</style>\n</head>\n<body>\n");
    SummarySection.appendTo(sb, idx);
    flush(sb, out);
    sb.append("<nav><ol><li><a href=\"#change\">Change from the previous day</a></li><li><a href=\"#map\">Map</a></li><li><a href=\"#findings\">Findings by provision</a></li>"
        + "<li><a href=\"#maritime\">Maritime movements</a></li><li><a href=\"#coverage\">Coverage</a></li><li><a href=\"#evidence\">Evidence</a></li><li><a href=\"#incidents\">Incidents without findings</a></li>"
        + "<li><a href=\"#casualties\">Civilian casualties</a></li>"
        + extraLinks(extra)
        + "<li><a href=\"#integrity\">Inputs and integrity</a></li><li><a href=\"#scales\">How to read this"
        + " report</a></li><li><a href=\"#signature\">Signature</a></li></ol></nav>\n");
    DayChangeSection.appendTo(sb, idx);
    flush(sb, out);
    sb.append("<section id=\"map\">\n<h2>Map</h2>\n").append(MapSvg.render(idx))
        .append("<p class=\"muted\">Equirectangular, scaled by the cosine of the middle latitude. No coastlines"
            + " or borders are drawn: only the agreement's places and the incidents. Hover over a mark for its"
            + " name; an incident with findings links to its evidence.</p>\n</section>\n");
    FindingsSection.appendTo(sb, idx);
    flush(sb, out);
    MaritimeSection.appendTo(sb, idx);
    flush(sb, out);
    CoverageSection.appendTo(sb, idx);
    flush(sb, out);
    EvidenceSection.appendTo(sb, idx);
    flush(sb, out);
    QuietIncidentsSection.appendTo(sb, idx);
    flush(sb, out);
    CasualtiesSection.appendTo(sb, idx);
    flush(sb, out);
    for (ReportSection section : extra) {
      section.appendTo(sb);
      flush(sb, out);
    }
    IntegritySection.appendTo(sb, idx);
    flush(sb, out);
    ScalesFooter.appendTo(sb);
    flush(sb, out);
    SignatureBlock.appendTo(sb, idx);
    flush(sb, out);
    sb.append("</body>\n</html>\n");
    flush(sb, out);
  }

  private static void flush(StringBuilder sb, Writer out) throws IOException {
    out.append(sb);
    sb.setLength(0);
  }

  private static String extraLinks(List<ReportSection> extra) {
    StringBuilder sb = new StringBuilder();
    for (ReportSection s : extra) {
      sb.append("<li><a href=\"#").append(HtmlText.escape(s.anchor())).append("\">").append(HtmlText.escape(s.title()))
          .append("</a></li>");
    }
    return sb.toString();
  }

  /**
   * Writes the report to {@code file} in UTF-8. It is written beside the target first and moved
   * into place, so a reader never sees half a report and a failed run leaves the old one.
   */
  public void write(ReportInput in, Path file) throws IOException {
    String html = render(in);
    Path dir = file.toAbsolutePath().getParent();
    if (dir != null) {
      Files.createDirectories(dir);
    }
    // a plain sibling rather than createTempFile, whose owner-only mode would stay on the published file
    Path tmp = file.resolveSibling(file.getFileName() + ".part");
    try {
      Files.writeString(tmp, html, StandardCharsets.UTF_8);
      try {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
