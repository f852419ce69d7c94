package org.trucewatch.scenario;

import java.util.List;
import java.util.Objects;
import org.locationtech.jts.geom.Coordinate;
import org.trucewatch.core.source.Source;
import org.trucewatch.formats.track.TimedPosition;

/**
 * The air layer of a simulated scenario: drone patrol tracks, what they and a satellite image
 * detected, the ground truth of the objects planted in and around each zone, and the plans that
 * say which part of each zone was patrolled.
 *
 * @param sorties every drone sortie, by platform then time
 * @param detections detections and imagery footprints, by time then platform then position
 * @param truth the planted objects, ids {@code air-0001} upwards by time
 * @param plans one patrol plan per zone drawn along a line
 * @param sources the drones and the satellite imagery provider, sorted by id
 */
public record AirScenario(
    List<Sortie> sorties, List<AirDetection> detections, List<TruthEvent> truth, List<AirPatrolPlanView> plans,
    List<Source> sources) {
  /** Freezes the lists. */
  public AirScenario {
    sorties = List.copyOf(sorties);
    detections = List.copyOf(detections);
    truth = List.copyOf(truth);
    plans = List.copyOf(plans);
    sources = List.copyOf(sources);
  }

  /**
   * One flight of one drone.
   *
   * @param platform the drone's id (also its source id)
   * @param swathWidthMetres its sensor's ground footprint width
   * @param fixes its positions, in time order
   */
  public record Sortie(String platform, double swathWidthMetres, List<TimedPosition> fixes) {
    /** Freezes the list. */
    public Sortie {
      Objects.requireNonNull(platform, "platform");
      fixes = List.copyOf(fixes);
    }
  }

  /**
   * A detection of an object (with {@code cls}) or an imagery footprint (with {@code footprint}).
   *
   * @param time when
   * @param platform the drone or satellite
   * @param sensor the sensor
   * @param cls detection class code, null for a footprint
   * @param confidence 0 to 1, for detections
   * @param count how many, for detections
   * @param calibreMillimetres calibre, NaN when not given
   * @param position the detection's point, null for a footprint
   * @param footprint the imagery footprint's corners (closed ring), null for a detection
   * @param eventId the truth event it shows, null for false positives and footprints
   */
  public record AirDetection(
      java.time.Instant time, String platform, String sensor, String cls, double confidence, int count,
      double calibreMillimetres, Coordinate position, Coordinate[] footprint, String eventId) {}

  /**
   * What a test needs of a plan: which zone, and whether a point lies in its patrolled part.
   *
   * @param provisionId the zone
   * @param plan the plan
   */
  public record AirPatrolPlanView(String provisionId, AirPatrolPlan plan) {
    /** Whether the plan patrols the part of the zone {@code p} (lon/lat) lies in. */
    public boolean patrolled(Coordinate p) {
      return plan.patrolled(p);
    }
  }
}
