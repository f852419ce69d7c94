package org.trucewatch.engine.mission;

import java.util.Map;
import java.util.TreeMap;
import org.trucewatch.formats.ObservationReader;
import org.trucewatch.formats.air.AirGeoJsonReader;
import org.trucewatch.formats.ais.AisObservationReader;
import org.trucewatch.formats.firms.FirmsCsvReader;
import org.trucewatch.formats.misb.Misb0601JsonReader;
import org.trucewatch.formats.observation.ObservationJsonlReader;
import org.trucewatch.formats.track.GpxTrackReader;
import org.trucewatch.formats.track.KmlTrackReader;

/**
 * The readers that turn ledger entries into observations, by the format code the ledger stores.
 * A new input format registers its reader here (one line) and its detection in {@code
 * formats.FormatDetector}.
 */
public final class ObservationReaders {
  private ObservationReaders() {}

  /** A fresh reader for every observation format, by format code. */
  public static Map<String, ObservationReader> all() {
    Map<String, ObservationReader> m = new TreeMap<>();
    add(m, new FirmsCsvReader());
    add(m, new ObservationJsonlReader());
    add(m, new org.trucewatch.formats.report.TextReportReader());
    add(m, new org.trucewatch.formats.acled.AcledCsvReader());
    add(m, new org.trucewatch.formats.report.ReportJsonlReader());
    add(m, new org.trucewatch.formats.report.TelegramExportReader());
    add(m, new AirGeoJsonReader());
    add(m, new Misb0601JsonReader());
    add(m, new GpxTrackReader());
    add(m, new KmlTrackReader());
    add(m, new AisObservationReader());
    return m;
  }

  private static void add(Map<String, ObservationReader> m, ObservationReader r) {
    m.put(r.format(), r);
  }
}
