/**
 * The evidence ledger: every accepted raw input, stored unchanged, append-only and hash-chained,
 * durable before it is acknowledged. The chain is specified in {@link
 * org.trucewatch.ledger.ChainHash}; the embedded store is {@link
 * org.trucewatch.ledger.SqliteLedger}.
 */
package org.trucewatch.ledger;
