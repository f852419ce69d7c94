/** Scoring of a run's incidents against a simulator's ground truth: precision, recall and F1. */
package org.trucewatch.scenario.score;
