package org.trucewatch.formats.misb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.trucewatch.formats.FormatDetector;
import org.trucewatch.formats.InputFormat;
import org.trucewatch.formats.ReadResult;

class Misb0601JsonReaderTest {
  // packets as a KLV decoder writes them: many items, the footprint ones among them
  private static final String FILE = String.join("\n",
      "{\"precisionTimeStamp\":1742379300000000,\"missionId\":\"PATROL 19-03\",\"platformDesignation\":\"Mission UAV 3\","
          + "\"imageSourceSensor\":\"EO Nose\",\"platformHeadingAngle\":87.5,\"sensorLatitude\":50.2001,\"sensorLongitude\":36.5002,"
          + "\"sensorTrueAltitude\":1520.0,\"frameCenterLatitude\":50.2100,\"frameCenterLongitude\":36.5300,"
          + "\"offsetCornerLatitudePoint1\":0.004,\"offsetCornerLongitudePoint1\":-0.006,"
          + "\"offsetCornerLatitudePoint2\":0.004,\"offsetCornerLongitudePoint2\":0.006,"
          + "\"offsetCornerLatitudePoint3\":-0.004,\"offsetCornerLongitudePoint3\":0.006,"
          + "\"offsetCornerLatitudePoint4\":-0.004,\"offsetCornerLongitudePoint4\":-0.006}",
      "{\"precisionTimeStamp\":\"2025-03-19T10:15:05Z\",\"platformDesignation\":\"Mission UAV 3\",\"source\":\"mission-uav-3\","
          + "\"frameCenterLatitude\":50.21,\"frameCenterLongitude\":36.53,"
          + "\"cornerLatitudePoint1Full\":50.214,\"cornerLongitudePoint1Full\":36.524,"
          + "\"cornerLatitudePoint2Full\":50.206,\"cornerLongitudePoint2Full\":36.536,"
          + "\"cornerLatitudePoint3Full\":50.214,\"cornerLongitudePoint3Full\":36.536,"
          + "\"cornerLatitudePoint4Full\":50.206,\"cornerLongitudePoint4Full\":36.524}",
      "{\"precisionTimeStamp\":1742379310000000,\"platformDesignation\":\"Mission UAV 3\",\"frameCenterLatitude\":50.21,"
          + "\"frameCenterLongitude\":36.53}",
      "{\"precisionTimeStamp\":1742379320000000,\"platformDesignation\":\"Mission UAV 3\",\"frameCenterLatitude\":95.0,"
          + "\"frameCenterLongitude\":36.53}",
      "");

  private final ReadResult r = new Misb0601JsonReader().read("uav3.klv.jsonl", "0".repeat(64), FILE.getBytes(StandardCharsets.UTF_8));

  @Test
  void eachPacketWithCornersBecomesAnImageryFootprint() {
    assertThat(r.observations()).hasSize(2);
    var first = r.observations().get(0);
    assertThat(first.eventTime()).isEqualTo(Instant.parse("2025-03-19T10:15:00Z"));
    assertThat(first.sourceId()).isEqualTo("mission-uav-3");
    assertThat(first.attributes()).containsEntry("footprint", "imagery").containsEntry("sensor", "EO Nose")
        .containsEntry("platform", "Mission UAV 3");
    assertThat(first.geometry().getEnvelopeInternal().getMinX()).isCloseTo(36.524, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(first.geometry().getEnvelopeInternal().getMaxY()).isCloseTo(50.214, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(first.geometry().contains(first.geometry().getFactory().createPoint(new Coordinate(36.53, 50.21)))).isTrue();
  }

  @Test
  void cornersOutOfTurnStillGiveTheFrame() {
    var second = r.observations().get(1);
    // corners 1-2-3-4 given crosswise: the footprint is their hull, the same 0.012 x 0.008 degree frame
    assertThat(second.geometry().getArea()).isCloseTo(0.012 * 0.008, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void packetsWithoutCornersOrWithBadPositionsAreRejectedByLine() {
    assertThat(r.rejects()).extracting(Object::toString).containsExactly(
        "uav3.klv.jsonl:3: cornerLatitudePoint1Full: missing: the footprint needs the four frame corners, full (items 82-89) or as offsets (26-33)",
        "uav3.klv.jsonl:4: frameCenterLatitude: latitude must be between -90 and 90, not 95.0");
  }

  @Test
  void isRecognisedByItsKeys() {
    assertThat(FormatDetector.detect("uav3.json", FILE.getBytes(StandardCharsets.UTF_8))).isEqualTo(InputFormat.MISB_0601_JSON);
  }
}
