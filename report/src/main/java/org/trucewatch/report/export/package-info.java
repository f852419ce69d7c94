/** Findings and incidents in other tools' formats: ACLED CSV, CAP alerts, GeoPackage, KML. */
package org.trucewatch.report.export;
