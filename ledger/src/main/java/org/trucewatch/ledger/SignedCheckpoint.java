package org.trucewatch.ledger;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;

/**
 * A checkpoint signed with the deployment's Ed25519 key. The signed bytes are the UTF-8 of
 *
 * <pre>
 * "trucewatch-checkpoint/1\n" + entryCount + "\n" + headChainHash + "\n"
 * </pre>
 *
 * (entryCount in decimal), so the signature pins down every entry up to {@code entryCount}.
 *
 * @param checkpoint what is signed
 * @param publicKey the key that signed it
 * @param signatureBase64 the Ed25519 signature, Base64
 */
public record SignedCheckpoint(
    Checkpoint checkpoint, LedgerPublicKey publicKey, String signatureBase64) {
  /** The first line of the signed text; a new layout gets a new version. */
  public static final String DOMAIN = "trucewatch-checkpoint/1";

  /** Checks that no field is missing. */
  public SignedCheckpoint {
    Objects.requireNonNull(checkpoint, "checkpoint");
    Objects.requireNonNull(publicKey, "publicKey");
    Objects.requireNonNull(signatureBase64, "signatureBase64");
  }

  /** The bytes a checkpoint's signature covers. */
  public static byte[] signedText(Checkpoint checkpoint) {
    return (DOMAIN + "\n" + checkpoint.entryCount() + "\n" + checkpoint.headChainHash() + "\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  /** True if the signature is the public key's signature of the checkpoint. */
  public boolean signatureValid() {
    byte[] signature;
    try {
      signature = Base64.getDecoder().decode(signatureBase64);
    } catch (IllegalArgumentException e) {
      return false;
    }
    return publicKey.verifies(signedText(checkpoint), signature);
  }
}
