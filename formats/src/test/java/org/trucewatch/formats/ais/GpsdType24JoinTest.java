package org.trucewatch.formats.ais;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The class B static reports (type 24 parts A and B joined) that gpsd 3.22's {@code gpsdecode -j}
 * writes for the public AIS logs, ship by ship and in order: parts of several ships interleave on a
 * channel in real traffic, and gpsd keeps the last eight part A's per channel for its part B.
 */
class GpsdType24JoinTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void joinsPartsOfShipsInterleavedOnOneChannelAsGpsdDoes() throws IOException {
    // lines 88-97: part A of 219015296, part A of 265669690, then both part B's, all on channel A
    assertThat(joined("aislib/decode_encode_messages.txt")).containsExactly(
        "219006397 TOMMELISE", "219006078 SKORSTENSFEJEREN", "219015296 ZEPHYR", "265669690 DORA BELLA III",
        "219006221 TINSOLDATEN", "219000657 LILLA DAN", "265669850 L' ORIZZONTE", "219007035 SOMMERFUGLEN",
        "219006099 FORWARD III", "219003273 PRINSESSEN PAA AERTE", "219004293 DANA", "219006006 SNEDRONNINGEN");
  }

  @Test
  void joinsAPartBToAPartASeveralOtherShipsAgoAsGpsdDoes() throws IOException {
    // EBBA HARD's part A (line 1971) waits while five other ships' part A's arrive on channel A
    assertThat(joined("aislib/stream_example.txt")).containsExactly(
        "219003762 TESSA", "265623240 EBBA HARD", "219005134 JOKITI", "219009236 SNOWFLAKE H36", "211453630 RAAN",
        "219002869 TINDUR", "256360000 CAIPIRINHA");
  }

  @Test
  void joinsTheShipsOfTheOtherPublicLogsAsGpsdDoes() throws IOException {
    assertThat(joined("gpsd/sample.aivdm")).containsExactly("271041815 PROGUY", "271040660 GOZDEM-1");
    assertThat(joined("aislib/ais250.txt")).containsExactly("367320570 OASIS");
    assertThat(joined("pyais/nmea_data_sample.txt")).containsExactly("244270489 SY-LUNDE");
  }

  @Test
  void aNinthPartAOnAChannelPushesOutTheOldestAndARepeatedPartBJoinsOnce() {
    Type24Pairing pairing = new Type24Pairing();
    for (int i = 1; i <= 9; i++) {
      pairing.partA('A', 200_000_000 + i, "SHIP " + i);
    }
    assertThat(pairing.partB('A', 200_000_001)).isNull();
    assertThat(pairing.partB('1', 200_000_002)).isEqualTo("SHIP 2");
    assertThat(pairing.partB('A', 200_000_002)).isNull();
    assertThat(pairing.partB('B', 200_000_009)).isNull();
    assertThat(pairing.partB((char) 0, 200_000_009)).isEqualTo("SHIP 9");
  }

  /** "MMSI name" of each joined type 24 report our gpsd writer writes for the file, in order. */
  private static List<String> joined(String file) throws IOException {
    String text = Files.readString(AisSharedData.file(file), StandardCharsets.ISO_8859_1);
    GpsdJsonWriter writer = new GpsdJsonWriter();
    List<String> out = new ArrayList<>();
    for (DecodedAisMessage m : AisDecoder.decodeAll(text, new ArrayList<>())) {
      String line = writer.write(m);
      if (line != null && m.message().messageType() == 24) {
        JsonNode n = JSON.readTree(line);
        out.add(n.get("mmsi").asText() + " " + n.get("shipname").asText());
      }
    }
    return out;
  }
}
