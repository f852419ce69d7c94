/**
 * The review lifecycle of an incident: automatic states from corroboration (reported,
 * corroborated), analyst verdicts (confirmed, disputed, closed) taken with a reason, and the
 * rules by which new evidence sends a reviewed incident back to review. Pure: actions and
 * evidence come in as values, time as arguments; nothing here reads a clock or a store.
 */
package org.trucewatch.core.lifecycle;
