package org.trucewatch.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.trucewatch.core.agreement.AlertAreaProvision;
import org.trucewatch.core.agreement.CorridorProvision;
import org.trucewatch.core.agreement.ProtectedSitesProvision;
import org.trucewatch.core.agreement.Provision;
import org.trucewatch.core.agreement.ProvisionElement;
import org.trucewatch.core.assess.Finding;
import org.trucewatch.core.assess.FindingGrade;
import org.trucewatch.core.assess.FindingKind;
import org.trucewatch.core.enrich.Touch;
import org.trucewatch.core.fuse.IncidentSummary;
import org.trucewatch.core.geo.Circle;
import org.trucewatch.core.geo.LineBand;
import org.trucewatch.core.geo.PolygonRegion;

/**
 * The report's map as inline SVG, drawn from the data alone (no coastline or tiles are
 * available offline): a graticule, the provisions' areas and sites, and the incidents coloured
 * by the strongest grade of their findings, each linking to its evidence.
 */
final class MapSvg {
  static final double MAX_WIDTH_PX = 960;
  static final double MAX_HEIGHT_PX = 640;
  static final double MARGIN_FRACTION = 0.08;
  private static final double LEGEND_COLUMN_PX = 180;
  private static final double LEGEND_ROW_PX = 20;
  private static final double[] GRID_STEPS_DEGREES = {0.25, 0.5, 1, 2, 5, 10, 20};
  private static final int[] SCALE_KILOMETRES = {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000};

  private static final String STYLE =
      ".sea{fill:#f4f7fa}"
          + ".grat{stroke:#cdd6df;stroke-width:.6;fill:none}"
          + ".gl{font:10px sans-serif;fill:#6b7785}"
          + ".zone{fill:#c0392b;fill-opacity:.08;fill-rule:evenodd;stroke:#a93226;stroke-width:1.2;stroke-dasharray:6 3}"
          + ".corridor{fill:#2471a3;fill-opacity:.08;fill-rule:evenodd;stroke:#1f618d;stroke-width:1.2;stroke-dasharray:2 2}"
          + ".alert{fill:#6c3483;fill-opacity:.06;fill-rule:evenodd;stroke:#6c3483;stroke-width:1}"
          + ".radius{fill:none;stroke:#333;stroke-width:.6;stroke-dasharray:2 2}"
          + ".site{fill:#fff;stroke:#222;stroke-width:1.2}"
          + ".i{stroke:#333;stroke-width:.8}"
          + ".i.none{fill:#fff;stroke:#777}"
          + ".i.pv{stroke:#000;stroke-width:2}"
          + GradeStyle.svgCss()
          + ".lbl{font:bold 11px sans-serif;fill:#111;paint-order:stroke;stroke:#fff;stroke-width:3px;stroke-linejoin:round}"
          + ".al{font:italic 11px sans-serif;fill:#444;paint-order:stroke;stroke:#fff;stroke-width:3px;stroke-linejoin:round}"
          + ".lg{font:11px sans-serif;fill:#222}"
          + ".frame{fill:none;stroke:#8a96a3}"
          + ".bar{stroke:#222;stroke-width:2;fill:none}";

  /** One provision element with its outline, computed once. */
  private record Drawn(Provision provision, ProvisionElement element, Geometry outline) {}

  private MapSvg() {}

  /** The map's SVG element. */
  static String render(ReportIndex idx) {
    List<Drawn> drawn = new ArrayList<>();
    Envelope box = new Envelope();
    for (Provision p : idx.input().agreement().provisions()) {
      for (ProvisionElement e : p.elements()) {
        Geometry outline = e.region().outline();
        drawn.add(new Drawn(p, e, outline));
        box.expandToInclude(outline.getEnvelopeInternal());
      }
    }
    for (IncidentSummary i : idx.incidents()) {
      box.expandToInclude(i.centre());
    }
    if (box.isNull()) {
      return "<p class=\"none\">Nothing to map: the agreement has no places and there are no incidents.</p>";
    }
    MapProjection p = MapProjection.fit(box, MARGIN_FRACTION, MAX_WIDTH_PX, MAX_HEIGHT_PX);
    List<LegendEntry> legend = legendEntries(drawn);
    int columns = Math.max(1, (int) Math.floor(p.widthPx() / LEGEND_COLUMN_PX));
    int rows = (legend.size() + columns - 1) / columns;
    double legendTop = p.heightPx() + 10;
    double totalHeight = legendTop + rows * LEGEND_ROW_PX + 6;
    String w = SvgNumber.format(p.widthPx());
    String h = SvgNumber.format(totalHeight);

    StringBuilder sb = new StringBuilder(16_384);
    sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"map\" viewBox=\"0 0 ").append(w).append(' ')
        .append(h).append("\" width=\"").append(w).append("\" height=\"").append(h)
        .append("\" role=\"img\" aria-labelledby=\"map-title\">\n");
    sb.append("<title id=\"map-title\">Map of the agreement's places and the incidents</title>\n");
    sb.append("<style>").append(STYLE).append("</style>\n");
    sb.append("<rect class=\"sea\" x=\"0\" y=\"0\" width=\"").append(w).append("\" height=\"")
        .append(SvgNumber.format(p.heightPx())).append("\"/>\n");
    graticule(sb, p);
    areas(sb, drawn, p);
    sites(sb, drawn, p);
    incidents(sb, idx, p);
    labels(sb, drawn, idx, p);
    scaleBar(sb, p);
    sb.append("<rect class=\"frame\" x=\"0\" y=\"0\" width=\"").append(w).append("\" height=\"")
        .append(SvgNumber.format(p.heightPx())).append("\"/>\n");
    legend(sb, legend, columns, legendTop);
    sb.append("</svg>\n");
    return sb.toString();
  }

  private static void graticule(StringBuilder sb, MapProjection p) {
    double span = Math.max(p.east() - p.west(), p.north() - p.south());
    double step = GRID_STEPS_DEGREES[GRID_STEPS_DEGREES.length - 1];
    for (double s : GRID_STEPS_DEGREES) {
      if (span / s <= 10) {
        step = s;
        break;
      }
    }
    StringBuilder d = new StringBuilder();
    StringBuilder text = new StringBuilder();
    for (long k = (long) Math.ceil(p.west() / step); k * step <= p.east(); k++) {
      double lon = k * step;
      String x = SvgNumber.format(p.x(lon));
      d.append('M').append(x).append(" 0V").append(SvgNumber.format(p.heightPx()));
      text.append("<text class=\"gl\" x=\"").append(SvgNumber.format(p.x(lon) + 2)).append("\" y=\"")
          .append(SvgNumber.format(p.heightPx() - 4)).append("\">").append(degrees(lon, "E", "W"))
          .append("</text>");
    }
    for (long k = (long) Math.ceil(p.south() / step); k * step <= p.north(); k++) {
      double lat = k * step;
      String y = SvgNumber.format(p.y(lat));
      d.append("M0 ").append(y).append('H').append(SvgNumber.format(p.widthPx()));
      text.append("<text class=\"gl\" x=\"3\" y=\"").append(SvgNumber.format(p.y(lat) - 3)).append("\">")
          .append(degrees(lat, "N", "S")).append("</text>");
    }
    sb.append("<path class=\"grat\" d=\"").append(d).append("\"/>\n").append(text).append('\n');
  }

  /** "47°N", "36.5°E", "0.25°S": as few decimals as the value needs. */
  static String degrees(double value, String positive, String negative) {
    String n = BigDecimal.valueOf(Math.abs(value)).stripTrailingZeros().toPlainString();
    if (value == 0) {
      return "0°";
    }
    return n + "°" + (value > 0 ? positive : negative);
  }

  private static void areas(StringBuilder sb, List<Drawn> drawn, MapProjection p) {
    sb.append("<g>\n");
    for (Drawn d : drawn) {
      String cls = areaClass(d.provision());
      if (cls == null) {
        continue;
      }
      String path = SvgPath.of(d.outline(), p);
      if (!path.isEmpty()) {
        String title = d.element().name().equals(d.provision().name())
            ? d.element().name()
            : d.element().name() + " (" + d.provision().name() + ")";
        sb.append("<path class=\"").append(cls).append("\" d=\"").append(path).append("\"><title>")
            .append(HtmlText.escape(title)).append("</title></path>\n");
      }
    }
    sb.append("</g>\n");
  }

  /** The class of an area drawn as an outline, or null for protected sites (drawn as symbols). */
  private static String areaClass(Provision p) {
    if (p instanceof ProtectedSitesProvision) {
      return null;
    }
    if (p instanceof AlertAreaProvision) {
      return "alert";
    }
    if (p instanceof CorridorProvision) {
      return "corridor";
    }
    return "zone";
  }

  private static void sites(StringBuilder sb, List<Drawn> drawn, MapProjection p) {
    sb.append("<g>\n");
    for (Drawn d : drawn) {
      if (!(d.element().region() instanceof Circle circle)) {
        continue;
      }
      if (d.provision() instanceof ProtectedSitesProvision) {
        String path = SvgPath.of(d.outline(), p);
        if (!path.isEmpty()) {
          sb.append("<path class=\"radius\" d=\"").append(path).append("\"/>");
        }
      }
      sb.append("<g><title>").append(HtmlText.escape(d.element().name())).append(" (")
          .append(HtmlText.escape(d.element().category())).append(", radius ")
          .append(ReportFormat.distance(circle.radiusMetres())).append(")</title>")
          .append(SiteSymbol.draw(d.element().category(), p.x(circle.centre()), p.y(circle.centre()), "site"))
          .append("</g>\n");
    }
    sb.append("</g>\n");
  }

  private static void incidents(StringBuilder sb, ReportIndex idx, MapProjection p) {
    // weakest first so the strongest findings are drawn on top: those without a finding (most of
    // them, taken one at a time in the index's start, id order), then the others by grade
    List<IncidentSummary> graded = new ArrayList<>();
    for (IncidentSummary i : idx.incidents()) {
      if (idx.bestGrade(i.id()).isPresent()) {
        graded.add(i);
      }
    }
    graded.sort(
        Comparator.comparing((IncidentSummary i) -> -idx.bestGrade(i.id()).orElseThrow().ordinal())
            .thenComparing(IncidentSummary::start)
            .thenComparing(IncidentSummary::id));
    Iterable<IncidentSummary> order = java.util.stream.Stream.concat(
        idx.incidents().stream().filter(i -> idx.bestGrade(i.id()).isEmpty()), graded.stream())::iterator;
    sb.append("<g>\n");
    for (IncidentSummary i : order) {
      List<Finding> fs = idx.findingsOf(i.id());
      Optional<FindingGrade> grade = idx.bestGrade(i.id());
      String cx = SvgNumber.format(p.x(i.centre()));
      String cy = SvgNumber.format(p.y(i.centre()));
      StringBuilder title = new StringBuilder();
      title.append("Incident ").append(ReportFormat.shortId(i.id())).append(", ").append(i.kind().code())
          .append(", ").append(ReportFormat.utcMinutes(i.start())).append(" UTC");
      if (!i.places().isEmpty()) {
        title.append(", ").append(String.join(" / ", i.places()));
      }
      if (fs.isEmpty()) {
        title.append(": no finding");
        sb.append("<circle class=\"i none\" cx=\"").append(cx).append("\" cy=\"").append(cy)
            .append("\" r=\"3\"><title>").append(HtmlText.escape(title.toString())).append("</title></circle>\n");
        continue;
      }
      boolean violation = fs.stream().anyMatch(f -> f.kind() == FindingKind.POSSIBLE_VIOLATION);
      TreeSet<String> kinds = new TreeSet<>();
      fs.forEach(f -> kinds.add(f.kind().code() + " (" + f.grade().code() + ")"));
      title.append(": ").append(String.join(", ", kinds));
      sb.append("<a href=\"#").append(EvidenceSection.anchor(fs.get(0))).append("\"><circle class=\"i ")
          .append(GradeStyle.cssClass(grade.orElseThrow())).append(violation ? " pv" : "").append("\" cx=\"")
          .append(cx).append("\" cy=\"").append(cy).append("\" r=\"5\"><title>")
          .append(HtmlText.escape(title.toString())).append("</title></circle></a>\n");
    }
    sb.append("</g>\n");
  }

  private static void labels(StringBuilder sb, List<Drawn> drawn, ReportIndex idx, MapProjection p) {
    TreeSet<String> withFindings = new TreeSet<>();
    for (Finding f : idx.findings()) {
      for (Touch t : f.elements()) {
        withFindings.add(t.elementId());
      }
    }
    TreeMap<String, String> texts = new TreeMap<>();
    for (Drawn d : drawn) {
      ProvisionElement e = d.element();
      if (e.region() instanceof Circle circle && withFindings.contains(e.id())) {
        double x = p.x(circle.centre());
        double y = p.y(circle.centre()) + 4;
        double offset = SiteSymbol.RADIUS_PX + 3;
        // to the right of the symbol, or to its left when it would run off the map
        boolean left = x + offset + textWidthPx(e.name()) > p.widthPx();
        texts.put(e.id(), text("lbl", left ? x - offset : x + offset, y, e.name(), left ? "end" : null));
      } else if (e.region() instanceof LineBand) {
        // centred under the band, clear of the sites and incidents inside it
        Envelope env = d.outline().getEnvelopeInternal();
        texts.put(e.id(), centred(e.name(), p.x((env.getMinX() + env.getMaxX()) / 2), p.y(env.getMinY()) + 13, p));
      } else if (e.region() instanceof PolygonRegion poly) {
        Coordinate c = poly.area().getInteriorPoint().getCoordinate();
        texts.put(e.id(), centred(e.name(), p.x(c), p.y(c), p));
      }
    }
    sb.append("<g>\n");
    texts.values().forEach(t -> sb.append(t).append('\n'));
    sb.append("</g>\n");
  }

  /** A rough width of 11 px sans-serif text, enough to keep labels inside the map. */
  private static double textWidthPx(String s) {
    return s.length() * 6.0;
  }

  private static String centred(String name, double x, double y, MapProjection p) {
    double half = textWidthPx(name) / 2;
    double cx = Math.max(half + 4, Math.min(p.widthPx() - half - 4, x));
    double cy = Math.min(p.heightPx() - 16, y);
    return text("al", cx, cy, name, "middle");
  }

  private static String text(String cls, double x, double y, String content) {
    return text(cls, x, y, content, null);
  }

  private static String text(String cls, double x, double y, String content, String anchor) {
    return "<text class=\"" + cls + "\" x=\"" + SvgNumber.format(x) + "\" y=\"" + SvgNumber.format(y) + "\""
        + (anchor == null ? "" : " text-anchor=\"" + anchor + "\"") + ">" + HtmlText.escape(content) + "</text>";
  }

  private static void scaleBar(StringBuilder sb, MapProjection p) {
    double pxPerKm = p.pxPerKilometre();
    int km = SCALE_KILOMETRES[0];
    for (int k : SCALE_KILOMETRES) {
      if (k * pxPerKm <= p.widthPx() / 5) {
        km = k;
      }
    }
    // bottom right, above the longitude labels
    double x1 = p.widthPx() - 12;
    double x0 = x1 - km * pxPerKm;
    double y0 = p.heightPx() - 22;
    sb.append("<path class=\"bar\" d=\"M").append(SvgNumber.format(x0)).append(' ').append(SvgNumber.format(y0 - 4))
        .append('V').append(SvgNumber.format(y0)).append('H').append(SvgNumber.format(x1)).append('V')
        .append(SvgNumber.format(y0 - 4)).append("\"/>")
        .append(text("lg", x0, y0 - 7, km + " km")).append('\n');
  }

  /** One line of the legend: a shape ({@code dot}, {@code small-dot}, {@code box} or {@code site:<category>}). */
  private record LegendEntry(String shape, String cssClass, String label) {}

  private static List<LegendEntry> legendEntries(List<Drawn> drawn) {
    List<LegendEntry> out = new ArrayList<>();
    for (FindingGrade g : FindingGrade.values()) {
      out.add(new LegendEntry("dot", "i " + GradeStyle.cssClass(g), g.code() + " finding"));
    }
    out.add(new LegendEntry("small-dot", "i none", "incident, no finding"));
    out.add(new LegendEntry("dot", "i none pv", "black ring: possible violation"));
    TreeSet<String> categories = new TreeSet<>();
    boolean alert = false;
    boolean zone = false;
    boolean corridor = false;
    boolean radius = false;
    for (Drawn d : drawn) {
      if (d.element().region() instanceof Circle) {
        categories.add(d.element().category().toLowerCase(Locale.ROOT));
      }
      alert |= d.provision() instanceof AlertAreaProvision;
      radius |= d.provision() instanceof ProtectedSitesProvision;
      corridor |= d.provision() instanceof CorridorProvision;
      zone |= "zone".equals(areaClass(d.provision()));
    }
    for (String c : categories) {
      out.add(new LegendEntry("site:" + c, "site", "site: " + c));
    }
    if (radius) {
      out.add(new LegendEntry("box", "radius", "protected radius"));
    }
    if (alert) {
      out.add(new LegendEntry("box", "alert", "alert area"));
    }
    if (zone) {
      out.add(new LegendEntry("box", "zone", "zone"));
    }
    if (corridor) {
      out.add(new LegendEntry("box", "corridor", "corridor"));
    }
    return out;
  }

  private static void legend(StringBuilder sb, List<LegendEntry> entries, int columns, double top) {
    sb.append("<g>\n");
    for (int n = 0; n < entries.size(); n++) {
      double x = 12 + (n % columns) * LEGEND_COLUMN_PX;
      double y = top + (n / columns) * LEGEND_ROW_PX + 8;
      sb.append(symbol(entries.get(n), x, y)).append(text("lg", x + 14, y + 4, entries.get(n).label())).append('\n');
    }
    sb.append("</g>\n");
  }

  private static String symbol(LegendEntry e, double x, double y) {
    if (e.shape().startsWith("site:")) {
      return SiteSymbol.draw(e.shape().substring("site:".length()), x, y, e.cssClass());
    }
    if (e.shape().equals("box")) {
      return "<rect class=\"" + e.cssClass() + "\" x=\"" + SvgNumber.format(x - 7) + "\" y=\""
          + SvgNumber.format(y - 5) + "\" width=\"14\" height=\"10\"/>";
    }
    String r = e.shape().equals("small-dot") ? "3" : "5";
    return "<circle class=\"" + e.cssClass() + "\" cx=\"" + SvgNumber.format(x) + "\" cy=\"" + SvgNumber.format(y)
        + "\" r=\"" + r + "\"/>";
  }
}
