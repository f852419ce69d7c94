package org.trucewatch.formats.ais;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.trucewatch.core.maritime.ShipTracks;
import org.trucewatch.core.maritime.VesselFixStore;
import org.trucewatch.core.maritime.VesselTrack;
import org.trucewatch.core.observation.Observation;

/**
 * AIS position reports held compactly ({@link VesselFixStore}), with what is needed to make each
 * one's observation again, equal to {@link AisObservationReader#read}'s: per ledger entry its name,
 * SHA-256 and static data by MMSI, and the stations seen. Filled by {@link
 * AisObservationReader#readFixes}. Not thread-safe.
 */
public final class AisFixes {
  private final AisObservationReader reader;
  private final VesselFixStore store = new VesselFixStore();
  private final List<Entry> entries = new ArrayList<>();
  private final List<long[]> contexts = new ArrayList<>();
  private final Map<Long, Integer> contextIndex = new HashMap<>();
  private final List<String> stations = new ArrayList<>();
  private final Map<String, Integer> stationIndex = new HashMap<>();

  /** Fixes read by this reader (its watch list decides which ships are military). */
  public AisFixes(AisObservationReader reader) {
    this.reader = reader;
  }

  private record Entry(String name, String sha256, Map<Integer, VesselStatic> statics) { }

  /** The compact fixes. */
  public VesselFixStore store() {
    return store;
  }

  int addEntry(String name, String sha256, Map<Integer, VesselStatic> statics) {
    entries.add(new Entry(name, sha256, statics));
    return entries.size() - 1;
  }

  int context(int entry, String station) {
    int s = stationIndex.computeIfAbsent(station, k -> {
      stations.add(k);
      return stations.size() - 1;
    });
    long key = (long) entry << 32 | s;
    return contextIndex.computeIfAbsent(key, k -> {
      contexts.add(new long[] {entry, s});
      return contexts.size() - 1;
    });
  }

  /**
   * Ship {@code mmsi}'s observations, made again from its fixes, sorted by time then id: each equal
   * (id, attributes, provenance) to the one {@link AisObservationReader#read} makes of that report.
   */
  public List<Observation> observations(int mmsi) {
    VesselFixStore.ShipFixes f = store.ship(mmsi);
    List<Observation> out = new ArrayList<>(f.size());
    for (int i = 0; i < f.size(); i++) {
      long[] ctx = contexts.get(f.context(i));
      Entry e = entries.get((int) ctx[0]);
      int detail = f.detail(i);
      out.add(reader.observation(e.name(), e.sha256(), detail & 0x3F, mmsi, f.epochMillis(i), f.lat(i), f.lon(i),
          f.speedKnots(i), f.courseDegrees(i), detail, stations.get((int) ctx[1]), f.line(i), e.statics().get(mmsi)));
    }
    out.sort(Comparator.comparing(Observation::eventTime).thenComparing(Observation::id));
    return out;
  }

  /**
   * The ships' tracks, each made from its fixes when asked ({@link VesselTrack#ofShip}), for the
   * sea layer to take one at a time ({@code MaritimeDetection.detectShipByShip}).
   */
  public ShipTracks tracks(double maxPlausibleSpeedKnots) {
    return new ShipTracks() {
      @Override
      public int[] mmsis() {
        return store.mmsis();
      }

      @Override
      public VesselTrack track(int mmsi) {
        return VesselTrack.ofShip(mmsi, observations(mmsi), maxPlausibleSpeedKnots);
      }
    };
  }
}
