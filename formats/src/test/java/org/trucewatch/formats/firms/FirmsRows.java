package org.trucewatch.formats.firms;

/** FIRMS rows the reader's tests share: a VIIRS header, a good row, and a file of bad rows between good ones. */
final class FirmsRows {
  static final String VIIRS_HEADER =
      "latitude,longitude,brightness,scan,track,acq_date,acq_time,satellite,instrument,confidence,version,bright_t31,frp,daynight";
  static final String GOOD_ROW = "47.62075,35.71787,344.94,0.52,0.5,2023-02-24,1106,N,VIIRS,n,2.0NRT,269.52,7.75,D";

  /**
   * A header, a good row (line 2), ten rows each wrong in one way (lines 3 to 12: a missing latitude, a
   * unit after the FRP, latitude 91, 30 February, time 2460, confidence "maybe", a field short, an
   * unclosed quote, scan 0, longitude NaN) and a good row (line 13), with no final newline.
   */
  static final String BAD_ROWS_BETWEEN_GOOD = String.join("\n",
      VIIRS_HEADER,
      GOOD_ROW,
      ",35.71787,344.94,0.52,0.5,2023-02-24,1106,N,VIIRS,n,2.0NRT,269.52,7.75,D",
      "47.62075,35.71787,344.94,0.52,0.5,2023-02-24,1106,N,VIIRS,n,2.0NRT,269.52,7.75kW,D",
      "91.0,35.71787,344.94,0.52,0.5,2023-02-24,1106,N,VIIRS,n,2.0NRT,269.52,7.75,D",
      "47.62075,35.71787,344.94,0.52,0.5,2023-02-30,1106,N,VIIRS,n,2.0NRT,269.52,7.75,D",
      "47.62075,35.71787,344.94,0.52,0.5,2023-02-24,2460,N,VIIRS,n,2.0NRT,269.52,7.75,D",
      "47.62075,35.71787,344.94,0.52,0.5,2023-02-24,1106,N,VIIRS,maybe,2.0NRT,269.52,7.75,D",
      "47.62075,35.71787,344.94,0.52,0.5,2023-02-24,1106,N,VIIRS,n,2.0NRT,269.52,7.75",
      "47.62075,35.71787,344.94,0.52,0.5,2023-02-24,1106,\"N,VIIRS,n,2.0NRT,269.52,7.75,D",
      "47.62075,35.71787,344.94,0,0.5,2023-02-24,1106,N,VIIRS,n,2.0NRT,269.52,7.75,D",
      "47.62075,NaN,344.94,0.52,0.5,2023-02-24,1106,N,VIIRS,n,2.0NRT,269.52,7.75,D",
      "48.35887,26.45906,333.73,0.39,0.36,2023-02-24,1106,N,VIIRS,n,2.0NRT,287.93,20.62,D");

  private FirmsRows() {}
}
