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
}
