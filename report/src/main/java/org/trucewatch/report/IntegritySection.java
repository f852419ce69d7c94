package org.trucewatch.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeSet;
import org.trucewatch.core.source.Source;

/**
 * Section 6: what the report was made from: each input with its hash and counts, the rejected
 * lines, the sources with their grades, and the ledger head that fixes it all.
 */
final class IntegritySection {
  /** How many rejected lines the report shows. */
  static final int MAX_REJECT_LINES = 20;

  private IntegritySection() {}

  static void appendTo(StringBuilder sb, ReportIndex idx) {
    ReportInput in = idx.input();
    sb.append("<section id=\"integrity\">\n<h2>Inputs and integrity</h2>\n<h3>Inputs</h3>\n");
    List<InputSummary> inputs = new ArrayList<>(in.inputs());
    inputs.sort(Comparator.comparing(InputSummary::name).thenComparing(InputSummary::sha256)
        .thenComparing(InputSummary::format));
    if (inputs.isEmpty()) {
      sb.append("<p class=\"none\">No inputs were read.</p>\n");
    } else {
      HtmlTable t = new HtmlTable("inputs", "Name", "Format", "SHA-256", "Observations#", "Rejects#");
      long obs = 0;
      long rej = 0;
      for (InputSummary s : inputs) {
        t.row(HtmlText.escape(s.name()), HtmlText.escape(s.format()), "<code class=\"hash\">"
            + HtmlText.escape(s.sha256()) + "</code>", Long.toString(s.observations()), Long.toString(s.rejects()));
        obs += s.observations();
        rej += s.rejects();
      }
      t.row("<strong>total</strong>", "", "", "<strong>" + obs + "</strong>", "<strong>" + rej + "</strong>");
      t.appendTo(sb);
    }

    sb.append("<h3>Rejected lines</h3>\n");
    if (in.rejectCount() == 0 && in.rejectSamples().isEmpty()) {
      sb.append("<p class=\"none\">No line was rejected.</p>\n");
    } else {
      int shown = Math.min(MAX_REJECT_LINES, in.rejectSamples().size());
      sb.append("<p>").append(ReportFormat.plural(in.rejectCount(), "line was", "lines were"))
          .append(" rejected; the good lines around them were kept.");
      if (shown < in.rejectCount()) {
        sb.append(" The first ").append(shown).append(" are shown.");
      }
      sb.append("</p>\n");
      if (shown > 0) {
        sb.append("<pre class=\"rejects\">");
        for (int n = 0; n < shown; n++) {
          sb.append(HtmlText.escape(in.rejectSamples().get(n))).append('\n');
        }
        sb.append("</pre>\n");
      }
    }

    sb.append("<h3>Sources</h3>\n");
    appendSources(sb, idx);

    sb.append("<h3>Ledger</h3>\n<p>").append(ReportFormat.plural(in.ledgerEntries(), "entry", "entries"))
        .append(" in the evidence ledger");
    if (in.ledgerHead() == null || in.ledgerHead().isEmpty()) {
      sb.append("; the ledger is empty.</p>\n");
    } else {
      sb.append("; head of the hash chain: <code class=\"hash\">").append(HtmlText.escape(in.ledgerHead()))
          .append("</code>. Every raw input is stored unchanged and chained by hash; the same ledger gives a"
              + " byte-identical report.</p>\n");
    }
    sb.append("</section>\n");
  }

  private static void appendSources(StringBuilder sb, ReportIndex idx) {
    SortedMap<String, Long> used = idx.membersBySource();
    TreeSet<String> ids = new TreeSet<>(used.keySet());
    idx.input().sources().all().forEach(s -> ids.add(s.id()));
    if (ids.isEmpty()) {
      sb.append("<p class=\"none\">No sources.</p>\n");
      return;
    }
    HtmlTable t = new HtmlTable("sources", "Source", "Name", "Reliability", "Affiliation", "In incidents#");
    for (String id : ids) {
      Source s = idx.input().sources().lookup(id);
      String reliability = s.reliability() + " <span class=\"muted\">" + ReportFormat.words(s.reliability())
          + (idx.listed(id) ? "" : "; not in the source directory") + "</span>";
      t.row(HtmlText.escape(id), HtmlText.escape(s.name()), reliability,
          HtmlText.escape(s.affiliation().orElse("none")), Long.toString(used.getOrDefault(id, 0L)));
    }
    t.appendTo(sb);
  }
}
