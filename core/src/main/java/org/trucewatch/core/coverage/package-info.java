/**
 * Coverage: which parts of the monitored zones were observed, when and by what (patrol swaths,
 * imagery footprints, satellite passes), on the H3 grid; what "no finding" rests on.
 */
package org.trucewatch.core.coverage;
