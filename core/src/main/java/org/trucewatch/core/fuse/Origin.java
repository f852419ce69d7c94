package org.trucewatch.core.fuse;

import java.util.Locale;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.source.Source;
import org.trucewatch.core.source.SourceDirectory;

/**
 * Where a piece of information first came from, which is what corroboration counts: five outlets
 * repeating one governor's Telegram post are one origin, two satellites are two.
 *
 * <p>An observation's origin is the first link of its source chain (attribute {@value
 * #SOURCE_CHAIN}, "original, via channel, via channel", as {@link
 * org.trucewatch.core.claim.SourceChain} writes it) when it has one, else its own source. Either
 * way the origin is then judged by {@link Source#independenceKey}: a listed source (matched by id
 * or by name, ignoring case) counts by its affiliation, so two sources of one party are one
 * origin; an original nobody lists counts by its name.
 */
public final class Origin {
  /** The attribute holding the chain of who said it and who carried it. */
  public static final String SOURCE_CHAIN = "source_chain";

  private Origin() {}

  /**
   * The key two observations share exactly when they come from one origin: {@code party:UA},
   * {@code source:firms-viirs-snpp}, or {@code origin:<name>} for an original nobody lists.
   */
  public static String keyOf(Observation o, SourceDirectory sources) {
    String chain = o.attributes().get(SOURCE_CHAIN);
    if (chain != null && !chain.isBlank()) {
      String original = chain.split(", via ", 2)[0].trim();
      if (!original.isEmpty()) {
        for (Source s : sources.all()) {
          if (s.id().equalsIgnoreCase(original) || s.name().equalsIgnoreCase(original)) {
            return s.independenceKey();
          }
        }
        return "origin:" + original.toLowerCase(Locale.ROOT);
      }
    }
    return sources.lookup(o.sourceId()).independenceKey();
  }
}
