package org.trucewatch.report;

/**
 * The report's inline style sheet, screen and print. It holds no '&lt;' or '&amp;', so the
 * document stays well-formed XML.
 */
final class ReportStyle {
  private ReportStyle() {}

  static String css() {
    return ":root{--ink:#1a1a1a;--muted:#5f6b77;--line:#d5dbe1}\n"
        + "body{font:14px/1.45 system-ui,-apple-system,\"Segoe UI\",Roboto,\"Helvetica Neue\",Arial,sans-serif;"
        + "color:var(--ink);margin:0 auto;max-width:1120px;padding:16px 24px}\n"
        + "h1{font-size:24px;margin:8px 0 4px}\n"
        + "h2{font-size:19px;border-bottom:2px solid var(--ink);padding-bottom:3px;margin-top:32px}\n"
        + "h3{font-size:16px;margin:20px 0 4px}\n"
        + "h4{font-size:14px;margin:14px 0 4px}\n"
        + ".sub{color:var(--muted);font-weight:normal;font-size:13px;margin:0 0 6px}\n"
        + ".muted{color:var(--muted);font-size:12px}\n"
        + ".period{color:var(--muted);margin-top:0}\n"
        + ".caveat{border-left:4px solid #b9770e;background:#fdf6e3;padding:8px 12px}\n"
        + ".none{color:var(--muted);font-style:italic}\n"
        + ".warn{color:#a50f15;font-weight:bold}\n"
        + ".unattributed{font-style:italic;border:1px dashed #888;padding:0 4px;border-radius:3px;white-space:nowrap}\n"
        + ".contested{font-weight:bold;color:#6c3483}\n"
        + "table{border-collapse:collapse;width:100%;margin:6px 0 12px;font-size:13px}\n"
        + "th,td{border-bottom:1px solid var(--line);padding:4px 6px;text-align:left;vertical-align:top}\n"
        + "th{background:#eef1f4;font-weight:600}\n"
        + "td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}\n"
        + "table.counts,table.scale{width:auto}\n"
        + "code{font:12px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}\n"
        + "code.hash{word-break:break-all}\n"
        + ".nowrap{white-space:nowrap}\n"
        + ".coords{font-variant-numeric:tabular-nums}\n"
        + ".badge{display:inline-block;padding:1px 7px;border-radius:9px;font-size:12px;font-weight:600;"
        + "white-space:nowrap;-webkit-print-color-adjust:exact;print-color-adjust:exact}\n"
        + GradeStyle.css()
        + ".finding{border:1px solid var(--line);border-radius:6px;padding:2px 14px 6px;margin:14px 0}\n"
        + ".finding:target{outline:3px solid #f07b24}\n"
        + ".explanation{background:#f6f8fa;padding:8px 10px;border-radius:4px}\n"
        + "pre.rejects{background:#f6f8fa;padding:8px;font-size:12px;white-space:pre-wrap;word-break:break-all}\n"
        + "svg.map{max-width:100%;height:auto;display:block;margin:8px 0}\n"
        + ".scales{display:flex;gap:32px;flex-wrap:wrap}\n"
        + ".scales>div{flex:0 1 440px}\n"
        + "nav ol{margin:4px 0;padding-left:22px}\n"
        + "nav li{display:inline;margin-right:18px}\n"
        + "footer{margin-top:32px;border-top:2px solid var(--ink)}\n"
        + "a{color:#1f618d}\n"
        + "@page{size:A4;margin:14mm}\n"
        + "@media print{\n"
        + "body{max-width:none;padding:0;font-size:11px}\n"
        + "a{color:inherit;text-decoration:none}\n"
        + "nav{display:none}\n"
        + "h2,h3,h4{break-after:avoid}\n"
        + "tr,.finding,svg.map{break-inside:avoid}\n"
        + "table{font-size:10px}\n"
        + "*{-webkit-print-color-adjust:exact;print-color-adjust:exact}\n"
        + "}\n";
  }
}
