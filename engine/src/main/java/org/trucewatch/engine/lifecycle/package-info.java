/**
 * The review lifecycle applied to a run's incidents: analyst actions read from the ledger,
 * checked and recorded, and the versions of findings kept as evidence arrives.
 */
package org.trucewatch.engine.lifecycle;
