package org.trucewatch.formats.ais;

import java.util.Arrays;

/**
 * Pairs type 24 parts as gpsd does before it writes one joined report: per radio channel the
 * names of the last eight part A's with their MMSIs, in a ring; a part B takes the name of a
 * waiting part A of its MMSI on its channel, which is then used up. Channels {@code A} and
 * {@code 1} (and an empty channel field) share one ring, {@code B} and {@code 2} the other; gpsd
 * joins nothing on other channels. Not thread-safe.
 */
final class Type24Pairing {
  /** gpsd's {@code MAX_TYPE24_INTERLEAVE}: part A's that may wait per channel. */
  static final int SLOTS = 8;

  // gpsd's queue starts zeroed and a match only zeroes the MMSI: an MMSI of 0 marks a free slot
  private final int[][] mmsis = new int[2][SLOTS];
  private final String[][] names = new String[2][SLOTS];
  private final int[] next = new int[2];

  Type24Pairing() {
    for (String[] ring : names) {
      Arrays.fill(ring, "");
    }
  }

  /** Keeps a part A's name, replacing the oldest waiting one of its channel. */
  void partA(char channel, int mmsi, String shipName) {
    int ring = ring(channel);
    if (ring < 0) {
      return;
    }
    int slot = next[ring];
    mmsis[ring][slot] = mmsi;
    names[ring][slot] = shipName;
    next[ring] = (slot + 1) % SLOTS;
  }

  /** The name of the waiting part A this part B joins, which is then used up; null when none. */
  String partB(char channel, int mmsi) {
    int ring = ring(channel);
    if (ring < 0) {
      return null;
    }
    for (int slot = 0; slot < SLOTS; slot++) {
      if (mmsis[ring][slot] == mmsi) {
        mmsis[ring][slot] = 0; // a repeated part B must not join the same part A again
        return names[ring][slot];
      }
    }
    return null;
  }

  private static int ring(char channel) {
    switch (channel) {
      case 'A', '1', 0:
        return 0;
      case 'B', '2':
        return 1;
      default:
        return -1;
    }
  }
}
