package org.trucewatch.core.maritime;

/**
 * Ships' tracks handed out one at a time, so a caller holding fixes compactly ({@link
 * VesselFixStore}) never has every track's points as objects at once.
 */
public interface ShipTracks {
  /** The ships, ascending MMSI. */
  int[] mmsis();

  /** The track of one of {@link #mmsis}, made on each call; the caller drops it when done. */
  VesselTrack track(int mmsi);

  /** The ships' tracks in MMSI order, each made as the iteration reaches it. */
  static Iterable<VesselTrack> inOrder(ShipTracks ships) {
    return () -> new java.util.Iterator<>() {
      private final int[] mmsis = ships.mmsis();
      private int next;

      @Override
      public boolean hasNext() {
        return next < mmsis.length;
      }

      @Override
      public VesselTrack next() {
        if (!hasNext()) {
          throw new java.util.NoSuchElementException();
        }
        return ships.track(mmsis[next++]);
      }
    };
  }
}
