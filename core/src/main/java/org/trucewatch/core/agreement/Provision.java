package org.trucewatch.core.agreement;

import java.util.List;
import java.util.Set;
import org.trucewatch.core.observation.Activity;
import org.trucewatch.core.observation.Observation;

/**
 * One term of an agreement that can be checked against what happened on the ground: which
 * activities are prohibited (or alerted on), where, when and binding whom.
 *
 * <p>Closed set: a {@link ZoneProvision}, a list of {@link ProtectedSitesProvision protected
 * sites}, a {@link CorridorProvision maritime corridor}, and {@link AlertAreaProvision alert
 * areas} around places whose surroundings are watched without being covered by a prohibition.
 */
public sealed interface Provision
    permits ZoneProvision, ProtectedSitesProvision, CorridorProvision, AlertAreaProvision {

  /** Unique within the agreement, lower-case with hyphens. */
  String id();

  /** Human-readable title. */
  String name();

  /** Ids of the parties bound by this provision. */
  List<String> parties();

  /** When it is in force. */
  EffectivePeriod period();

  /** What it prohibits (or, for alert areas, what raises an alert). */
  Set<Activity> activities();

  /** The places it covers, each indexable on its own. */
  List<ProvisionElement> elements();

  /** The kind in files: {@code zone}, {@code protected-sites}, {@code corridor}, {@code alert-areas}. */
  String kindCode();

  /**
   * Whether an observation that touches the element {@code elementId} of this provision shows
   * something it prohibits (or alerts on). By default: the observation's kind shows one of the
   * provision's activities, whichever element it touches.
   */
  default boolean covers(String elementId, Observation o) {
    for (Activity a : o.kind().activities()) {
      if (activities().contains(a)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a match is a possible violation (true) or only an alert (false). */
  default boolean prohibits() {
    return true;
  }
}
