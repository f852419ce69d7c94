/**
 * Vessel tracks from AIS observations and the maritime detectors that read them: AIS gaps with
 * their reception context, loitering and encounters. Pure functions over values: no clock, no
 * I/O.
 */
package org.trucewatch.core.maritime;
