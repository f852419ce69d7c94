package org.trucewatch.ledger;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * The public half of a {@link DeploymentKey}: what anyone needs to check a ledger's signed
 * checkpoints. Its id is the first 16 hex digits of the SHA-256 of its X.509 encoding, so a
 * verifier can compare it with the id the deployment publishes.
 */
public final class LedgerPublicKey {
  static final String BEGIN = "-----BEGIN PUBLIC KEY-----";
  static final String END = "-----END PUBLIC KEY-----";

  private final PublicKey key;
  private final byte[] encoded;

  LedgerPublicKey(PublicKey key) {
    this.key = Objects.requireNonNull(key, "key");
    this.encoded = key.getEncoded();
  }

  /**
   * Reads the {@code PUBLIC KEY} block of a PEM text.
   *
   * @throws IllegalArgumentException if there is no such block or it is not an Ed25519 key
   */
  public static LedgerPublicKey fromPem(String pem) {
    return fromX509(Pem.block(pem, BEGIN, END));
  }

  /** From the Base64 of the X.509 encoding, as the ledger stores it. */
  public static LedgerPublicKey fromBase64(String base64) {
    return fromX509(Base64.getDecoder().decode(base64));
  }

  private static LedgerPublicKey fromX509(byte[] x509) {
    try {
      return new LedgerPublicKey(
          KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(x509)));
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("not an Ed25519 public key: " + e.getMessage(), e);
    }
  }

  /** First 16 hex digits of the SHA-256 of the X.509 encoding. */
  public String id() {
    return ChainHash.sha256Hex(encoded).substring(0, 16);
  }

  /** Base64 of the X.509 encoding. */
  public String base64() {
    return Base64.getEncoder().encodeToString(encoded);
  }

  /** The PEM {@code PUBLIC KEY} block, as {@code openssl pkey -pubout} writes it. */
  public String toPem() {
    return Pem.encode(BEGIN, encoded, END);
  }

  /** True if {@code signature} is this key's Ed25519 signature of {@code message}. */
  public boolean verifies(byte[] message, byte[] signature) {
    try {
      Signature verifier = Signature.getInstance("Ed25519");
      verifier.initVerify(key);
      verifier.update(message);
      return verifier.verify(signature);
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LedgerPublicKey other && Arrays.equals(encoded, other.encoded);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(encoded);
  }

  @Override
  public String toString() {
    return "Ed25519 key " + id();
  }
}
