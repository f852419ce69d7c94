package org.trucewatch.scenario.score;

import java.util.List;
import java.util.Locale;

/**
 * How a run's incidents compare with the ground truth's real events (see {@link IncidentScorer}).
 *
 * @param events real events scored: truth events with observation ids
 * @param unscoredEvents truth events without observation ids (the sea layer's), left out
 * @param incidents incidents scored: those sharing an observation with a real event, or with a
 *     finding graded possible or better
 * @param background incidents left out: made only of observations of no real event and without a
 *     finding (field fires far from every site); they would count as false alarms in a strict count
 * @param unsubstantiated incidents left out: made only of observations of no real event, whose
 *     findings are all unsubstantiated; false alarms in a strict count and in the count by findings
 * @param seaIncidents incidents of the sea layer, left out with the sea events
 * @param matched incident-event pairs, one to one
 * @param unmatchedEvents ids of the real events no incident matched (misses), sorted
 * @param falseAlarms ids of the scored incidents no event matched (false alarms and split-off parts), sorted
 */
public record IncidentScore(int events, int unscoredEvents, int incidents, int background, int unsubstantiated,
    int seaIncidents,
    int matched, List<String> unmatchedEvents, List<String> falseAlarms) {
  /** Freezes the lists. */
  public IncidentScore {
    unmatchedEvents = List.copyOf(unmatchedEvents);
    falseAlarms = List.copyOf(falseAlarms);
  }

  /** Matched over scored incidents; 1 when there are none. */
  public double precision() {
    return incidents == 0 ? 1 : (double) matched / incidents;
  }

  /** Matched over real events; 1 when there are none. */
  public double recall() {
    return events == 0 ? 1 : (double) matched / events;
  }

  /** The harmonic mean of precision and recall. */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** Precision if every incident with a finding counted, unsubstantiated ones too. */
  public double precisionByFindings() {
    int all = incidents + unsubstantiated;
    return all == 0 ? 1 : (double) matched / all;
  }

  /** Precision if every incident counted: background and unsubstantiated ones as false alarms too. */
  public double strictPrecision() {
    int all = incidents + unsubstantiated + background;
    return all == 0 ? 1 : (double) matched / all;
  }

  /** Three lines of figures, as {@code trucewatch score} prints them. */
  public String text() {
    return String.format(Locale.ROOT,
        "precision %.3f  recall %.3f  F1 %.3f%n"
            + "events %d (matched %d, missed %d; %d sea events not scored), incidents %d (false alarms or split parts %d)%n"
            + "left out: %d noise incidents with only unsubstantiated findings (precision with them %.3f),"
            + " %d background incidents without a finding (strict precision with both %.3f), %d sea incidents%n",
        precision(), recall(), f1(), events, matched, unmatchedEvents.size(), unscoredEvents, incidents,
        falseAlarms.size(), unsubstantiated, precisionByFindings(), background, strictPrecision(), seaIncidents);
  }
}
