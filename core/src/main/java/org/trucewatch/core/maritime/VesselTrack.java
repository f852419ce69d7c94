package org.trucewatch.core.maritime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.locationtech.jts.geom.Coordinate;
import org.trucewatch.core.geo.Geodesy;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.observation.ObservationKind;

/**
 * One ship's track: its positions in time order, with what its static messages said about it.
 *
 * @param mmsi the ship's MMSI
 * @param name its name, empty when unknown
 * @param shipType its AIS ship type, 0 when unknown
 * @param points positions, in time order (then observation id)
 */
public record VesselTrack(int mmsi, String name, int shipType, List<TrackPoint> points) {
  /** The observation attribute holding the MMSI; vessel observations without it have no track. */
  public static final String MMSI = "mmsi";

  /** Freezes the list. */
  public VesselTrack {
    points = List.copyOf(points);
  }

  /**
   * The tracks in these observations: every {@code vessel} or {@code military-vessel} observation
   * with an {@code mmsi} attribute, grouped by MMSI, sorted by time, with implausible jumps (faster
   * than {@code maxPlausibleSpeedKnots} from the last plausible point) flagged. Tracks come out
   * sorted by MMSI. O(n log n).
   */
  public static List<VesselTrack> fromObservations(Collection<Observation> observations, double maxPlausibleSpeedKnots) {
    Map<Integer, List<Observation>> byMmsi = new TreeMap<>();
    for (Observation o : observations) {
      OptionalInt mmsi = trackedMmsi(o);
      if (mmsi.isPresent()) {
        byMmsi.computeIfAbsent(mmsi.getAsInt(), k -> new ArrayList<>()).add(o);
      }
    }
    List<VesselTrack> tracks = new ArrayList<>();
    for (Map.Entry<Integer, List<Observation>> e : byMmsi.entrySet()) {
      tracks.add(ofShip(e.getKey(), e.getValue(), maxPlausibleSpeedKnots));
    }
    return tracks;
  }

  /**
   * The MMSI under which {@link #fromObservations} tracks this observation: a {@code vessel} or
   * {@code military-vessel} observation with a numeric {@code mmsi}; empty for any other.
   */
  public static OptionalInt trackedMmsi(Observation o) {
    if (o.kind() != ObservationKind.VESSEL && o.kind() != ObservationKind.MILITARY_VESSEL) {
      return OptionalInt.empty();
    }
    String mmsi = o.attributes().get(MMSI);
    if (mmsi == null) {
      return OptionalInt.empty();
    }
    try {
      return OptionalInt.of(Integer.parseInt(mmsi));
    } catch (NumberFormatException e) {
      // not an AIS track point
      return OptionalInt.empty();
    }
  }

  /**
   * The track of ship {@code mmsi} from its observations (all of them its own vessel observations,
   * in any order): what {@link #fromObservations} makes for that ship, so a caller holding fixes
   * compactly can build one ship's track at a time. O(n log n).
   */
  public static VesselTrack ofShip(int mmsi, List<Observation> shipObservations, double maxPlausibleSpeedKnots) {
    List<Observation> obs = new ArrayList<>(shipObservations);
    obs.sort(Comparator.comparing(Observation::eventTime).thenComparing(Observation::id));
    List<TrackPoint> points = new ArrayList<>(obs.size());
    String name = "";
    int shipType = 0;
    TrackPoint lastGood = null;
    for (Observation o : obs) {
      Coordinate c = o.representativeCoordinate();
      boolean jump = false;
      if (lastGood != null) {
        double hours = Duration.between(lastGood.time(), o.eventTime()).toMillis() / 3_600_000.0;
        double nm = Geodesy.distanceMetres(lastGood.position(), c) / 1852.0;
        jump = hours <= 0 ? nm > 0.5 : nm / hours > maxPlausibleSpeedKnots;
      }
      TrackPoint p = new TrackPoint(o, o.eventTime(), c, decimal(o.attributes().get("speed_kn")), jump);
      points.add(p);
      if (!jump) {
        lastGood = p;
      }
      name = o.attributes().getOrDefault("name", name);
      shipType = shipType(o, shipType);
    }
    return new VesselTrack(mmsi, name, shipType, points);
  }

  /** The points not flagged as implausible jumps. */
  public List<TrackPoint> plausiblePoints() {
    return points.stream().filter(p -> !p.implausibleJump()).toList();
  }

  private static double decimal(String s) {
    if (s == null) {
      return Double.NaN;
    }
    try {
      return Double.parseDouble(s);
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  /** The observation's AIS ship type, as its track records it; {@code otherwise} where it has none. */
  public static int shipType(Observation o, int otherwise) {
    return integer(o.attributes().get("ship_type"), otherwise);
  }

  private static int integer(String s, int otherwise) {
    if (s == null) {
      return otherwise;
    }
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      return otherwise;
    }
  }
}
