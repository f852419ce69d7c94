/**
 * JMH benchmarks. Each benchmark class measures a Trucewatch operator against a baseline in the
 * same run, so results are read as ratios, not as absolute times on a noisy machine.
 */
package org.trucewatch.bench;
