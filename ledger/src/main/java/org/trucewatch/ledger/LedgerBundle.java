package org.trucewatch.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * An exported ledger: a ZIP file that a third party verifies with nothing but the file and
 * Trucewatch. It holds, in this order:
 *
 * <ul>
 *   <li>{@code trucewatch-bundle.txt}: the line {@code trucewatch-bundle/1};
 *   <li>{@code public-key.pem}: the deployment's Ed25519 public key;
 *   <li>{@code ledger/entries.jsonl}: one entry per line ({@code seq, name, format, sha256,
 *       size_bytes, previous_chain_hash, chain_hash, received_at});
 *   <li>{@code ledger/raw/NNNNNNNNNN}: each entry's bytes, named by its seq (10 digits);
 *   <li>{@code ledger/checkpoints.jsonl}: the signed checkpoints ({@code entry_count,
 *       head_chain_hash, key_id, public_key, signature});
 *   <li>{@code outputs/...}: the published outputs and {@code manifest.json} to compare with.
 * </ul>
 *
 * The bundle is byte-identical for the same ledger and outputs (fixed ZIP times, sorted names).
 * It is read into memory whole: meant for a published report's ledger, not a server's archive.
 */
public final class LedgerBundle implements LedgerView {
  /** The first line of {@code trucewatch-bundle.txt}. */
  public static final String FORMAT = "trucewatch-bundle/1";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final FileTime ZIP_TIME = FileTime.from(Instant.parse("2000-01-01T00:00:00Z"));

  private final String location;
  private final List<StoredEntry> entries;
  private final List<SignedCheckpoint> checkpoints;
  private final LedgerPublicKey publicKey;
  private final Map<String, byte[]> outputs;

  /** One entry as the bundle holds it; fields as stored, checked only by {@link #verify}. */
  private record StoredEntry(JsonNode fields, byte[] raw) {
    long seq() {
      return fields.path("seq").asLong();
    }

    String text(String field) {
      return fields.path(field).asText("");
    }
  }

  private LedgerBundle(
      String location,
      List<StoredEntry> entries,
      List<SignedCheckpoint> checkpoints,
      LedgerPublicKey publicKey,
      Map<String, byte[]> outputs) {
    this.location = location;
    this.entries = entries;
    this.checkpoints = checkpoints;
    this.publicKey = publicKey;
    this.outputs = outputs;
  }

  /**
   * Writes the bundle of {@code ledger} to {@code zip} (atomically).
   *
   * @param publicKey the deployment's public key, which every checkpoint should be signed with
   * @param outputs published files by name (e.g. {@code manifest.json}), stored under outputs/
   */
  public static void write(
      LedgerView ledger, LedgerPublicKey publicKey, Map<String, byte[]> outputs, Path zip)
      throws IOException {
    Path parent = zip.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path tmp = Files.createTempFile(parent, ".bundle", ".tmp");
    try {
      try (OutputStream file = Files.newOutputStream(tmp);
          ZipOutputStream out = new ZipOutputStream(file, StandardCharsets.UTF_8)) {
        put(out, "trucewatch-bundle.txt", (FORMAT + "\n").getBytes(StandardCharsets.UTF_8));
        put(out, "public-key.pem", publicKey.toPem().getBytes(StandardCharsets.US_ASCII));
        StringBuilder lines = new StringBuilder();
        List<LedgerEntry> all = ledger.entries();
        for (LedgerEntry e : all) {
          ObjectNode n = JSON.createObjectNode();
          n.put("seq", e.seq());
          n.put("name", e.name());
          n.put("format", e.format());
          n.put("sha256", e.sha256());
          n.put("size_bytes", e.sizeBytes());
          n.put("previous_chain_hash", e.previousChainHash());
          n.put("chain_hash", e.chainHash());
          n.put("received_at", e.receivedAt().toString());
          lines.append(JSON.writeValueAsString(n)).append('\n');
        }
        put(out, "ledger/entries.jsonl", lines.toString().getBytes(StandardCharsets.UTF_8));
        for (LedgerEntry e : all) {
          put(out, rawName(e.seq()), ledger.raw(e.seq()));
        }
        StringBuilder signed = new StringBuilder();
        for (SignedCheckpoint s : ledger.signedCheckpoints()) {
          ObjectNode n = JSON.createObjectNode();
          n.put("entry_count", s.checkpoint().entryCount());
          n.put("head_chain_hash", s.checkpoint().headChainHash());
          n.put("key_id", s.publicKey().id());
          n.put("public_key", s.publicKey().base64());
          n.put("signature", s.signatureBase64());
          signed.append(JSON.writeValueAsString(n)).append('\n');
        }
        put(out, "ledger/checkpoints.jsonl", signed.toString().getBytes(StandardCharsets.UTF_8));
        for (Map.Entry<String, byte[]> o : new TreeMap<>(outputs).entrySet()) {
          put(out, "outputs/" + o.getKey(), o.getValue());
        }
      }
      Files.move(tmp, zip, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /**
   * Reads a bundle. Entries are taken as stored, so that {@link #verify} can report what is wrong
   * with them instead of refusing the bundle.
   *
   * @throws LedgerException naming the file if it is not a Trucewatch bundle
   */
  public static LedgerBundle read(Path zip) {
    Map<String, byte[]> files = new TreeMap<>();
    try (InputStream file = Files.newInputStream(zip);
        ZipInputStream in = new ZipInputStream(file, StandardCharsets.UTF_8)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (!e.isDirectory()) {
          files.put(e.getName(), in.readAllBytes());
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new LedgerException(zip + " is not a Trucewatch ledger bundle: " + e.getMessage(), e);
    }
    String location = zip.toString();
    byte[] marker = files.get("trucewatch-bundle.txt");
    if (marker == null || !new String(marker, StandardCharsets.UTF_8).startsWith(FORMAT)) {
      throw new LedgerException(
          location + " is not a Trucewatch ledger bundle: no trucewatch-bundle.txt saying " + FORMAT);
    }
    LedgerPublicKey key;
    try {
      key = LedgerPublicKey.fromPem(new String(required(files, "public-key.pem", location), StandardCharsets.US_ASCII));
    } catch (IllegalArgumentException e) {
      throw new LedgerException(location + ": public-key.pem holds no Ed25519 public key", e);
    }
    List<StoredEntry> entries = new ArrayList<>();
    int line = 0;
    for (String text : lines(required(files, "ledger/entries.jsonl", location))) {
      line++;
      JsonNode n = parse(text, location, "ledger/entries.jsonl", line);
      byte[] raw = files.get(rawName(n.path("seq").asLong()));
      entries.add(new StoredEntry(n, raw == null ? new byte[0] : raw));
    }
    List<SignedCheckpoint> checkpoints = new ArrayList<>();
    line = 0;
    for (String text : lines(required(files, "ledger/checkpoints.jsonl", location))) {
      line++;
      JsonNode n = parse(text, location, "ledger/checkpoints.jsonl", line);
      String head = n.path("head_chain_hash").asText("");
      long count = Math.max(0, n.path("entry_count").asLong());
      try {
        checkpoints.add(
            new SignedCheckpoint(
                new Checkpoint(count, ChainHash.isHash(head) ? head : ChainHash.GENESIS),
                LedgerPublicKey.fromBase64(n.path("public_key").asText("")),
                ChainHash.isHash(head) ? n.path("signature").asText("") : ""));
      } catch (IllegalArgumentException e) {
        throw new LedgerException(
            location + ": ledger/checkpoints.jsonl line " + line + ": field public_key is not an"
                + " Ed25519 public key", e);
      }
    }
    Map<String, byte[]> outputs = new TreeMap<>();
    files.forEach((name, bytes) -> {
      if (name.startsWith("outputs/")) {
        outputs.put(name.substring("outputs/".length()), bytes);
      }
    });
    return new LedgerBundle(location, entries, checkpoints, key, Collections.unmodifiableMap(outputs));
  }

  /** The public key the bundle says the deployment signs with. */
  public LedgerPublicKey publicKey() {
    return publicKey;
  }

  /** The published outputs, by name (e.g. {@code manifest.json}). */
  public Map<String, byte[]> outputs() {
    return outputs;
  }

  @Override
  public String location() {
    return location;
  }

  @Override
  public List<LedgerEntry> entries() {
    List<LedgerEntry> out = new ArrayList<>();
    for (StoredEntry e : entries) {
      Instant at;
      try {
        at = Instant.parse(e.text("received_at"));
      } catch (RuntimeException ex) {
        at = Instant.EPOCH;
      }
      out.add(
          new LedgerEntry(
              e.seq(),
              e.text("name"),
              e.text("format"),
              e.text("sha256"),
              e.fields().path("size_bytes").asLong(),
              e.text("previous_chain_hash"),
              e.text("chain_hash"),
              at));
    }
    return out;
  }

  @Override
  public byte[] raw(long seq) {
    for (StoredEntry e : entries) {
      if (e.seq() == seq) {
        return e.raw().clone();
      }
    }
    throw new LedgerException(location + " holds no entry " + seq);
  }

  @Override
  public InputStream open(long seq) {
    for (StoredEntry e : entries) {
      if (e.seq() == seq) {
        // the bundle is in memory already: the stream only adds the check against the entry
        return new CheckedEntryStream(new java.io.ByteArrayInputStream(e.raw()), location, seq, e.text("name"),
            e.text("sha256"), e.fields().path("size_bytes").asLong());
      }
    }
    throw new LedgerException(location + " holds no entry " + seq);
  }

  @Override
  public Checkpoint checkpoint() {
    if (entries.isEmpty()) {
      return Checkpoint.EMPTY;
    }
    StoredEntry last = entries.get(entries.size() - 1);
    String head = last.text("chain_hash");
    return ChainHash.isHash(head) ? new Checkpoint(last.seq(), head) : Checkpoint.EMPTY;
  }

  @Override
  public List<SignedCheckpoint> signedCheckpoints() {
    return List.copyOf(checkpoints);
  }

  @Override
  public VerificationReport verify(Checkpoint cited, LedgerPublicKey trusted) {
    ChainVerifier verifier = new ChainVerifier(cited, checkpoints);
    for (StoredEntry e : entries) {
      verifier.accept(
          e.seq(),
          e.text("name"),
          e.text("format"),
          e.text("sha256"),
          e.fields().path("size_bytes").asLong(),
          e.text("previous_chain_hash"),
          e.text("chain_hash"),
          e.raw());
    }
    return verifier.finish(checkpoints, trusted);
  }

  private static String rawName(long seq) {
    return String.format(Locale.ROOT, "ledger/raw/%010d", seq);
  }

  private static void put(ZipOutputStream out, String name, byte[] bytes) throws IOException {
    ZipEntry e = new ZipEntry(name);
    e.setLastModifiedTime(ZIP_TIME);
    e.setCreationTime(ZIP_TIME);
    e.setLastAccessTime(ZIP_TIME);
    out.putNextEntry(e);
    out.write(bytes);
    out.closeEntry();
  }

  private static byte[] required(Map<String, byte[]> files, String name, String location) {
    byte[] bytes = files.get(name);
    if (bytes == null) {
      throw new LedgerException(location + " is not a complete Trucewatch ledger bundle: " + name + " is missing");
    }
    return bytes;
  }

  private static List<String> lines(byte[] bytes) {
    List<String> out = new ArrayList<>();
    for (String l : new String(bytes, StandardCharsets.UTF_8).split("\n", -1)) {
      if (!l.isBlank()) {
        out.add(l);
      }
    }
    return out;
  }

  private static JsonNode parse(String text, String location, String file, int line) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new LedgerException(location + ": " + file + " line " + line + " is not JSON: " + e.getMessage(), e);
    }
  }
}
