package org.trucewatch.scenario;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.trucewatch.core.agreement.Agreement;
import org.trucewatch.core.agreement.Party;
import org.trucewatch.core.agreement.Provision;

/**
 * The two parties whose forces face each other, and which of them holds the eastern side of a line
 * of contact.
 *
 * @param west the party west of the line (Ukraine, when UA and RU are parties)
 * @param east the party east of the line (Russia, when UA and RU are parties)
 * @param westName the west party's full name
 * @param eastName the east party's full name
 */
record Sides(String west, String east, String westName, String eastName) {

  /**
   * The first two parties the provisions bind, in the agreement's order; with UA and RU among them,
   * those two, Russia to the east. The east rule fits every stretch of the Russia-Ukraine line: the
   * border north of Kharkiv (Russia to the north-east), the Donbas front (east) and the Dnipro (the
   * left bank, south-east).
   *
   * @throws IllegalArgumentException when the agreement has fewer than two parties
   */
  static Sides of(Agreement agreement) {
    Set<String> bound = new LinkedHashSet<>();
    for (Party p : agreement.parties()) {
      for (Provision pr : agreement.provisions()) {
        if (pr.parties().contains(p.id())) {
          bound.add(p.id());
        }
      }
    }
    if (bound.size() < 2) {
      for (Party p : agreement.parties()) {
        bound.add(p.id());
      }
    }
    if (bound.size() < 2) {
      throw new IllegalArgumentException(
          "agreement '" + agreement.id() + "' has fewer than two parties; the simulator needs two sides");
    }
    List<String> ids = new ArrayList<>(bound);
    String west = ids.get(0);
    String east = ids.get(1);
    if (ids.contains("UA") && ids.contains("RU")) {
      west = "UA";
      east = "RU";
    }
    return new Sides(west, east, name(agreement, west), name(agreement, east));
  }

  private static String name(Agreement agreement, String id) {
    return agreement.parties().stream().filter(p -> p.id().equals(id)).map(Party::name).findFirst().orElse(id);
  }

  /** Both parties, west first. */
  List<String> both() {
    return List.of(west, east);
  }

  /** The party facing {@code party}. */
  String other(String party) {
    return party.equals(west) ? east : west;
  }

  /** The full name of {@code party}. */
  String nameOf(String party) {
    return party.equals(west) ? westName : eastName;
  }

  /** Whether {@code party} is one of the two. */
  boolean includes(String party) {
    return party.equals(west) || party.equals(east);
  }
}
