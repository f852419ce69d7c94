package org.trucewatch.core.agreement;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A ceasefire agreement as far as it can be checked: its parties and its provisions.
 *
 * @param id short stable identifier
 * @param title full title
 * @param parties parties and observers
 * @param provisions the checkable terms, ids unique
 */
public record Agreement(String id, String title, List<Party> parties, List<Provision> provisions) {
  /** Checks the fields: unique provision and element ids, provisions naming known parties. */
  public Agreement {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    parties = List.copyOf(parties);
    provisions = List.copyOf(provisions);
    Set<String> partyIds = new HashSet<>();
    for (Party p : parties) {
      if (!partyIds.add(p.id())) {
        throw new IllegalArgumentException("party id '" + p.id() + "' appears twice");
      }
    }
    Set<String> ids = new HashSet<>();
    for (Provision p : provisions) {
      if (!ids.add(p.id())) {
        throw new IllegalArgumentException("provision id '" + p.id() + "' appears twice");
      }
      for (String party : p.parties()) {
        if (!partyIds.contains(party)) {
          throw new IllegalArgumentException(
              "provision '" + p.id() + "' names party '" + party + "', which is not among the parties");
        }
      }
      for (ProvisionElement e : p.elements()) {
        if (!e.id().equals(p.id()) && !ids.add(e.id())) {
          throw new IllegalArgumentException("element id '" + e.id() + "' appears twice");
        }
      }
    }
  }

  /** The provision with this id. */
  public Optional<Provision> provision(String id) {
    return provisions.stream().filter(p -> p.id().equals(id)).findFirst();
  }
}
