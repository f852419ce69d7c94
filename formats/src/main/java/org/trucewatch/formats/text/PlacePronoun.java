package org.trucewatch.formats.text;

import java.util.Set;

/**
 * A pronoun that stands for the place the sentence before named: "росіяни тероризували Марганецьку
 * громаду. Обстріляли її з важкої артилерії", "Враг атаковал Никополь. Его обстреляли из артиллерии".
 * A sentence that tells of an attack on "it" and names no place of its own happened there.
 */
final class PlacePronoun {
  /** Object pronouns of a place: feminine (громада, область), masculine and neuter, plural. */
  private static final Set<String> PRONOUNS = Set.of("її", "його", "їх", "неї", "нього", "её", "его", "их", "нее", "неё",
      "него");

  private PlacePronoun() {}

  /** Whether the lower-case word is such a pronoun. */
  static boolean is(String lower) {
    return PRONOUNS.contains(lower);
  }
}
