package org.trucewatch.report;

import java.util.Locale;

/**
 * The map symbol of a site category: a triangle for nuclear, a square for thermal, a diamond for
 * hydro, a downward triangle for substations, a pentagon for refineries, a circle for cities and
 * a hexagon for anything else. Shapes, not only colours, so the map reads in print.
 */
final class SiteSymbol {
  /** Half the symbol's size, pixels. */
  static final double RADIUS_PX = 5.5;

  private SiteSymbol() {}

  /** An SVG element drawing the category's symbol centred at (x, y), with the given class. */
  static String draw(String category, double x, double y, String cssClass) {
    String c = category.toLowerCase(Locale.ROOT);
    if (c.equals("city")) {
      return "<circle class=\"" + cssClass + "\" cx=\"" + SvgNumber.format(x) + "\" cy=\"" + SvgNumber.format(y)
          + "\" r=\"" + SvgNumber.format(RADIUS_PX * 0.85) + "\"/>";
    }
    int sides;
    double rotation;
    if (c.equals("nuclear")) {
      sides = 3;
      rotation = -90;
    } else if (c.equals("thermal")) {
      sides = 4;
      rotation = 45;
    } else if (c.equals("hydro")) {
      sides = 4;
      rotation = 90;
    } else if (c.equals("substation")) {
      sides = 3;
      rotation = 90;
    } else if (c.equals("refinery")) {
      sides = 5;
      rotation = -90;
    } else {
      sides = 6;
      rotation = 0;
    }
    StringBuilder d = new StringBuilder();
    for (int i = 0; i < sides; i++) {
      double a = Math.toRadians(rotation + 360.0 * i / sides);
      d.append(i == 0 ? 'M' : 'L')
          .append(SvgNumber.format(x + RADIUS_PX * Math.cos(a)))
          .append(' ')
          .append(SvgNumber.format(y + RADIUS_PX * Math.sin(a)));
    }
    d.append('Z');
    return "<path class=\"" + cssClass + "\" d=\"" + d + "\"/>";
  }
}
