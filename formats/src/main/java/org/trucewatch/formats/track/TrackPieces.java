package org.trucewatch.formats.track;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.locationtech.jts.geom.Coordinate;
import org.trucewatch.core.coverage.FootprintKind;
import org.trucewatch.core.geo.Geodesy;
import org.trucewatch.core.observation.Casualties;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.observation.ObservationKind;
import org.trucewatch.core.observation.Provenance;
import org.trucewatch.core.source.Credibility;

/**
 * Cuts a patrol track into pieces of at most ten minutes, each an observation of kind {@code
 * other} whose geometry is that stretch of track and whose time is the piece's end, with attribute
 * {@code footprint: patrol-swath}. Coverage then widens each piece by the sensor's swath; pieces
 * keep "when was this cell last seen" to within ten minutes. A gap of more than five minutes
 * between fixes ends a piece without joining across it: nothing is known to have been seen
 * there.
 */
public final class TrackPieces {
  /** The longest piece. */
  public static final Duration PIECE = Duration.ofMinutes(10);
  /** A longer gap between fixes is a break in the track. */
  public static final Duration GAP = Duration.ofMinutes(5);

  private TrackPieces() {}

  /**
   * The pieces of a track.
   *
   * @param sourceId who flew it
   * @param attributes platform, sensor, swath width (those given), added to each piece
   * @param fixes the fixes, any order (sorted here by time); repeated times keep the first
   * @param provenance where the track was read from; each piece keeps its line
   */
  public static List<Observation> of(
      String sourceId, Map<String, String> attributes, List<TimedPosition> fixes, Provenance provenance) {
    List<TimedPosition> sorted = new ArrayList<>(fixes);
    sorted.sort(Comparator.comparing(TimedPosition::time));
    List<Observation> out = new ArrayList<>();
    List<TimedPosition> piece = new ArrayList<>();
    for (TimedPosition p : sorted) {
      if (!piece.isEmpty()) {
        TimedPosition last = piece.get(piece.size() - 1);
        if (!p.time().isAfter(last.time())) {
          continue;
        }
        boolean gap = Duration.between(last.time(), p.time()).compareTo(GAP) > 0;
        boolean full = Duration.between(piece.get(0).time(), p.time()).compareTo(PIECE) > 0;
        if (gap || full) {
          emit(sourceId, attributes, piece, provenance, out);
          piece = new ArrayList<>();
          if (!gap) {
            piece.add(last); // pieces of one unbroken track share their joining fix
          }
        }
      }
      piece.add(p);
    }
    emit(sourceId, attributes, piece, provenance, out);
    return out;
  }

  private static void emit(
      String sourceId, Map<String, String> attributes, List<TimedPosition> piece, Provenance provenance,
      List<Observation> out) {
    List<Coordinate> cs = new ArrayList<>();
    for (TimedPosition p : piece) {
      Coordinate c = new Coordinate(p.lon(), p.lat());
      if (cs.isEmpty() || !cs.get(cs.size() - 1).equals2D(c)) {
        cs.add(c);
      }
    }
    if (cs.size() < 2) {
      return; // a lone fix (or a hover) has no length; a swath needs a stretch of track
    }
    TreeMap<String, String> attrs = new TreeMap<>(attributes);
    attrs.put(FootprintKind.ATTRIBUTE, FootprintKind.PATROL_SWATH.code());
    attrs.put("start", piece.get(0).time().toString());
    out.add(Observation.of(
        sourceId,
        ObservationKind.OTHER,
        piece.get(piece.size() - 1).time(),
        Geodesy.WGS84.createLineString(cs.toArray(new Coordinate[0])),
        0,
        Credibility.PROBABLY_TRUE,
        attrs,
        Casualties.NONE,
        provenance));
  }
}
