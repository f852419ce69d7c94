package org.trucewatch.core.thermal;

import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.observation.ObservationKind;
import org.trucewatch.core.source.Credibility;

/**
 * The credibility a thermal anomaly carries into a finding's grade: its confidence's credibility
 * (high 2, nominal 3, low 4; see the FIRMS reader), moved one step by its fire radiative power.
 *
 * <ul>
 *   <li>FRP of at least {@link #STRONG_FRP_MW} makes it one step more credible, to 2 at best: a
 *       burning fuel store, transformer or turbine hall radiates tens to hundreds of megawatts,
 *       while most VIIRS detections (field and grass fires) are a few megawatts and false
 *       alarms are weak;
 *   <li>FRP below {@link #WEAK_FRP_MW} makes it one step less credible, to 5 at worst: that is
 *       at the sensor's detection limit, where false alarms (sun glint, hot surfaces) gather.
 * </ul>
 *
 * A detection without FRP, an observation of another kind, and credibility 1 or 6 are returned
 * unchanged. The thresholds are judgement, not calibration; they are documented in {@code
 * docs/space-layer.md} so that a reader of a grade can follow it.
 */
public final class ThermalCredibility {
  /** Fire radiative power, megawatts, from which a detection is strong. */
  public static final double STRONG_FRP_MW = 50;
  /** Fire radiative power, megawatts, below which a detection is weak. */
  public static final double WEAK_FRP_MW = 1;

  private ThermalCredibility() {}

  /** The credibility of {@code o} for grading. */
  public static Credibility of(Observation o) {
    Credibility c = o.credibility();
    String frpText = o.attributes().get("frp");
    if (o.kind() != ObservationKind.THERMAL_ANOMALY || frpText == null || c == Credibility.CONFIRMED
        || c == Credibility.CANNOT_BE_JUDGED) {
      return c;
    }
    double frp;
    try {
      frp = Double.parseDouble(frpText);
    } catch (NumberFormatException e) {
      return c;
    }
    if (frp >= STRONG_FRP_MW && c.rating() > Credibility.PROBABLY_TRUE.rating()) {
      return Credibility.of(c.rating() - 1);
    }
    if (frp < WEAK_FRP_MW && c.rating() < Credibility.IMPROBABLE.rating()) {
      return Credibility.of(c.rating() + 1);
    }
    return c;
  }
}
