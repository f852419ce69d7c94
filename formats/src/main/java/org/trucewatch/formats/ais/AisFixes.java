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
import org.trucewatch.core.observation.ObservationId;
import org.trucewatch.core.observation.Provenance;

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
   * Drops the reports read more than once (the same content from two entries, or twice from one):
   * of each observation id the copy read first stays, as the ledger's fold keeps it. Only fixes of
   * a ship at the same time can be copies, so only those are made into observations to compare.
   * Each dropped copy's provenance goes to {@code dropped} with the id it repeats. Returns how many
   * were dropped.
   */
  public long dropRepeats(java.util.function.BiConsumer<ObservationId, Provenance> dropped) {
    long n = 0;
    for (int mmsi : store.mmsis()) {
      VesselFixStore.ShipFixes f = store.ship(mmsi);
      java.util.BitSet repeats = new java.util.BitSet();
      for (int i = 0; i < f.size(); ) {
        int j = i + 1;
        while (j < f.size() && f.epochMillis(j) == f.epochMillis(i)) {
          j++;
        }
        if (j - i > 1) {
          // the store's order is stable by time: within a run, reading order
          Map<ObservationId, Boolean> seen = new HashMap<>();
          for (int k = i; k < j; k++) {
            Observation o = observation(mmsi, f, k);
            if (seen.putIfAbsent(o.id(), Boolean.TRUE) != null) {
              repeats.set(k);
              dropped.accept(o.id(), o.provenance());
            }
          }
        }
        i = j;
      }
      n += store.remove(mmsi, repeats);
    }
    return n;
  }

  /** How many ships have fixes. */
  public int ships() {
    return store.mmsis().length;
  }

  /** The time of the earliest and of the latest fix, epoch ms; empty without fixes. */
  public java.util.Optional<long[]> timeRange() {
    long first = Long.MAX_VALUE;
    long last = Long.MIN_VALUE;
    for (int mmsi : store.mmsis()) {
      VesselFixStore.ShipFixes f = store.ship(mmsi);
      if (f.size() > 0) {
        first = Math.min(first, f.epochMillis(0));
        last = Math.max(last, f.epochMillis(f.size() - 1));
      }
    }
    return first > last ? java.util.Optional.empty() : java.util.Optional.of(new long[] {first, last});
  }

  /**
   * The observations of the fixes that are {@code military-vessel} observations (by ship type or
   * the reader's watch list), sorted by time then id: the sea layer hands these on to enrich as
   * they are. Only those fixes are made into observations.
   */
  public List<Observation> militaryObservations() {
    List<Observation> out = new ArrayList<>();
    for (int mmsi : store.mmsis()) {
      VesselFixStore.ShipFixes f = store.ship(mmsi);
      for (int i = 0; i < f.size(); i++) {
        VesselStatic s = entries.get((int) contexts.get(f.context(i))[0]).statics().get(mmsi);
        if (reader.military(mmsi, s == null ? 0 : s.shipType)) {
          out.add(observation(mmsi, f, i));
        }
      }
    }
    out.sort(Comparator.comparing(Observation::eventTime).thenComparing(Observation::id));
    return out;
  }

  private Observation observation(int mmsi, VesselFixStore.ShipFixes f, int i) {
    long[] ctx = contexts.get(f.context(i));
    Entry e = entries.get((int) ctx[0]);
    int detail = f.detail(i);
    return reader.observation(e.name(), e.sha256(), detail & 0x3F, mmsi, f.epochMillis(i), f.lat(i), f.lon(i),
        f.speedKnots(i), f.courseDegrees(i), detail, stations.get((int) ctx[1]), f.line(i), e.statics().get(mmsi));
  }

  /**
   * Ship {@code mmsi}'s observations, made again from its fixes, sorted by time then id: each equal
   * (id, attributes, provenance) to the one {@link AisObservationReader#read} makes of that report.
   */
  public List<Observation> observations(int mmsi) {
    VesselFixStore.ShipFixes f = store.ship(mmsi);
    List<Observation> out = new ArrayList<>(f.size());
    for (int i = 0; i < f.size(); i++) {
      out.add(observation(mmsi, f, i));
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
