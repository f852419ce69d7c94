package org.trucewatch.scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.formats.ObservationReader;
import org.trucewatch.formats.ReadResult;
import org.trucewatch.formats.air.AirGeoJsonReader;
import org.trucewatch.formats.ais.AisObservationReader;
import org.trucewatch.formats.firms.FirmsCsvReader;
import org.trucewatch.formats.observation.ObservationJsonlReader;

/**
 * Which observations each truth event produced, by the ids the pipeline will give them: the
 * written inputs are read back with the pipeline's own readers, and each line the simulator wrote
 * for an event (a FIRMS row, a sighting, a report, an air detection) is mapped to the ids of the
 * observations read from that line. So {@code trucewatch score} can match incidents to events by
 * shared observations without trusting positions or times.
 *
 * <p>Checked: every ground and air event gets exactly as many ids as it has lines ({@code
 * observations}); a mismatch is a bug and throws. A sea event ({@code sea-...}) counts the AIS
 * position reports it rests on, from the report at its time and place on: its ids are those of
 * the ship's next {@code observations} reports that the pipeline keeps (the AIS reader keeps one
 * fix per ship per 5 minutes), found by reading the log back twice, every report and thinned.
 */
final class TruthObservationIds {
  private TruthObservationIds() {}

  /** The observation ids of each event of the ground scenario and the air layer, by event id. */
  static TreeMap<String, List<String>> of(Path outDir, Scenario scenario, AirScenario air, List<TruthEvent> sea)
      throws IOException {
    Path inputs = outDir.resolve("inputs");
    TreeMap<String, TreeSet<String>> ids = new TreeMap<>();
    List<Optional<String>> firms = new ArrayList<>();
    scenario.detections().forEach(d -> firms.add(d.eventId()));
    collect(new FirmsCsvReader(), inputs.resolve(ScenarioWriter.FIRMS_FILE), firms, 2, ids);
    collect(new ObservationJsonlReader(), inputs.resolve(ScenarioWriter.DRONES_FILE), eventIds(scenario.droneObservations()), 1, ids);
    collect(new ObservationJsonlReader(), inputs.resolve(ScenarioWriter.REPORTS_FILE), eventIds(scenario.reports()), 1, ids);
    if (!air.detections().isEmpty()) {
      List<Optional<String>> detections = new ArrayList<>();
      air.detections().forEach(d -> detections.add(Optional.ofNullable(d.eventId())));
      // one feature a line after the collection's opening line
      collect(new AirGeoJsonReader(), inputs.resolve(AirScenarioWriter.DETECTIONS_FILE), detections, 2, ids);
    }
    Path ais = inputs.resolve(AisTrafficSimulator.FILE);
    if (Files.exists(ais) && !sea.isEmpty()) {
      seaIds(ais, sea, ids);
    }
    TreeMap<String, List<String>> out = new TreeMap<>();
    ids.forEach((k, v) -> out.put(k, List.copyOf(v)));
    return out;
  }

  /** Each sea event's reports, as the pipeline will read them. */
  private static void seaIds(Path file, List<TruthEvent> sea, TreeMap<String, TreeSet<String>> ids) throws IOException {
    byte[] raw = Files.readAllBytes(file);
    TreeMap<String, List<Observation>> byShip = new TreeMap<>();
    for (Observation o : new AisObservationReader(1, java.util.Set.of()).read(file.getFileName().toString(),
        "0".repeat(64), raw).observations()) {
      byShip.computeIfAbsent(o.attributes().get("mmsi"), k -> new ArrayList<>()).add(o);
    }
    byShip.values().forEach(l -> l.sort(java.util.Comparator.comparing(Observation::eventTime).thenComparing(Observation::id)));
    java.util.Set<String> kept = new java.util.HashSet<>();
    new AisObservationReader().read(file.getFileName().toString(), "0".repeat(64), raw).observations()
        .forEach(o -> kept.add(o.id().hex()));
    for (TruthEvent e : sea) {
      List<Observation> reports = null;
      int first = -1;
      double best = 50;
      for (List<Observation> l : byShip.values()) {
        for (int k = 0; k < l.size(); k++) {
          Observation o = l.get(k);
          if (o.eventTime().equals(e.time())) {
            double d = org.trucewatch.core.geo.Geodesy.distanceMetres(o.representativeCoordinate(),
                new org.locationtech.jts.geom.Coordinate(e.longitude(), e.latitude()));
            if (d < best) {
              best = d;
              reports = l;
              first = k;
            }
          }
        }
      }
      if (reports == null) {
        throw new IllegalStateException(e.id() + ": no AIS report at its time and place");
      }
      TreeSet<String> s = ids.computeIfAbsent(e.id(), k -> new TreeSet<>());
      for (int k = first; k < Math.min(reports.size(), first + e.observations()); k++) {
        String id = reports.get(k).id().hex();
        if (kept.contains(id)) {
          s.add(id);
        }
      }
    }
  }

  private static List<Optional<String>> eventIds(List<SimulatedObservation> os) {
    List<Optional<String>> out = new ArrayList<>();
    os.forEach(o -> out.add(o.eventId()));
    return out;
  }

  /** Reads {@code file} and files the ids read from line {@code firstLine + k} under event {@code k}'s id. */
  private static void collect(ObservationReader reader, Path file, List<Optional<String>> eventOfRecord, int firstLine,
      TreeMap<String, TreeSet<String>> ids) throws IOException {
    byte[] raw = Files.readAllBytes(file);
    ReadResult r = reader.read(file.getFileName().toString(), "0".repeat(64), raw);
    if (!r.rejects().isEmpty()) {
      throw new IllegalStateException("the simulator wrote a line its own reader refuses: " + r.rejects().get(0));
    }
    TreeMap<Long, List<String>> byLine = new TreeMap<>();
    for (Observation o : r.observations()) {
      byLine.computeIfAbsent(o.provenance().line(), k -> new ArrayList<>()).add(o.id().hex());
    }
    for (int k = 0; k < eventOfRecord.size(); k++) {
      Optional<String> event = eventOfRecord.get(k);
      if (event.isEmpty()) {
        continue;
      }
      List<String> read = byLine.get((long) (firstLine + k));
      if (read == null) {
        throw new IllegalStateException(file.getFileName() + ": line " + (firstLine + k) + " of " + event.get()
            + " gave no observation; lines read: " + new String(raw, StandardCharsets.UTF_8).lines().count());
      }
      ids.computeIfAbsent(event.get(), e -> new TreeSet<>()).addAll(read);
    }
  }
}
