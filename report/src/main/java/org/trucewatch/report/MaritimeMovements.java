package org.trucewatch.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.trucewatch.core.agreement.Agreement;
import org.trucewatch.core.agreement.CorridorProvision;
import org.trucewatch.core.enrich.ProvisionMatcher;
import org.trucewatch.core.enrich.Touch;
import org.trucewatch.core.maritime.CorridorTransit;
import org.trucewatch.core.maritime.CorridorTransitDetector;
import org.trucewatch.core.maritime.MaritimeDetection;
import org.trucewatch.core.maritime.MaritimeRules;
import org.trucewatch.core.maritime.ShipTracks;
import org.trucewatch.core.maritime.TrackPoint;
import org.trucewatch.core.maritime.VesselTrack;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.observation.ObservationKind;

/**
 * What the report says about shipping through the agreement's corridors, from the AIS tracks:
 * each ship's stays in each corridor, the AIS dark periods that began inside one, and every
 * warship heard. Built by the same sea-layer operators as the pipeline and {@code tracks.geojson}.
 *
 * @param ships how many ships were heard (tracks)
 * @param corridors the agreement's corridor provisions, in agreement order
 * @param transits every stay of a ship in a corridor, by corridor then entry time then MMSI
 * @param darkPeriods AIS gaps that began inside a corridor, by time then id
 * @param darkPeriodsElsewhere AIS gaps that began outside every corridor
 * @param warships ships with any military-vessel position, by MMSI
 */
public record MaritimeMovements(
    int ships,
    List<CorridorProvision> corridors,
    List<CorridorTransit> transits,
    List<Observation> darkPeriods,
    int darkPeriodsElsewhere,
    List<Warship> warships) {
  /** No AIS input. */
  public static final MaritimeMovements NONE = new MaritimeMovements(0, List.of(), List.of(), List.of(), 0, List.of());

  /**
   * A warship heard on AIS.
   *
   * @param mmsi its MMSI
   * @param name its AIS name, empty when none was sent
   * @param shipType its AIS ship type, 0 when none was sent
   * @param firstHeard its first position's time
   * @param lastHeard its last position's time
   * @param corridorsEntered the ids of the corridors it was inside, sorted
   */
  public record Warship(int mmsi, String name, int shipType, Instant firstHeard, Instant lastHeard, Set<String> corridorsEntered) {
    /** Freezes the set. */
    public Warship {
      corridorsEntered = Set.copyOf(new TreeSet<>(corridorsEntered));
    }
  }

  /** Freezes the lists. */
  public MaritimeMovements {
    corridors = List.copyOf(corridors);
    transits = List.copyOf(transits);
    darkPeriods = List.copyOf(darkPeriods);
    warships = List.copyOf(warships);
  }

  /** The movements in these observations (any order) under this agreement. */
  public static MaritimeMovements of(Agreement agreement, List<Observation> observations) {
    Objects.requireNonNull(agreement, "agreement");
    MaritimeDetection.Result sea = new MaritimeDetection(MaritimeRules.DEFAULTS).run(observations);
    return of(agreement, sea.tracks(), sea.tracks().size(), sea.detections());
  }

  /**
   * The movements of these ships, taking one track at a time, given the sea layer's detections of
   * them (only the {@code ais-gap}s are read): what {@link #of(Agreement, List)} gives over the
   * observations the tracks and detections come from.
   */
  public static MaritimeMovements of(Agreement agreement, ShipTracks ships, List<Observation> seaDetections) {
    Objects.requireNonNull(agreement, "agreement");
    return of(agreement, ShipTracks.inOrder(ships), ships.mmsis().length, seaDetections);
  }

  private static MaritimeMovements of(Agreement agreement, Iterable<VesselTrack> tracks, int trackCount,
      List<Observation> seaDetections) {
    if (trackCount == 0) {
      return NONE;
    }
    List<CorridorProvision> corridors = new ArrayList<>();
    Set<String> corridorIds = new TreeSet<>();
    for (var p : agreement.provisions()) {
      if (p instanceof CorridorProvision c) {
        corridors.add(c);
        corridorIds.add(c.id());
      }
    }
    // one pass over the tracks: each ship's corridor stays, and whether it is a warship
    CorridorTransitDetector detector = new CorridorTransitDetector(corridors);
    List<CorridorTransit> transits = new ArrayList<>();
    List<VesselTrack> military = new ArrayList<>();
    for (VesselTrack t : tracks) {
      transits.addAll(detector.detect(List.of(t)));
      boolean warship = false;
      for (TrackPoint p : t.points()) {
        warship |= p.observation().kind() == ObservationKind.MILITARY_VESSEL;
      }
      if (warship && !t.points().isEmpty()) {
        military.add(new VesselTrack(t.mmsi(), t.name(), t.shipType(),
            List.of(t.points().get(0), t.points().get(t.points().size() - 1))));
      }
    }
    transits.sort(Comparator.comparing(CorridorTransit::corridorId).thenComparing(CorridorTransit::entered)
        .thenComparingInt(CorridorTransit::mmsi));
    ProvisionMatcher matcher = new ProvisionMatcher(agreement);
    List<Observation> dark = new ArrayList<>();
    int elsewhere = 0;
    for (Observation o : seaDetections) {
      if (o.kind() != ObservationKind.AIS_GAP) {
        continue;
      }
      boolean inCorridor = false;
      for (Touch t : matcher.touches(o)) {
        inCorridor |= corridorIds.contains(t.provisionId());
      }
      if (inCorridor) {
        dark.add(o);
      } else {
        elsewhere++;
      }
    }
    List<Warship> warships = new ArrayList<>();
    for (VesselTrack t : military) {
      Set<String> entered = new TreeSet<>();
      for (CorridorTransit c : transits) {
        if (c.mmsi() == t.mmsi()) {
          entered.add(c.corridorId());
        }
      }
      warships.add(new Warship(t.mmsi(), t.name(), t.shipType(), t.points().get(0).time(),
          t.points().get(t.points().size() - 1).time(), entered));
    }
    warships.sort(Comparator.comparingInt(Warship::mmsi));
    return new MaritimeMovements(trackCount, corridors, transits, dark, elsewhere, warships);
  }
}
