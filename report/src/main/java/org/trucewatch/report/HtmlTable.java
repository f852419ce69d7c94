package org.trucewatch.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A table of the report: escaped headers, rows of cells given as ready HTML (the caller escapes
 * what comes from input), numeric columns aligned right.
 */
final class HtmlTable {
  private final String cssClass;
  private final String[] headers;
  private final boolean[] numeric;
  private final List<String[]> rows = new ArrayList<>();

  /** A table with these column headers; a header ending in '#' marks a numeric column. */
  HtmlTable(String cssClass, String... headers) {
    this.cssClass = cssClass;
    this.headers = new String[headers.length];
    this.numeric = new boolean[headers.length];
    for (int i = 0; i < headers.length; i++) {
      numeric[i] = headers[i].endsWith("#");
      this.headers[i] = numeric[i] ? headers[i].substring(0, headers[i].length() - 1) : headers[i];
    }
  }

  /** Adds a row of HTML cells, one per column. */
  HtmlTable row(String... htmlCells) {
    if (htmlCells.length != headers.length) {
      throw new IllegalArgumentException("a row needs " + headers.length + " cells, not " + htmlCells.length);
    }
    rows.add(htmlCells.clone());
    return this;
  }

  boolean isEmpty() {
    return rows.isEmpty();
  }

  void appendTo(StringBuilder sb) {
    sb.append("<table class=\"").append(cssClass).append("\">\n<thead><tr>");
    for (int i = 0; i < headers.length; i++) {
      sb.append(numeric[i] ? "<th class=\"num\">" : "<th>").append(HtmlText.escape(headers[i])).append("</th>");
    }
    sb.append("</tr></thead>\n<tbody>\n");
    for (String[] r : rows) {
      sb.append("<tr>");
      for (int i = 0; i < r.length; i++) {
        sb.append(numeric[i] ? "<td class=\"num\">" : "<td>").append(r[i]).append("</td>");
      }
      sb.append("</tr>\n");
    }
    sb.append("</tbody>\n</table>\n");
  }
}
