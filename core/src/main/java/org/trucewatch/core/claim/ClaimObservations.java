package org.trucewatch.core.claim;

import java.util.Optional;
import java.util.TreeMap;
import org.trucewatch.core.assess.Assessor;
import org.trucewatch.core.fuse.CasualtyHistory;
import org.trucewatch.core.fuse.IncidentFuser;
import org.trucewatch.core.geo.Geodesy;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.observation.Provenance;
import org.trucewatch.core.source.Credibility;

/**
 * Turns a claim into the observation the pipeline works on. The observation says what the source
 * claims, graded as a claim: a claim placed only at region level is one step less credible than
 * its words (a region is no place to corroborate or assess against a site), and a claim with no
 * resolvable place gives no observation at all rather than a point at 0,0.
 */
public final class ClaimObservations {
  /** Attribute naming how precisely the place is known: settlement or region. */
  public static final String LOCATION_PRECISION = "location_precision";

  private ClaimObservations() {}

  /**
   * The observation of a claim, or empty when the claim has no location.
   *
   * @param claim the claim
   * @param sourceId id of the original source, as the sources registry knows it
   * @param provenance where in the ledger the report lies
   */
  public static Optional<Observation> toObservation(Claim claim, String sourceId, Provenance provenance) {
    ClaimedPlace place = claim.place();
    if (place.centre().isEmpty()) {
      return Optional.empty();
    }
    Credibility credibility = claim.credibility();
    if (place.precision() == LocationPrecision.REGION) {
      credibility = lowered(credibility);
    }
    TreeMap<String, String> attributes = new TreeMap<>();
    if (!place.name().isEmpty()) {
      attributes.put("place", place.name());
    }
    if (!place.admin1().isEmpty()) {
      attributes.put("admin1", place.admin1());
    }
    attributes.put(LOCATION_PRECISION, place.precision().code());
    claim.means().ifPresent(m -> attributes.put("means", m));
    claim.target().ifPresent(t -> attributes.put("target", t));
    claim.attributedTo().ifPresent(p -> attributes.put(Assessor.ATTRIBUTED_TO, p));
    if (!claim.source().links().isEmpty()) {
      attributes.put("source_chain", claim.source().toString());
    }
    // "unknown" when the source gave no publication time: said so, not written as a made-up time
    attributes.put(CasualtyHistory.REPORTED_AT, claim.reportedAt().map(Object::toString).orElse(CasualtyHistory.UNKNOWN));
    attributes.put(IncidentFuser.TIME_UNCERTAINTY, Long.toString(claim.eventTimeUncertainty().getSeconds()));
    attributes.put("casualty_scope", claim.scope().code());
    attributes.put("claim", claim.text().text());
    return Optional.of(Observation.of(
        sourceId,
        claim.kind(),
        claim.eventTime(),
        Geodesy.WGS84.createPoint(place.centre().get()),
        place.uncertaintyMetres(),
        credibility,
        attributes,
        claim.casualties(),
        provenance));
  }

  /** One step less credible, down to 5 (improbable); 6 (cannot be judged) stays 6. */
  static Credibility lowered(Credibility c) {
    if (c == Credibility.CANNOT_BE_JUDGED || c == Credibility.IMPROBABLE) {
      return c;
    }
    return Credibility.of(c.rating() + 1);
  }
}
