package org.trucewatch.formats.ais;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class GpsdJsonEncoderTest {
  private static final GpsdJsonEncoder ENCODER = new GpsdJsonEncoder();

  private static String scaled(int raw, int decimals) {
    GpsdJsonEncoder e = ENCODER;
    e.clear();
    e.appendScaled(raw, decimals);
    return new String(e.buffer(), 0, e.length(), StandardCharsets.ISO_8859_1);
  }

  @Test
  void writesPositionsToTheDigitAsTheFormatterWritesTheDouble() {
    List<String> differ = new ArrayList<>();
    // every raw position code of a stride through the whole range, both signs, and the ends
    for (long raw = -108_600_000L; raw <= 108_600_000L; raw += 997) {
      check((int) raw, 7, 600_000.0, differ);
    }
    for (int raw = -3_000; raw <= 3_000; raw++) {
      check(raw, 7, 600_000.0, differ);
    }
    for (int raw = -(1 << 17); raw < (1 << 17); raw++) {
      check(raw, 4, 600.0, differ);
    }
    check(Integer.MAX_VALUE >> 4, 7, 600_000.0, differ);
    check(-(1 << 27), 7, 600_000.0, differ);
    assertThat(differ).isEmpty();
  }

  private static void check(int raw, int decimals, double scale, List<String> differ) {
    String want = String.format(Locale.ROOT, "%." + decimals + "f", raw / scale);
    String got = scaled(raw, decimals);
    if (!want.equals(got) && differ.size() < 20) {
      differ.add(raw + ": " + want + " != " + got);
    }
  }

  @Test
  void writesTheSameLineAsBeforeForAClassAReport() {
    // line 10 of gpsd's sample.aivdm
    List<DecodedAisMessage> m = AisDecoder.decodeAll("!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4A", new ArrayList<>());
    String line = new GpsdJsonWriter().write(m.get(0));
    // the line the String-building writer wrote before the encoder replaced it
    assertThat(line).isEqualTo("{\"class\":\"AIS\",\"device\":\"stdin\",\"type\":1,\"repeat\":0,\"mmsi\":371798000,"
        + "\"scaled\":true,\"status\":0,\"status_text\":\"Under way using engine\",\"turn\":\"fastleft\",\"speed\":12.3,"
        + "\"accuracy\":true,\"lon\":-123.3953833,\"lat\":48.3816333,\"course\":224.0,\"heading\":215,\"second\":33,"
        + "\"maneuver\":0,\"raim\":false,\"radio\":34017}");
  }

  @Test
  void appendsOneLineFeedEndedLinePerWrittenMessageAndNothingForAPartA() {
    GpsdJsonEncoder e = new GpsdJsonEncoder();
    List<DecodedAisMessage> m = AisDecoder.decodeAll(String.join("\n",
        "!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4A",
        "!AIVDM,1,1,,A,H3@o`P1`E0QU800000000000000,2*58"), new ArrayList<>());
    assertThat(e.append(m.get(0).message(), 'A')).isTrue();
    int one = e.length();
    assertThat(e.append(m.get(1).message(), 'A')).isFalse();
    assertThat(e.length()).isEqualTo(one);
    assertThat(e.buffer()[one - 1]).isEqualTo((byte) '\n');
  }
}
