package org.trucewatch.ledger;

import java.util.Base64;

/** PEM blocks (RFC 7468): Base64 in 64-character lines between BEGIN and END lines. */
final class Pem {
  private Pem() {}

  static String encode(String begin, byte[] der, String end) {
    String body = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der);
    return begin + "\n" + body + "\n" + end + "\n";
  }

  /** The bytes of the block between {@code begin} and {@code end}. */
  static byte[] block(String pem, String begin, String end) {
    int from = pem.indexOf(begin);
    int to = from < 0 ? -1 : pem.indexOf(end, from);
    if (from < 0 || to < 0) {
      throw new IllegalArgumentException("no " + begin + " ... " + end + " block");
    }
    String body = pem.substring(from + begin.length(), to).replaceAll("\\s", "");
    return Base64.getDecoder().decode(body);
  }
}
