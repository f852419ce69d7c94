package org.trucewatch.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AsciiDecimalTest {
  private static double parse(String s) {
    byte[] b = ("x," + s + ",y").getBytes(StandardCharsets.US_ASCII);
    return AsciiDecimal.parse(b, 2, 2 + s.length());
  }

  private static void same(String s) {
    assertThat(Double.doubleToRawLongBits(parse(s))).as(s).isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(s)));
  }

  @Test
  void givesParseDoublesBitsForCoordinatesAndPixelSizesAsTheFilesWriteThem() {
    SplittableRandom rnd = new SplittableRandom(3);
    for (int i = 0; i < 200_000; i++) {
      double lon = rnd.nextDouble(-180, 180);
      same(Double.toString(lon));
      same(String.format(Locale.ROOT, "%.5f", lon));
      same(String.format(Locale.ROOT, "%.3f", rnd.nextDouble(0.3, 4.8)));
      same(String.format(Locale.ROOT, "%." + rnd.nextInt(0, 23) + "f", rnd.nextDouble(-90, 90)));
    }
  }

  @Test
  void handsWhatItCannotDoExactlyToParseDouble() {
    for (String s : new String[] {"-0", "-0.0", "0", "+1.5", "1.", ".5", "1e-7", "1.0E10", "123456789012345678",
        "0.12345678901234567", "9007199254740993", "0.00000000000000000000001", "180", "-179.99999999999997"}) {
      same(s);
    }
    assertThatThrownBy(() -> parse("1.2.3")).isInstanceOf(NumberFormatException.class);
    assertThatThrownBy(() -> parse("")).isInstanceOf(NumberFormatException.class);
    assertThatThrownBy(() -> parse("-")).isInstanceOf(NumberFormatException.class);
  }
}
