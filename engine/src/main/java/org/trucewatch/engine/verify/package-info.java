/**
 * {@code trucewatch verify}: checks a ledger's chain and signatures, re-runs the pipeline from the
 * ledger alone and compares the result with the published outputs byte for byte.
 */
package org.trucewatch.engine.verify;
