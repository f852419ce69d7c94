package org.trucewatch.report;

import org.trucewatch.core.assess.FindingGrade;

/**
 * The colour of each finding grade, one place for the badges and the map: dark red for confirmed
 * through grey for unsubstantiated, always shown with the grade's name so it reads in greyscale
 * and for colour-blind readers.
 */
final class GradeStyle {
  private GradeStyle() {}

  /** The CSS class of the grade, e.g. {@code g-confirmed}. */
  static String cssClass(FindingGrade g) {
    return "g-" + g.code();
  }

  /** A coloured badge naming the grade, e.g. {@code <span class="badge g-confirmed">confirmed</span>}. */
  static String badge(FindingGrade g) {
    return badge(g, g.code());
  }

  /** A badge in the grade's colour around {@code escapedText}, which must already be HTML. */
  static String badge(FindingGrade g, String escapedText) {
    return "<span class=\"badge " + cssClass(g) + "\">" + escapedText + "</span>";
  }

  /** Background colour. */
  static String fill(FindingGrade g) {
    switch (g) {
      case CONFIRMED:
        return "#a50f15";
      case PROBABLE:
        return "#f07b24";
      case POSSIBLE:
        return "#f5d33c";
      default:
        return "#bdbdbd";
    }
  }

  /** Text colour readable on {@link #fill}. */
  static String ink(FindingGrade g) {
    return g == FindingGrade.CONFIRMED ? "#ffffff" : "#1a1a1a";
  }

  /** The CSS rules of all grades, for badges ({@code .badge.g-x}) and map marks ({@code .m.g-x}). */
  static String css() {
    StringBuilder sb = new StringBuilder();
    for (FindingGrade g : FindingGrade.values()) {
      sb.append(".badge.").append(cssClass(g)).append("{background:").append(fill(g)).append(";color:")
          .append(ink(g)).append("}\n");
    }
    return sb.toString();
  }

  /** The SVG fill rules of all grades, for incident marks ({@code .i.g-x}). */
  static String svgCss() {
    StringBuilder sb = new StringBuilder();
    for (FindingGrade g : FindingGrade.values()) {
      sb.append(".i.").append(cssClass(g)).append("{fill:").append(fill(g)).append('}');
    }
    return sb.toString();
  }
}
