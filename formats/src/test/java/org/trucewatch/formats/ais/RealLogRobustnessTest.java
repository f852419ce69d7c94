package org.trucewatch.formats.ais;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Real traffic logs from AisLib (Danish coast, 2010, with Gatehouse {@code $PGHP} headers and
 * {@code !BSVDM}/{@code !ABVDM} talkers) and pyais (aishub samples, an empty payload, mixed and
 * time-stamped files): every line is accounted for, as a message or a counted problem, and the
 * messages that decode are plausible.
 */
class RealLogRobustnessTest {
  private record Outcome(AisDecodeCounts counts, List<DecodedAisMessage> messages) {}

  private static Outcome decode(Path file) throws IOException {
    List<DecodedAisMessage> messages = new ArrayList<>();
    AisDecoder d = new AisDecoder(messages::add, p -> {});
    try (InputStream in = Files.newInputStream(file)) {
      d.readAll(in);
    }
    System.out.println(file.getFileName() + ": " + d.counts().summary());
    return new Outcome(d.counts(), messages);
  }

  @Test
  void aisLibDanishStreamDecodesWithOtherTalkersAndProprietaryLinesSkipped() throws IOException {
    Outcome o = decode(AisSharedData.file("aislib/stream_example.txt"));
    assertThat(o.counts().problems(AisProblem.NOT_AIS)).as("$PGHP headers").isGreaterThan(1000);
    assertThat(o.counts().problems(AisProblem.BAD_CHECKSUM)).isZero();
    assertThat(o.messages().size()).isGreaterThan(3000);
    assertPlausible(o.messages(), 54.0, 58.5, 7.0, 16.0);
  }

  @Test
  void aisLibRoundTripSetDecodesWithoutErrors() throws IOException {
    Outcome o = decode(AisSharedData.file("aislib/decode_encode_messages.txt"));
    assertThat(o.counts().problems(AisProblem.BAD_CHECKSUM)).isZero();
    assertThat(o.counts().problems(AisProblem.MALFORMED)).isZero();
    assertThat(o.counts().problems(AisProblem.ORPHAN_FRAGMENT)).isZero();
    assertThat(o.messages()).isNotEmpty();
  }

  @Test
  void pyaisSamplesCountTheEmptyPayloadAndSkipComments() throws IOException {
    Outcome sample = decode(AisSharedData.file("pyais/nmea_data_sample.txt"));
    assertThat(sample.counts().problems(AisProblem.EMPTY_PAYLOAD)).isGreaterThanOrEqualTo(1);
    assertThat(sample.messages().size()).isGreaterThan(700);
    for (String name : List.of("mixed.txt", "sample.ais", "messages.ais", "timestamped.ais", "gatehouse.nmea",
        "ais_test_messages")) {
      Outcome o = decode(AisSharedData.file("pyais/" + name));
      assertThat(o.counts().problems(AisProblem.BAD_CHECKSUM)).as(name).isZero();
      assertThat(o.messages()).as(name).isNotEmpty();
    }
  }

  /** Positions, when present, are on Earth, and the median position lies in the expected box. */
  private static void assertPlausible(List<DecodedAisMessage> messages, double minLat, double maxLat,
      double minLon, double maxLon) {
    List<Double> lats = new ArrayList<>();
    List<Double> lons = new ArrayList<>();
    for (DecodedAisMessage m : messages) {
      if (m.message() instanceof PositionReport p && p.latitude().isPresent() && p.longitude().isPresent()) {
        double lat = p.latitude().getAsDouble();
        double lon = p.longitude().getAsDouble();
        assertThat(lat).isBetween(-90.0, 90.0);
        assertThat(lon).isBetween(-180.0, 180.0);
        lats.add(lat);
        lons.add(lon);
      }
    }
    assertThat(lats.size()).isGreaterThan(1000);
    java.util.Collections.sort(lats);
    java.util.Collections.sort(lons);
    assertThat(lats.get(lats.size() / 2)).isBetween(minLat, maxLat);
    assertThat(lons.get(lons.size() / 2)).isBetween(minLon, maxLon);
  }
}
