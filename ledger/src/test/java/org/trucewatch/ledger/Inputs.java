package org.trucewatch.ledger;

import java.nio.charset.StandardCharsets;

/** Small realistic raw inputs of the three kinds the pipeline ingests. */
final class Inputs {
  static final String FIRMS_NAME = "firms/J1_VIIRS_2025223_excerpt.csv";
  static final String OBSERVATIONS_NAME = "reports/kharkiv-2025-03-11.jsonl";
  static final String SOURCES_NAME = "sources.yaml";

  static final byte[] FIRMS_CSV =
      utf8(
          "latitude,longitude,bright_ti4,scan,track,acq_date,acq_time,satellite,confidence,"
              + "version,bright_ti5,frp,daynight,instrument\n"
              + "48.26382,37.21014,297.54,0.53,0.67,2025-08-11,00:45:00,N20,nominal,2.0NRT,"
              + "281.83,0.36,N,VIIRS\n"
              + "47.83244,38.47732,305.84,0.62,0.72,2025-08-11,00:45:00,N20,nominal,2.0NRT,"
              + "285.82,1.49,N,VIIRS\n");

  static final byte[] OBSERVATIONS_JSONL =
      utf8(
          "{\"id\":\"kharkiv-ova-2025-03-11-1\",\"kind\":\"INCIDENT_REPORT\","
              + "\"source\":\"kharkiv-ova\",\"observedAt\":\"2025-03-11T21:40:00Z\","
              + "\"lat\":49.9935,\"lon\":36.2304,\"text\":\"Дрон атакував Харків: 9 поранених\"}\n"
              + "{\"id\":\"kharkiv-ova-2025-03-11-2\",\"kind\":\"INCIDENT_REPORT\","
              + "\"source\":\"kharkiv-ova\",\"observedAt\":\"2025-03-11T21:45:00Z\","
              + "\"lat\":50.2068,\"lon\":36.2817,\"text\":\"Золочів: 8 поранених\"}\n");

  static final byte[] SOURCES_YAML =
      utf8(
          "sources:\n"
              + "  - id: kharkiv-ova\n"
              + "    name: Kharkiv Regional Military Administration (Telegram)\n"
              + "    reliability: B\n"
              + "  - id: nasa-firms\n"
              + "    name: NASA FIRMS VIIRS NOAA-20\n"
              + "    reliability: A\n");

  private Inputs() {}

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
