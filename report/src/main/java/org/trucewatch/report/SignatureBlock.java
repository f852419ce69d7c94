package org.trucewatch.report;

/**
 * The closing signature block: the ledger checkpoint the whole report rests on, stated so a
 * signatory attests to exactly that state of the evidence, and lines for the mission's
 * signatures. Left blank for ink or a detached signature: the report itself holds no clock time.
 */
final class SignatureBlock {
  private SignatureBlock() {}

  static void appendTo(StringBuilder sb, ReportIndex idx) {
    ReportInput in = idx.input();
    boolean empty = in.ledgerHead() == null || in.ledgerHead().isEmpty();
    sb.append("<section id=\"signature\">\n<h2>Signature</h2>\n<p>This report rests on ledger checkpoint ")
        .append(empty ? "(empty ledger)" : "<code>" + HtmlText.escape(in.ledgerHead()) + "</code>")
        .append(" after ").append(in.ledgerEntries()).append(in.ledgerEntries() == 1 ? " entry" : " entries")
        .append(". Whoever holds the ledger can re-run the pipeline from it and compare.</p>\n");
    HtmlTable t = new HtmlTable("signature", "Role", "Name", "Signature", "Date (UTC)");
    t.row("Prepared by (analyst)", "", "", "");
    t.row("Reviewed by (head of monitoring)", "", "", "");
    t.appendTo(sb);
    sb.append("</section>\n");
  }
}
