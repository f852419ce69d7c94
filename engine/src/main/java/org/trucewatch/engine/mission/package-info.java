/**
 * The one reading of the ledger every runner shares: {@link org.trucewatch.engine.mission.MissionFold}
 * folds entries, one at a time, into a {@link org.trucewatch.engine.mission.Mission}.
 */
package org.trucewatch.engine.mission;
