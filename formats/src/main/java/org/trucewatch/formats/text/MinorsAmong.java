package org.trucewatch.formats.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.trucewatch.core.observation.CasualtyCount;

/**
 * Children among the killed and children among the injured are different children: "18 Menschen ums
 * Leben gekommen, darunter neun Kinder ... 72 Menschen verletzt, darunter 12 Kinder" is 21 minors,
 * not the larger figure. The minors of one place are combined as one figure told again (the
 * larger wins) only within the category they are counted among; across the killed and the injured
 * they add up.
 */
final class MinorsAmong {
  /** A figure of a mention: its category, first token, count and whether it revises an earlier one. */
  record Fig(String category, int first, CasualtyCount count, boolean revision) {}

  private MinorsAmong() {}

  /**
   * The minors of a mention's figures, or {@code combined} (what combining them all gives) when
   * they stand among one category only, or a figure revises another.
   */
  static CasualtyCount count(List<Fig> figures, CasualtyCount combined) {
    List<Fig> sorted = new ArrayList<>(figures);
    sorted.sort(Comparator.comparingInt(Fig::first));
    Map<String, CasualtyCount> byAmong = new TreeMap<>();
    for (Fig f : sorted) {
      if (!f.category().equals("minors")) {
        continue;
      }
      if (f.revision()) {
        return combined;
      }
      String among = among(sorted, f);
      byAmong.merge(among, f.count(), CasualtyCount::combine);
    }
    if (byAmong.size() < 2 || !byAmong.containsKey("killed") || !byAmong.containsKey("injured")) {
      return combined;
    }
    CasualtyCount killed = byAmong.get("killed");
    CasualtyCount injured = byAmong.get("injured");
    if (killed.isUnknown() || injured.isUnknown() || killed.min() == 0 || injured.min() == 0 || byAmong.size() > 2) {
      return combined;
    }
    return killed.plus(injured);
  }

  /** The category a minors' figure is counted among: of the same number, else the last before it. */
  private static String among(List<Fig> sorted, Fig minors) {
    String last = "none";
    for (Fig f : sorted) {
      boolean hurt = FigureReader.killedOrInjured(f.category());
      if (hurt && f.first() == minors.first()) {
        return f.category();
      }
      if (hurt && f.first() < minors.first()) {
        last = f.category();
      }
    }
    return last;
  }
}
