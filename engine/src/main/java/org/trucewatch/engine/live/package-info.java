/** Live connectors: inputs that arrive over time, stored in the ledger as they come. */
package org.trucewatch.engine.live;
