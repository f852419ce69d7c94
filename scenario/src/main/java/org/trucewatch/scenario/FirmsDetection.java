package org.trucewatch.scenario;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One simulated VIIRS S-NPP fire pixel, as a row of a FIRMS download. Numbers are already rounded
 * to the precision the file carries.
 *
 * @param latitude pixel centre, degrees, 5 decimals
 * @param longitude pixel centre, degrees, 5 decimals
 * @param brightnessKelvin I-4 channel brightness temperature, 300 to 367 K (367 = saturated)
 * @param scanKm pixel size along the scan, km
 * @param trackKm pixel size along the track, km
 * @param acquiredAt the pass's acquisition time, whole minutes, UTC
 * @param confidence {@code l}, {@code n} or {@code h}
 * @param brightT31Kelvin I-5 channel brightness temperature, K
 * @param frpMegawatts fire radiative power, MW
 * @param day whether the pass was in daylight
 * @param eventId the truth event this pixel shows, empty for background (agricultural) fires
 */
public record FirmsDetection(
    double latitude,
    double longitude,
    double brightnessKelvin,
    double scanKm,
    double trackKm,
    Instant acquiredAt,
    char confidence,
    double brightT31Kelvin,
    double frpMegawatts,
    boolean day,
    Optional<String> eventId) {
  /** Checks the fields. */
  public FirmsDetection {
    Objects.requireNonNull(acquiredAt, "acquiredAt");
    Objects.requireNonNull(eventId, "eventId");
    if (confidence != 'l' && confidence != 'n' && confidence != 'h') {
      throw new IllegalArgumentException("confidence must be l, n or h: " + confidence);
    }
  }

  /** The same pixel, shown as evidence of another event id. */
  FirmsDetection withEventId(Optional<String> id) {
    return new FirmsDetection(
        latitude, longitude, brightnessKelvin, scanKm, trackKm, acquiredAt, confidence, brightT31Kelvin,
        frpMegawatts, day, id);
  }
}
