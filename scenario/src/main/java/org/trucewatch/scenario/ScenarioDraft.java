package org.trucewatch.scenario;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.locationtech.jts.geom.Coordinate;
import org.trucewatch.core.agreement.Provision;
import org.trucewatch.core.geo.Geodesy;
import org.trucewatch.core.geo.Region;
import org.trucewatch.core.observation.Activity;
import org.trucewatch.core.observation.ObservationKind;
import org.trucewatch.core.source.Source;

/**
 * The scenario while it is being simulated: events under provisional keys, and the observations
 * of them. {@link #finish} numbers the events in time order and puts everything in file order.
 * Observations that would fall outside the window are dropped: they belong to another day's inputs.
 */
final class ScenarioDraft {
  private record EventDraft(
      String key,
      int seq,
      ObservationKind kind,
      Instant time,
      Coordinate location,
      String provisionId,
      String elementId,
      String by,
      boolean breaches) {}

  final TimeWindow window;
  final SplittableRandom rnd;
  private final List<EventDraft> events = new ArrayList<>();
  private final List<FirmsDetection> detections = new ArrayList<>();
  private final List<SimulatedObservation> drones = new ArrayList<>();
  private final List<SimulatedObservation> reports = new ArrayList<>();

  ScenarioDraft(TimeWindow window, SplittableRandom rnd) {
    this.window = window;
    this.rnd = rnd;
  }

  /**
   * Records an event and returns its provisional key. Whether it breaches is decided here, by the
   * same three tests assessment makes: inside the element, while the provision is in force, an
   * activity it covers.
   */
  String addEvent(
      ObservationKind kind,
      Instant time,
      Coordinate location,
      Provision provision,
      String elementId,
      Region element,
      String by) {
    boolean inside = element.touches(Geodesy.WGS84.createPoint(location));
    boolean inForce = provision.period().contains(time);
    boolean covered = false;
    for (Activity a : kind.activities()) {
      covered |= provision.activities().contains(a);
    }
    int seq = events.size();
    String key = "draft-" + seq;
    events.add(
        new EventDraft(key, seq, kind, time, location, provision.id(), elementId, by, inside && inForce && covered));
    return key;
  }

  /** Adds a FIRMS row if its pass is in the window. */
  void addDetection(FirmsDetection d) {
    if (window.contains(d.acquiredAt())) {
      detections.add(d);
    }
  }

  /** Adds a patrol sighting if it is in the window. */
  void addDroneObservation(SimulatedObservation o) {
    if (window.contains(o.time())) {
      drones.add(o);
    }
  }

  /** Adds a report if it is in the window. */
  void addReport(SimulatedObservation o) {
    if (window.contains(o.time())) {
      reports.add(o);
    }
  }

  /**
   * The scenario in file order, events numbered {@code ev-0001} upwards by time, and the sources
   * of the observations that made it into the window.
   */
  Scenario finish(ReportingSources sources) {
    List<EventDraft> ordered = new ArrayList<>(events);
    ordered.sort(Comparator.comparing(EventDraft::time).thenComparingInt(EventDraft::seq));
    Map<String, String> idByKey = new HashMap<>();
    for (int i = 0; i < ordered.size(); i++) {
      idByKey.put(ordered.get(i).key(), String.format(Locale.ROOT, "ev-%04d", i + 1));
    }
    TreeMap<String, Integer> counts = new TreeMap<>();
    List<FirmsDetection> ds = new ArrayList<>();
    for (FirmsDetection d : detections) {
      Optional<String> id = d.eventId().map(idByKey::get);
      id.ifPresent(k -> counts.merge(k, 1, Integer::sum));
      ds.add(d.withEventId(id));
    }
    List<SimulatedObservation> dr = renumber(drones, idByKey, counts);
    List<SimulatedObservation> rs = renumber(reports, idByKey, counts);
    List<TruthEvent> truth = new ArrayList<>();
    for (EventDraft e : ordered) {
      String id = idByKey.get(e.key());
      int n = counts.getOrDefault(id, 0);
      truth.add(
          new TruthEvent(
              id,
              e.kind().code(),
              e.time(),
              Decimals.round(e.location().y, 5),
              Decimals.round(e.location().x, 5),
              e.provisionId(),
              e.elementId(),
              e.by(),
              e.breaches() && n > 0,
              n));
    }
    // stable sorts: ties keep the order they were simulated in, which is itself fixed by the seed
    ds.sort(
        Comparator.comparing(FirmsDetection::acquiredAt)
            .thenComparingDouble(FirmsDetection::latitude)
            .thenComparingDouble(FirmsDetection::longitude));
    Comparator<SimulatedObservation> byTime =
        Comparator.comparing(SimulatedObservation::time).thenComparing(SimulatedObservation::sourceId);
    dr.sort(byTime);
    rs.sort(byTime);
    Set<String> speaking = new TreeSet<>();
    dr.forEach(o -> speaking.add(o.sourceId()));
    rs.forEach(o -> speaking.add(o.sourceId()));
    List<Source> listed =
        sources.used().stream().filter(s -> speaking.contains(s.id())).toList();
    return new Scenario(window.start(), window.end(), truth, ds, dr, rs, listed);
  }

  private static List<SimulatedObservation> renumber(
      List<SimulatedObservation> in, Map<String, String> idByKey, TreeMap<String, Integer> counts) {
    List<SimulatedObservation> out = new ArrayList<>();
    for (SimulatedObservation o : in) {
      Optional<String> id = o.eventId().map(idByKey::get);
      id.ifPresent(k -> counts.merge(k, 1, Integer::sum));
      out.add(o.withEventId(id));
    }
    return out;
  }
}
