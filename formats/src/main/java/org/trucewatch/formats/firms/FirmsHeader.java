package org.trucewatch.formats.firms;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Where each FIRMS column sits in one file's header. FIRMS's download, API and archive files
 * order and name their columns differently, so columns are found by name, case-insensitively,
 * with VIIRS's {@code bright_ti4}/{@code bright_ti5} and MODIS's {@code brightness}/{@code
 * bright_t31} taken as the same two measures.
 */
final class FirmsHeader {
  /** The columns a row cannot become an observation without. */
  static final List<String> REQUIRED = List.of("latitude", "longitude", "acq_date");

  /**
   * The columns a full FIRMS file has and a reduced extract (such as {@code
   * LATITUDE,LONGITUDE,ACQ_DATE}) lacks: without them a row's pixel is nominal and its time the
   * whole UTC day.
   */
  static final List<String> REDUCIBLE = List.of("acq_time", "scan", "track");

  final int columnCount;
  final int latitude;
  final int longitude;
  final int scan;
  final int track;
  final int acqDate;
  final int acqTime;
  final int brightness;
  final int brightT31;
  final int satellite;
  final int instrument;
  final int confidence;
  final int version;
  final int frp;
  final int daynight;
  final int type;
  /** The column names, lower-case, as they appear. */
  final String[] names;
  /** The instrument the columns imply when no row says: VIIRS for the I-band names, else null. */
  final String impliedInstrument;

  private FirmsHeader(String[] names) {
    this.names = names;
    this.columnCount = names.length;
    this.latitude = indexOf("latitude");
    this.longitude = indexOf("longitude");
    this.scan = indexOf("scan");
    this.track = indexOf("track");
    this.acqDate = indexOf("acq_date");
    this.acqTime = indexOf("acq_time");
    int ti4 = indexOf("bright_ti4");
    int ti5 = indexOf("bright_ti5");
    this.brightness = ti4 >= 0 ? ti4 : indexOf("brightness");
    this.brightT31 = ti5 >= 0 ? ti5 : indexOf("bright_t31");
    this.satellite = indexOf("satellite");
    this.instrument = indexOf("instrument");
    this.confidence = indexOf("confidence");
    this.version = indexOf("version");
    this.frp = indexOf("frp");
    this.daynight = indexOf("daynight");
    this.type = indexOf("type");
    this.impliedInstrument = ti4 >= 0 || ti5 >= 0 ? "VIIRS" : null;
  }

  /** Whether the file has no {@code acq_time}: each row's time is known only to the UTC day. */
  boolean timeIsDayOnly() {
    return acqTime < 0;
  }

  /** Whether the file has no {@code scan} and {@code track}: each row's pixel is nominal. */
  boolean pixelIsNominal() {
    return scan < 0;
  }

  /** The columns of {@link #REDUCIBLE} this file lacks, in that order; empty for a full file. */
  List<String> missingReducible() {
    List<String> missing = new ArrayList<>();
    for (String r : REDUCIBLE) {
      if (indexOf(r) < 0) {
        missing.add(r);
      }
    }
    return missing;
  }

  /** Why a header cannot be read. */
  static final class BadHeader extends Exception {
    private static final long serialVersionUID = 1L;

    BadHeader(String message) {
      super(message, null, false, false);
    }
  }

  /**
   * The header with these column names.
   *
   * @throws BadHeader naming the missing required columns, or the duplicated ones
   */
  static FirmsHeader of(String[] rawNames) throws BadHeader {
    String[] names = new String[rawNames.length];
    TreeSet<String> seen = new TreeSet<>();
    TreeSet<String> duplicated = new TreeSet<>();
    for (int i = 0; i < rawNames.length; i++) {
      names[i] = rawNames[i].trim().toLowerCase(Locale.ROOT);
      if (!names[i].isEmpty() && !seen.add(names[i])) {
        duplicated.add(names[i]);
      }
    }
    List<String> missing = new ArrayList<>();
    for (String r : REQUIRED) {
      if (!seen.contains(r)) {
        missing.add(r);
      }
    }
    if (!missing.isEmpty()) {
      throw new BadHeader(
          "header lacks required column" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing)
              + " (a FIRMS file needs " + String.join(", ", REQUIRED) + "; found " + String.join(", ", names) + ")");
    }
    if (!duplicated.isEmpty()) {
      throw new BadHeader("header names column" + (duplicated.size() > 1 ? "s " : " ")
          + String.join(", ", duplicated) + " more than once, so which value counts is ambiguous");
    }
    boolean scan = seen.contains("scan");
    if (scan != seen.contains("track")) {
      throw new BadHeader("header has " + (scan ? "scan but not track" : "track but not scan")
          + ": a pixel's size needs both, or neither for a nominal pixel");
    }
    return new FirmsHeader(names);
  }

  private int indexOf(String name) {
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }
}
