package org.trucewatch.formats.firms;

import org.trucewatch.formats.BadField;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.locationtech.jts.geom.Coordinate;
import org.trucewatch.core.fuse.IncidentFuser;
import org.trucewatch.core.observation.Casualties;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.observation.ObservationKind;
import org.trucewatch.core.observation.Provenance;
import org.trucewatch.core.source.Credibility;
import org.trucewatch.formats.ObservationReader;
import org.trucewatch.formats.ReadResult;
import org.trucewatch.formats.Reject;

/**
 * Reads NASA FIRMS active-fire CSV (VIIRS and MODIS; download, API and daily text variants) into
 * thermal-anomaly observations, one per row, each covering its pixel's footprint.
 *
 * <p>See {@code docs/input-formats.md} for the columns and how a row becomes an observation.
 * Extracts reduced to position and date (such as {@code LATITUDE,LONGITUDE,ACQ_DATE}) are read
 * too: without {@code scan} and {@code track} a row gets its product's nominal pixel ({@link
 * #nominalPixelKm}), without {@code acq_time} it is placed at noon UTC with the whole day as its
 * time uncertainty, and each such observation says so in its attributes ({@link #REDUCED}).
 * Thread-safe: the reader holds no state between calls.
 */
public final class FirmsCsvReader implements ObservationReader {
  /** The format name stored in the ledger. */
  public static final String FORMAT = "firms-csv";

  /**
   * Larger than any real pixel: MODIS pixels grow to about 4.8 km by 2 km at the scan edge, VIIRS
   * 375 m pixels to about 0.8 km. A bigger value is a damaged row, not a pixel.
   */
  static final double MAX_PIXEL_KM = 20;

  /**
   * The attribute naming the columns a reduced extract lacked, e.g. {@code acq_time,scan,track};
   * absent on rows of a full FIRMS file.
   */
  public static final String REDUCED = org.trucewatch.core.assess.Assessor.REDUCED;

  /** The attribute set to {@code nominal} when the pixel size is the product's nominal one, not the row's. */
  public static final String PIXEL = "pixel";

  /** The source id of detections whose file names neither instrument nor satellite. */
  public static final String UNSTATED_SOURCE_ID = "firms-product-unstated";

  /** Half a day, seconds: the time uncertainty of a detection dated only to its UTC day, placed at noon. */
  static final long HALF_DAY_SECONDS = 43_200;

  /** Rows converted by one task; big enough that scheduling costs nothing next to the work. */
  private static final int CHUNK_ROWS = 4096;

  /** Rows read before their observations are handed over: a few chunks, enough for every core of a small machine. */
  static final int BATCH_ROWS = 4 * CHUNK_ROWS;

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public ReadResult read(String name, String entrySha256, byte[] raw) {
    List<Observation> observations = new ArrayList<>();
    List<Reject> rejects = read(name, entrySha256, raw, observations::add);
    return new ReadResult(observations, rejects);
  }

  /**
   * Reads the file {@link #BATCH_ROWS} rows at a time, handing each batch's observations over
   * before the next is read: a file of years of detections is never all objects at once.
   */
  @Override
  public List<Reject> read(String name, String entrySha256, byte[] raw, Consumer<Observation> each) {
    // an ASCII file (FIRMS writes them) is cut into lines from its bytes: no copy of it all as text
    boolean ascii = isAscii(raw);
    String text = ascii ? null : new String(raw, StandardCharsets.UTF_8);
    Lines file = new Lines(name, entrySha256, each);
    int pos = !ascii && text.startsWith("\uFEFF") ? 1 : 0;
    long lineNo = 0;
    int length = ascii ? raw.length : text.length();
    while (pos < length) {
      int nl = ascii ? indexOfNewline(raw, pos) : text.indexOf('\n', pos);
      int end = nl < 0 ? length : nl;
      boolean cr = end > pos && (ascii ? raw[end - 1] == '\r' : text.charAt(end - 1) == '\r');
      int stop = cr ? end - 1 : end;
      String line = ascii ? new String(raw, pos, stop - pos, StandardCharsets.ISO_8859_1) : text.substring(pos, stop);
      pos = end + 1;
      lineNo++;
      if (!file.take(line, lineNo)) {
        return file.rejects;
      }
    }
    return file.finish();
  }

  /**
   * Reads the file from {@code in} as {@link #read(String, String, byte[], Consumer)} reads its
   * bytes, with the same observations and rejects, a line at a time through a buffer: the file is
   * never held whole. Reads {@code in} to its end unless the header is bad; does not close it.
   *
   * @throws IOException if {@code in} cannot be read
   */
  public List<Reject> read(String name, String entrySha256, InputStream in, Consumer<Observation> each)
      throws IOException {
    StreamLines lines = new StreamLines(in);
    Lines file = new Lines(name, entrySha256, each);
    long lineNo = 0;
    for (String line = lines.next(); line != null; line = lines.next()) {
      lineNo++;
      if (lineNo == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.endsWith("\r")) {
        line = line.substring(0, line.length() - 1);
      }
      if (!file.take(line, lineNo)) {
        return file.rejects;
      }
    }
    return file.finish();
  }

  /** One file's lines as they come: its header, then rows gathered and handed over a batch at a time. */
  private static final class Lines {
    private final String name;
    private final String entrySha256;
    private final Consumer<Observation> each;
    private FirmsHeader header;
    private final List<Object> pending = new ArrayList<>(); // per data line: Reject, or Row still to convert
    private List<Reject> rejects = new ArrayList<>();

    Lines(String name, String entrySha256, Consumer<Observation> each) {
      this.name = name;
      this.entrySha256 = entrySha256;
      this.each = each;
    }

    /** Takes line {@code lineNo}, without its line end; false when the file is rejected whole ({@link #rejects}). */
    boolean take(String line, long lineNo) {
      if (line.isBlank()) {
        return true;
      }
      String[] fields;
      try {
        fields = CsvFields.split(line);
      } catch (CsvFields.MalformedLine e) {
        if (header == null) {
          rejects = List.of(new Reject(name, lineNo, "", "header: " + e.getMessage()));
          return false;
        }
        pending.add(new Reject(name, lineNo, "", e.getMessage()));
        return true;
      }
      if (header == null) {
        try {
          header = FirmsHeader.of(fields);
        } catch (FirmsHeader.BadHeader e) {
          rejects = List.of(new Reject(name, lineNo, "", e.getMessage()));
          return false;
        }
        return true;
      }
      pending.add(new Row(lineNo, fields));
      if (pending.size() == BATCH_ROWS) {
        handOver(pending, header, name, entrySha256, each, rejects);
      }
      return true;
    }

    /** Hands over the last rows; the file's rejects, in order. */
    List<Reject> finish() {
      if (header == null) {
        return List.of(new Reject(name, 0, "", "no header line: the input is empty"));
      }
      handOver(pending, header, name, entrySha256, each, rejects);
      return rejects;
    }
  }

  private static boolean isAscii(byte[] raw) {
    for (byte b : raw) {
      if (b < 0) {
        return false;
      }
    }
    return true;
  }

  private static int indexOfNewline(byte[] raw, int from) {
    for (int i = from; i < raw.length; i++) {
      if (raw[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  /** Converts the lines, hands their observations to {@code each} and their rejects to {@code rejects}, in order; clears them. */
  private static void handOver(List<Object> lines, FirmsHeader header, String name, String entrySha256,
      Consumer<Observation> each, List<Reject> rejects) {
    convert(lines, header, name, entrySha256);
    for (Object o : lines) {
      if (o instanceof Observation obs) {
        each.accept(obs);
      } else {
        rejects.add((Reject) o);
      }
    }
    lines.clear();
  }

  /** One data line split into fields. */
  private record Row(long line, String[] fields) {}

  /**
   * Replaces each {@link Row} in {@code lines} by its observation or reject, in place. Large
   * files are converted in chunks on the common fork-join pool: computing content ids and
   * footprints is most of the cost, each row is independent, and every result goes back to its
   * row's slot, so the output is in input order whatever the threads do.
   */
  private static void convert(List<Object> lines, FirmsHeader header, String name, String entrySha256) {
    int n = lines.size();
    int chunks = (n + CHUNK_ROWS - 1) / CHUNK_ROWS;
    IntStream range = IntStream.range(0, chunks);
    if (chunks > 1) {
      range = range.parallel();
    }
    range.forEach(c -> {
      RowReader rows = new RowReader(header, name, entrySha256);
      int to = Math.min(n, (c + 1) * CHUNK_ROWS);
      for (int i = c * CHUNK_ROWS; i < to; i++) {
        if (lines.get(i) instanceof Row row) {
          Object result;
          try {
            result = rows.read(row.fields(), row.line());
          } catch (BadField e) {
            result = new Reject(name, row.line(), e.field(), e.reason());
          }
          lines.set(i, result);
        }
      }
    });
  }

  /**
   * The nominal pixel, kilometres a side, of a detection whose file gives no {@code scan} and
   * {@code track}: the nadir pixel of its instrument, VIIRS 0.375 km and MODIS 1 km. When the file
   * names no instrument (the reduced yearly archives mix VIIRS S-NPP with about a fifth of MODIS
   * and say neither), 1 km, MODIS's: the coarser product's nadir pixel, so that no detection is
   * placed more tightly than its product allows at nadir; a VIIRS pixel (0.8 km at the scan edge)
   * lies inside it. Neither product's scan-edge growth (MODIS to 4.8 x 2 km) is known without
   * {@code scan}, which is why the pixel is nominal and says so.
   */
  public static String nominalPixelKm(String instrument) {
    return instrument.equalsIgnoreCase("VIIRS") ? "0.375" : "1";
  }

  /** The credibility a FIRMS {@code confidence} value gives; empty text gives "cannot be judged". */
  static Credibility credibility(String confidence) throws BadField {
    if (confidence.isEmpty()) {
      return Credibility.CANNOT_BE_JUDGED;
    }
    switch (confidence.toLowerCase(Locale.ROOT)) {
      case "h":
      case "high":
        return Credibility.PROBABLY_TRUE;
      case "n":
      case "nominal":
        return Credibility.POSSIBLY_TRUE;
      case "l":
      case "low":
        return Credibility.DOUBTFUL;
      default:
        break;
    }
    BigDecimal percent = DecimalText.parse(confidence);
    if (percent == null || percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
      throw new BadField("confidence",
          "must be l/n/h, low/nominal/high (VIIRS) or a percentage 0-100 (MODIS), not '" + confidence + "'");
    }
    if (percent.compareTo(BigDecimal.valueOf(80)) >= 0) {
      return Credibility.PROBABLY_TRUE;
    }
    return percent.compareTo(BigDecimal.valueOf(30)) >= 0 ? Credibility.POSSIBLY_TRUE : Credibility.DOUBTFUL;
  }

  /**
   * Seconds after midnight of an {@code acq_time}: {@code HHMM} with leading zeros possibly
   * dropped ({@code 106} is 01:06), or {@code HH:MM} / {@code HH:MM:SS}. Minus one when malformed.
   */
  static int secondOfDay(String t) {
    int n = t.length();
    if (n == 0) {
      return -1;
    }
    if (t.indexOf(':') < 0) {
      if (n > 4 || !allDigits(t, 0, n)) {
        return -1;
      }
      int v = Integer.parseInt(t);
      return hms(v / 100, v % 100, 0);
    }
    String[] parts = t.split(":", -1);
    if (parts.length < 2 || parts.length > 3) {
      return -1;
    }
    int[] v = new int[3];
    for (int i = 0; i < parts.length; i++) {
      String p = parts[i];
      boolean sizeOk = i == 0 ? p.length() >= 1 && p.length() <= 2 : p.length() == 2;
      if (!sizeOk || !allDigits(p, 0, p.length())) {
        return -1;
      }
      v[i] = Integer.parseInt(p);
    }
    return hms(v[0], v[1], v[2]);
  }

  private static int hms(int h, int m, int s) {
    return h < 24 && m < 60 && s < 60 ? h * 3600 + m * 60 + s : -1;
  }

  private static boolean allDigits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** Turns the rows of one file into observations; caches the last date, which rows repeat. */
  private static final class RowReader {
    private final FirmsHeader h;
    private final String name;
    private final String entrySha256;
    private String lastDateText;
    private LocalDate lastDate;

    private final String reduced;

    RowReader(FirmsHeader h, String name, String entrySha256) {
      this.h = h;
      this.reduced = String.join(",", h.missingReducible());
      this.name = name;
      this.entrySha256 = entrySha256;
    }

    Observation read(String[] f, long lineNo) throws BadField {
      if (f.length != h.columnCount) {
        throw new BadField("", "row has " + f.length + " fields but the header has " + h.columnCount);
      }
      double lat = number(f, h.latitude).doubleValue();
      if (lat < -90 || lat > 90) {
        throw new BadField(h.names[h.latitude], "must be between -90 and 90, not " + value(f, h.latitude));
      }
      double lon = number(f, h.longitude).doubleValue();
      if (lon < -180 || lon > 180) {
        throw new BadField(h.names[h.longitude], "must be between -180 and 180, not " + value(f, h.longitude));
      }
      Instant time = time(f);
      String confidence = optional(f, h.confidence);
      Credibility credibility = credibility(confidence);

      String satellite = optional(f, h.satellite);
      Optional<FirmsPlatform> platform = FirmsPlatform.fromSatellite(satellite);
      String instrument = optional(f, h.instrument);
      if (instrument.isEmpty()) {
        instrument = platform.map(FirmsPlatform::instrument).orElse(h.impliedInstrument == null ? "" : h.impliedInstrument);
      }
      String sourceId;
      if (platform.isPresent()) {
        sourceId = platform.get().sourceId();
      } else if (instrument.isEmpty() && satellite.isEmpty()) {
        sourceId = UNSTATED_SOURCE_ID;
      } else {
        sourceId = "firms-" + slug(instrument) + "-" + slug(satellite);
      }
      String scan = h.pixelIsNominal() ? nominalPixelKm(instrument) : pixelKm(f, h.scan);
      String track = h.pixelIsNominal() ? scan : pixelKm(f, h.track);

      TreeMap<String, String> attributes = new TreeMap<>();
      putNumber(attributes, "frp", f, h.frp);
      putNumber(attributes, "brightness", f, h.brightness);
      putNumber(attributes, "bright_t31", f, h.brightT31);
      putText(attributes, "confidence", confidence);
      putText(attributes, "satellite", satellite);
      putText(attributes, "instrument", instrument);
      putText(attributes, "version", optional(f, h.version));
      putText(attributes, "daynight", optional(f, h.daynight));
      putText(attributes, "type", optional(f, h.type));
      attributes.put("scan", scan);
      attributes.put("track", track);
      if (h.pixelIsNominal()) {
        attributes.put(PIXEL, "nominal");
      }
      if (h.timeIsDayOnly()) {
        attributes.put(IncidentFuser.TIME_UNCERTAINTY, Long.toString(HALF_DAY_SECONDS));
      }
      if (!reduced.isEmpty()) {
        attributes.put(REDUCED, reduced);
      }

      return Observation.of(
          sourceId,
          ObservationKind.THERMAL_ANOMALY,
          time,
          PixelFootprint.of(new Coordinate(lon, lat), Double.parseDouble(scan) * 1000, Double.parseDouble(track) * 1000),
          0,
          credibility,
          attributes,
          Casualties.NONE,
          new Provenance(entrySha256, name, lineNo));
    }

    private Instant time(String[] f) throws BadField {
      String dateText = value(f, h.acqDate);
      LocalDate date;
      if (dateText.equals(lastDateText)) {
        date = lastDate;
      } else {
        try {
          date = LocalDate.parse(dateText);
        } catch (DateTimeParseException e) {
          throw new BadField(h.names[h.acqDate], "must be a date YYYY-MM-DD, not '" + dateText + "'");
        }
        lastDateText = dateText;
        lastDate = date;
      }
      if (h.timeIsDayOnly()) {
        // dated only: noon, so that the day either side of it is the uncertainty
        return Instant.ofEpochSecond(date.toEpochDay() * 86_400L + HALF_DAY_SECONDS);
      }
      String timeText = value(f, h.acqTime);
      int sod = secondOfDay(timeText);
      if (sod < 0) {
        throw new BadField(h.names[h.acqTime], "must be a UTC time HHMM, HH:MM or HH:MM:SS, not '" + timeText + "'");
      }
      return Instant.ofEpochSecond(date.toEpochDay() * 86_400L + sod);
    }

    private String pixelKm(String[] f, int i) throws BadField {
      BigDecimal km = number(f, i);
      if (km.signum() <= 0 || km.compareTo(BigDecimal.valueOf(MAX_PIXEL_KM)) > 0) {
        throw new BadField(h.names[i], "pixel size must be more than 0 and at most " + (int) MAX_PIXEL_KM
            + " km, not " + value(f, i));
      }
      return DecimalText.format(km);
    }

    /** The value of a required column, trimmed; a missing value is an error. */
    private String value(String[] f, int i) throws BadField {
      String v = f[i].trim();
      if (v.isEmpty()) {
        throw new BadField(h.names[i], "missing value");
      }
      return v;
    }

    private BigDecimal number(String[] f, int i) throws BadField {
      String v = value(f, i);
      BigDecimal d = DecimalText.parse(v);
      if (d == null) {
        throw new BadField(h.names[i], "must be a decimal number, not '" + v + "'");
      }
      return d;
    }

    private static String optional(String[] f, int i) {
      return i < 0 ? "" : f[i].trim();
    }

    private void putNumber(TreeMap<String, String> attributes, String key, String[] f, int i) throws BadField {
      String v = optional(f, i);
      if (v.isEmpty()) {
        return;
      }
      String canonical = DecimalText.canonical(v);
      if (canonical == null) {
        throw new BadField(h.names[i], "must be a decimal number, not '" + v + "'");
      }
      attributes.put(key, canonical);
    }

    private static void putText(TreeMap<String, String> attributes, String key, String v) {
      if (!v.isEmpty()) {
        attributes.put(key, v);
      }
    }
  }

  /** Lower-case letters, digits and single hyphens, for source ids built from free text. */
  static String slug(String text) {
    StringBuilder sb = new StringBuilder();
    for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
      boolean keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      if (keep) {
        sb.append(c);
      } else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '-') {
        sb.append('-');
      }
    }
    while (sb.length() > 0 && sb.charAt(sb.length() - 1) == '-') {
      sb.setLength(sb.length() - 1);
    }
    return sb.length() == 0 ? "unknown" : sb.toString();
  }
}
