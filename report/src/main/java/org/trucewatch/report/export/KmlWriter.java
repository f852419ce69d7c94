package org.trucewatch.report.export;

import java.util.List;
import java.util.Map;
import org.trucewatch.core.assess.Finding;
import org.trucewatch.core.assess.FindingGrade;
import org.trucewatch.core.fuse.Incident;

/**
 * Incidents as KML 2.2 for Google Earth and QGIS: one Placemark per incident at its centre, with
 * its time span, a style per strongest grade, and the findings' explanations as description.
 * Deterministic: the order given, fixed number formatting, no generation time.
 */
public final class KmlWriter {
  private static final Map<String, String> GRADE_COLOURS = Map.of(
      // KML colours are aabbggrr
      "confirmed", "ff1c1cb7", "probable", "ff0051e6", "possible", "ff25a8f9", "unsubstantiated", "ff9c9078", "none", "ffc5bcb0");

  /** The KML document's text. */
  public String render(String title, List<Incident> incidents, Map<String, List<Finding>> findingsByIncident) {
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    sb.append("<kml xmlns=\"http://www.opengis.net/kml/2.2\">\n<Document>\n<name>").append(xml(title)).append("</name>\n");
    for (String grade : List.of("confirmed", "probable", "possible", "unsubstantiated", "none")) {
      sb.append("<Style id=\"grade-").append(grade).append("\"><IconStyle><color>").append(GRADE_COLOURS.get(grade))
          .append("</color></IconStyle></Style>\n");
    }
    for (Incident inc : incidents) {
      List<Finding> fs = findingsByIncident.getOrDefault(inc.id(), List.of());
      FindingGrade best = null;
      StringBuilder description = new StringBuilder();
      for (Finding f : fs) {
        if (best == null || f.grade().ordinal() < best.ordinal()) {
          best = f.grade();
        }
        description.append(f.provisionId()).append(": ").append(f.explanation()).append('\n');
      }
      String grade = best == null ? "none" : best.code();
      sb.append("<Placemark id=\"").append(inc.id()).append("\">\n");
      sb.append("<name>").append(xml(inc.kind().code() + (inc.places().isEmpty() ? "" : " near " + String.join(", ", inc.places()))))
          .append("</name>\n");
      sb.append("<TimeSpan><begin>").append(inc.start()).append("</begin><end>").append(inc.end()).append("</end></TimeSpan>\n");
      sb.append("<styleUrl>#grade-").append(grade).append("</styleUrl>\n");
      sb.append("<ExtendedData>");
      data(sb, "grade", grade);
      data(sb, "status", inc.status().code());
      data(sb, "sources", String.join(" ", inc.sourceIds()));
      data(sb, "observations", Integer.toString(inc.members().size()));
      sb.append("</ExtendedData>\n");
      if (description.length() > 0) {
        sb.append("<description>").append(xml(description.toString().strip())).append("</description>\n");
      }
      sb.append("<Point><coordinates>").append(coordinate(inc.centre().x)).append(',').append(coordinate(inc.centre().y))
          .append("</coordinates></Point>\n</Placemark>\n");
    }
    return sb.append("</Document>\n</kml>\n").toString();
  }

  private static void data(StringBuilder sb, String name, String value) {
    sb.append("<Data name=\"").append(name).append("\"><value>").append(xml(value)).append("</value></Data>");
  }

  private static String coordinate(double v) {
    return java.math.BigDecimal.valueOf(Math.round(v * 1e6) / 1e6).stripTrailingZeros().toPlainString();
  }

  private static String xml(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&':
          out.append("&amp;");
          break;
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        case '"':
          out.append("&quot;");
          break;
        default:
          if (c < 0x20 && c != '\n' && c != '\t') {
            out.append(' ');
          } else {
            out.append(c);
          }
      }
    }
    return out.toString();
  }
}
