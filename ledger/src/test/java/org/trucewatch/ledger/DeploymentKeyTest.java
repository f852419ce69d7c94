package org.trucewatch.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeploymentKeyTest {
  @TempDir Path dir;

  @Test
  void keyFileIsCreatedOwnerOnlyAndLoadsBackAsTheSameKey() throws Exception {
    Path file = dir.resolve("keys/deployment.key");
    DeploymentKey created = DeploymentKey.loadOrCreate(file);
    assertThat(Files.getPosixFilePermissions(file))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    String pem = Files.readString(file);
    assertThat(pem).startsWith("-----BEGIN PRIVATE KEY-----\n").contains("-----BEGIN PUBLIC KEY-----\n");

    DeploymentKey loaded = DeploymentKey.loadOrCreate(file);
    assertThat(loaded.publicKey()).isEqualTo(created.publicKey());
    assertThat(Files.readString(file)).isEqualTo(pem);
    Checkpoint c = new Checkpoint(7, ChainHash.sha256Hex(new byte[] {1}));
    // Ed25519 is deterministic: the same key signs the same checkpoint identically.
    assertThat(loaded.sign(c)).isEqualTo(created.sign(c));
    assertThat(created.sign(c).signatureValid()).isTrue();
  }

  @Test
  void signatureCoversCountAndHeadAndFailsForAnyOtherCheckpoint() {
    DeploymentKey key = DeploymentKey.generate();
    String head = ChainHash.sha256Hex(new byte[] {1});
    SignedCheckpoint signed = key.sign(new Checkpoint(7, head));
    assertThat(new String(SignedCheckpoint.signedText(signed.checkpoint()), StandardCharsets.UTF_8))
        .isEqualTo("trucewatch-checkpoint/1\n7\n" + head + "\n");
    assertThat(new SignedCheckpoint(new Checkpoint(8, head), signed.publicKey(), signed.signatureBase64()).signatureValid()).isFalse();
    assertThat(new SignedCheckpoint(signed.checkpoint(), DeploymentKey.generate().publicKey(), signed.signatureBase64()).signatureValid()).isFalse();
    byte[] sig = Base64.getDecoder().decode(signed.signatureBase64());
    sig[0] ^= 1;
    assertThat(new SignedCheckpoint(signed.checkpoint(), signed.publicKey(), Base64.getEncoder().encodeToString(sig)).signatureValid()).isFalse();
    assertThat(LedgerPublicKey.fromPem(key.publicKey().toPem())).isEqualTo(key.publicKey());
    assertThat(key.publicKey().id()).hasSize(16);
  }

  @Test
  void fileThatIsNoKeyIsRefusedNamingIt() throws Exception {
    Path file = dir.resolve("notes.txt");
    Files.writeString(file, "not a key\n");
    assertThatThrownBy(() -> DeploymentKey.loadOrCreate(file))
        .isInstanceOf(LedgerException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("is not a Trucewatch deployment key");
    assertThat(Files.readString(file)).isEqualTo("not a key\n");
  }

  @Test
  void publicBlockOfAnotherKeyIsRefused() throws Exception {
    Path a = dir.resolve("a.key");
    DeploymentKey.loadOrCreate(a);
    String pem = Files.readString(a);
    String other = DeploymentKey.generate().publicKey().toPem();
    Path mixed = dir.resolve("mixed.key");
    Files.writeString(mixed, pem.substring(0, pem.indexOf("-----BEGIN PUBLIC KEY-----")) + other);
    assertThatThrownBy(() -> DeploymentKey.load(mixed))
        .hasMessageContaining("does not belong to the PRIVATE KEY");
  }
}
