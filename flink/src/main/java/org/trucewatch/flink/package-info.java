/**
 * The pipeline as an Apache Flink job over Kafka topics: inputs read with the ledger replay's
 * readers, deduplicated and enriched in parallel, then the engine's {@link
 * org.trucewatch.engine.Pipeline} stages (sea, fuse, assess) over the mission's keyed state, with
 * findings and incidents written to Kafka exactly once and to PostgreSQL. See docs/deploy.md.
 */
package org.trucewatch.flink;
