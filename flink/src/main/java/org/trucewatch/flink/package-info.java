/**
 * The pipeline as an Apache Flink job over Kafka topics: inputs read with the ledger replay's
 * readers, deduplicated per observation and satellite pixel, enriched in parallel, then core's
 * operators in keyed stages (the sea layer per MMSI, AIS reception per grid cell and gaps per MMSI,
 * encounters across ships, incremental fusion, assessment per incident) on event-time ticks, with
 * findings and incidents written to Kafka exactly once and to PostgreSQL. See docs/deploy.md.
 */
package org.trucewatch.flink;
