package org.trucewatch.ledger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Objects;

/**
 * The deployment's Ed25519 signing key (JDK {@code java.security}, no extra provider), kept in one
 * PEM file holding a {@code PRIVATE KEY} (PKCS#8) and a {@code PUBLIC KEY} (X.509) block, which
 * {@code openssl pkey} also reads. The file is created with owner-only permissions.
 *
 * <p>Ed25519 signatures are deterministic (RFC 8032): the same key signs the same checkpoint with
 * the same bytes, so signed ledgers stay reproducible.
 */
public final class DeploymentKey {
  private static final String PRIVATE_BEGIN = "-----BEGIN PRIVATE KEY-----";
  private static final String PRIVATE_END = "-----END PRIVATE KEY-----";

  private final PrivateKey privateKey;
  private final LedgerPublicKey publicKey;

  private DeploymentKey(PrivateKey privateKey, LedgerPublicKey publicKey) {
    this.privateKey = privateKey;
    this.publicKey = publicKey;
  }

  /** A fresh key pair, not stored anywhere. */
  public static DeploymentKey generate() {
    try {
      KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
      return new DeploymentKey(pair.getPrivate(), new LedgerPublicKey(pair.getPublic()));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK must provide Ed25519", e);
    }
  }

  /**
   * Loads the key in {@code file}, or creates it there (mode 0600, parent folders as needed) if
   * the file does not exist. Two processes racing to create it end up with the same key.
   *
   * @throws LedgerException naming the file if it exists but is not a Trucewatch key file
   */
  public static DeploymentKey loadOrCreate(Path file) {
    Objects.requireNonNull(file, "file");
    if (!Files.exists(file)) {
      DeploymentKey created = generate();
      try {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempFile(parent, ".deployment-key", ".tmp");
        try {
          try {
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
          } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: the folder's own protection is all there is.
          }
          Files.writeString(tmp, created.toPem(), StandardCharsets.US_ASCII);
          // A hard link fails if the name exists: if another process created the key first, its
          // key wins and is loaded below; a rename would silently replace it.
          Files.createLink(file, tmp);
          return created;
        } catch (FileAlreadyExistsException e) {
          // Lost the race; fall through and load the winner's key.
        } finally {
          Files.deleteIfExists(tmp);
        }
      } catch (IOException e) {
        throw new LedgerException(file + ": cannot create the deployment key", e);
      }
    }
    return load(file);
  }

  /**
   * Loads an existing key file.
   *
   * @throws LedgerException naming the file if it cannot be read or holds no Ed25519 key pair
   */
  public static DeploymentKey load(Path file) {
    String pem;
    try {
      pem = Files.readString(file, StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new LedgerException(file + ": cannot read the deployment key", e);
    }
    try {
      byte[] pkcs8 = Pem.block(pem, PRIVATE_BEGIN, PRIVATE_END);
      PrivateKey privateKey =
          KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
      LedgerPublicKey publicKey = LedgerPublicKey.fromPem(pem);
      DeploymentKey key = new DeploymentKey(privateKey, publicKey);
      byte[] probe = "trucewatch key check".getBytes(StandardCharsets.US_ASCII);
      if (!publicKey.verifies(probe, key.sign(probe))) {
        throw new LedgerException(
            file + ": the PUBLIC KEY block does not belong to the PRIVATE KEY block");
      }
      return key;
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new LedgerException(
          file + " is not a Trucewatch deployment key (PEM PRIVATE KEY and PUBLIC KEY blocks of"
              + " an Ed25519 key pair): " + e.getMessage(),
          e);
    }
  }

  /** The public half, which verifiers need. */
  public LedgerPublicKey publicKey() {
    return publicKey;
  }

  /** Signs the bytes with Ed25519; deterministic for a given key and message. */
  public byte[] sign(byte[] message) {
    try {
      Signature signer = Signature.getInstance("Ed25519");
      signer.initSign(privateKey);
      signer.update(message);
      return signer.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Ed25519 signing failed", e);
    }
  }

  /** Signs a checkpoint of the ledger. */
  public SignedCheckpoint sign(Checkpoint checkpoint) {
    byte[] signature = sign(SignedCheckpoint.signedText(checkpoint));
    return new SignedCheckpoint(checkpoint, publicKey, Base64.getEncoder().encodeToString(signature));
  }

  /** The key file's text: the private block, then the public block. */
  String toPem() {
    return Pem.encode(PRIVATE_BEGIN, privateKey.getEncoded(), PRIVATE_END) + publicKey.toPem();
  }
}
