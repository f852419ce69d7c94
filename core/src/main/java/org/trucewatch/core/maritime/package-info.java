/**
 * Vessel tracks from AIS observations and the maritime detectors that read them: AIS gaps with
 * their reception context, loitering, encounters, corridor transits and ships outside the corridor
 * in a closed sea area. Pure functions over values: no clock, no
 * I/O.
 */
package org.trucewatch.core.maritime;
