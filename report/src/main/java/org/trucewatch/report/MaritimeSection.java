package org.trucewatch.report;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.trucewatch.core.agreement.CorridorProvision;
import org.trucewatch.core.maritime.CorridorTransit;
import org.trucewatch.core.observation.Observation;

/**
 * The report's section on maritime movements through the corridor: per corridor, the ships in it,
 * their through transits and dwell; the AIS dark periods that began inside a corridor, with the
 * reception context that tells a switched-off transponder from a coverage hole; and every warship
 * heard, with the corridors it entered.
 */
final class MaritimeSection {
  /** How many dark periods the report lists; the rest are counted. */
  static final int DARK_PERIODS_LISTED = 20;

  private MaritimeSection() {}

  static void appendTo(StringBuilder sb, ReportIndex idx) {
    MaritimeMovements m = idx.input().maritime();
    sb.append("<section id=\"maritime\">\n<h2>Maritime movements through the corridor</h2>\n");
    if (m.ships() == 0) {
      sb.append("<p>No AIS input in this period: no ship movements can be reported. No ship heard is not the same as"
          + " no ship present.</p>\n</section>\n");
      return;
    }
    sb.append("<p>").append(ReportFormat.plural(m.ships(), "ship", "ships")).append(" heard on AIS. A through transit"
        + " entered a corridor from outside and left it again; dwell is the time from the first to the last fix"
        + " inside.</p>\n");
    if (m.corridors().isEmpty()) {
      sb.append("<p>The agreement has no corridor provision.</p>\n");
    } else {
      HtmlTable t = new HtmlTable("corridors", "Corridor", "Ships in it#", "Stays#", "Through transits#",
          "Still inside at last fix#", "Median dwell#", "Longest dwell#");
      for (CorridorProvision c : m.corridors()) {
        List<CorridorTransit> stays = new ArrayList<>();
        for (CorridorTransit s : m.transits()) {
          if (s.corridorId().equals(c.id())) {
            stays.add(s);
          }
        }
        long ships = stays.stream().mapToInt(CorridorTransit::mmsi).distinct().count();
        long through = stays.stream().filter(s -> s.enteredFromOutside() && s.leftToOutside()).count();
        long inside = stays.stream().filter(s -> !s.leftToOutside()).count();
        List<Duration> dwell = new ArrayList<>();
        stays.forEach(s -> dwell.add(Duration.between(s.entered(), s.exited())));
        dwell.sort(null);
        t.row(HtmlText.escape(c.name()) + " <span class=\"muted\">" + HtmlText.escape(c.id()) + "</span>",
            Long.toString(ships), Integer.toString(stays.size()), Long.toString(through), Long.toString(inside),
            dwell.isEmpty() ? "" : hours(dwell.get((dwell.size() - 1) / 2)),
            dwell.isEmpty() ? "" : hours(dwell.get(dwell.size() - 1)));
      }
      t.appendTo(sb);
    }

    sb.append("<h3>Dark periods in the corridor</h3>\n");
    if (m.darkPeriods().isEmpty()) {
      sb.append("<p>No AIS gap began inside a corridor");
    } else {
      HtmlTable t = new HtmlTable("dark-periods", "Ship", "Silent from (UTC)", "Silent until (UTC)", "Minutes#",
          "Moved km#", "Reception");
      for (Observation o : m.darkPeriods().subList(0, Math.min(DARK_PERIODS_LISTED, m.darkPeriods().size()))) {
        var a = o.attributes();
        t.row(ship(a.get("mmsi"), a.getOrDefault("name", "")),
            HtmlText.escape(minutes(a.get("gap_start"))), HtmlText.escape(minutes(a.get("gap_end"))),
            HtmlText.escape(a.getOrDefault("gap_minutes", "")), HtmlText.escape(a.getOrDefault("distance_km", "")),
            HtmlText.escape(a.getOrDefault("reception", "")));
      }
      t.appendTo(sb);
      sb.append("<p class=\"muted\">").append(ReportFormat.plural(m.darkPeriods().size(), "dark period", "dark periods"))
          .append(" began inside a corridor");
      if (m.darkPeriods().size() > DARK_PERIODS_LISTED) {
        sb.append(", the first ").append(DARK_PERIODS_LISTED).append(" listed");
      }
    }
    sb.append("; ").append(ReportFormat.plural(m.darkPeriodsElsewhere(), "more began", "more began"))
        .append(" outside every corridor.</p>\n");

    sb.append("<h3>Warships</h3>\n");
    if (m.warships().isEmpty()) {
      sb.append("<p>No warship (AIS ship type 35 or 55, or a watch-listed MMSI) was heard.</p>\n");
    } else {
      HtmlTable t = new HtmlTable("warships", "Ship", "AIS type#", "First heard (UTC)", "Last heard (UTC)", "Corridors entered");
      for (MaritimeMovements.Warship w : m.warships()) {
        t.row(ship(Integer.toString(w.mmsi()), w.name()), Integer.toString(w.shipType()),
            HtmlText.escape(ReportFormat.utcMinutes(w.firstHeard())), HtmlText.escape(ReportFormat.utcMinutes(w.lastHeard())),
            w.corridorsEntered().isEmpty() ? "none" : HtmlText.escape(String.join(", ", new java.util.TreeSet<>(w.corridorsEntered()))));
      }
      t.appendTo(sb);
    }
    sb.append("</section>\n");
  }

  private static String ship(String mmsi, String name) {
    return "MMSI " + HtmlText.escape(mmsi) + (name == null || name.isEmpty() ? "" : " " + HtmlText.escape(name));
  }

  private static String minutes(String isoInstant) {
    return isoInstant == null ? "" : ReportFormat.utcMinutes(java.time.Instant.parse(isoInstant));
  }

  private static String hours(Duration d) {
    return String.format(Locale.ROOT, "%.1f h", d.toMinutes() / 60.0);
  }
}
