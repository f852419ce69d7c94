/**
 * The scenario simulator: a day of a mostly holding ceasefire with breaches by both sides, written
 * as the inputs a monitoring mission would receive (FIRMS detections, UAV patrol sightings,
 * incident reports, a source list) together with the ground truth they were made from.
 *
 * <p>{@link org.trucewatch.scenario.ScenarioSimulator} is the entry point. All randomness comes
 * from one seeded {@link java.util.SplittableRandom}, drawn in a fixed order, and nothing reads
 * the clock, so the same agreement, seed, start and length give byte-identical files.
 */
package org.trucewatch.scenario;
