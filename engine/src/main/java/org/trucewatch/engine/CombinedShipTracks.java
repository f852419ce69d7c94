package org.trucewatch.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.trucewatch.core.maritime.ShipTracks;
import org.trucewatch.core.maritime.TrackPoint;
import org.trucewatch.core.maritime.VesselTrack;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.observation.ObservationKind;

/**
 * The ships of fixes held apart (AIS in primitive columns) and of the vessel points among other
 * observations (e.g. a JSON-lines feed with an {@code mmsi}), as one set of tracks: a ship in both
 * gets one track of all its points, what {@link VesselTrack#fromObservations} makes of them
 * together. The other observations' vessel points are few and held as they are.
 */
final class CombinedShipTracks implements ShipTracks {
  private final ShipTracks fixes;
  private final Map<Integer, List<Observation>> others = new TreeMap<>();
  private final double maxPlausibleSpeedKnots;
  private final int[] mmsis;

  CombinedShipTracks(ShipTracks fixes, List<Observation> observations, double maxPlausibleSpeedKnots) {
    this.fixes = fixes;
    this.maxPlausibleSpeedKnots = maxPlausibleSpeedKnots;
    for (Observation o : observations) {
      // the rule of VesselTrack.fromObservations
      if (o.kind() != ObservationKind.VESSEL && o.kind() != ObservationKind.MILITARY_VESSEL) {
        continue;
      }
      String mmsi = o.attributes().get(VesselTrack.MMSI);
      if (mmsi == null) {
        continue;
      }
      try {
        others.computeIfAbsent(Integer.parseInt(mmsi), k -> new ArrayList<>()).add(o);
      } catch (NumberFormatException e) {
        // not an AIS track point
      }
    }
    int[] own = fixes.mmsis();
    if (others.isEmpty()) {
      mmsis = own;
    } else {
      TreeSet<Integer> all = new TreeSet<>(others.keySet());
      Arrays.stream(own).forEach(all::add);
      mmsis = all.stream().mapToInt(Integer::intValue).toArray();
    }
  }

  @Override
  public int[] mmsis() {
    return mmsis.clone();
  }

  @Override
  public VesselTrack track(int mmsi) {
    List<Observation> more = others.get(mmsi);
    if (more == null) {
      return fixes.track(mmsi);
    }
    List<Observation> all = new ArrayList<>(more);
    if (Arrays.binarySearch(fixes.mmsis(), mmsi) >= 0) {
      for (TrackPoint p : fixes.track(mmsi).points()) {
        all.add(p.observation());
      }
    }
    return VesselTrack.ofShip(mmsi, all, maxPlausibleSpeedKnots);
  }
}
