/**
 * The embedded runtime: wires ingest, ledger, enrich, fuse, assess and publish on one machine.
 *
 * <p>{@code ingest} stores raw inputs in the ledger (only then are they acknowledged), {@code
 * replay} reads the ledger back into sources and observations, {@link
 * org.trucewatch.engine.Pipeline} runs core's operators over them, and {@code publish} writes the
 * outputs. Outputs derive only from what the ledger holds.
 */
package org.trucewatch.engine;
