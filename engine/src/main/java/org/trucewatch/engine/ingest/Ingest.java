package org.trucewatch.engine.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.trucewatch.engine.Progress;
import org.trucewatch.formats.FormatDetector;
import org.trucewatch.formats.InputFormat;
import org.trucewatch.ledger.AppendResult;
import org.trucewatch.ledger.Ledger;

/**
 * The ingest stage for files: recognises each input's format and stores its raw bytes in the
 * ledger. An input counts only once the ledger has it durably; an input of no known format is
 * refused with its name, and the refusal itself is recorded in the ledger (format {@link
 * LedgerFormats#INGEST_REFUSAL}), so that the outputs derive from the ledger alone.
 */
public final class Ingest {
  private static final int HEAD_BYTES = 64 * 1024;

  private final Ledger ledger;
  private final Progress progress;

  /** Why a file is refused: every format it could have been, so a user sees which header their file lacks. */
  static final String REFUSAL = "not a format Trucewatch reads (" + InputFormat.list()
      + "; see docs/input-formats.md#detecting-the-format)";

  /** Ingest into this ledger, reporting each file. */
  public Ingest(Ledger ledger, Progress progress) {
    this.ledger = ledger;
    this.progress = progress;
  }

  /** Ingests the files in order. */
  public List<IngestOutcome> ingest(List<InputFile> files) throws IOException {
    List<IngestOutcome> out = new ArrayList<>();
    for (InputFile f : files) {
      byte[] raw = Files.readAllBytes(f.path());
      String sha = sha256(raw);
      InputFormat detected = FormatDetector.detect(f.name(), Arrays.copyOf(raw, Math.min(raw.length, HEAD_BYTES)));
      Optional<String> format = detected.code();
      if (format.isEmpty()) {
        String why = REFUSAL;
        progress.report("refused " + f.name() + ": " + why);
        ledger.append(f.name(), LedgerFormats.INGEST_REFUSAL, LedgerFormats.refusal(f.name(), sha, why));
        out.add(new IngestOutcome(f.name(), Optional.empty(), sha, Optional.empty(), false, Optional.of(why)));
        continue;
      }
      AppendResult r = ledger.append(f.name(), format.get(), raw);
      progress.report(
          String.format(
              java.util.Locale.ROOT,
              "%s %s (%s, %,d bytes) as ledger entry %d",
              r.alreadyHeld() ? "already held" : "stored",
              f.name(),
              format.get(),
              raw.length,
              r.entry().seq()));
      out.add(new IngestOutcome(f.name(), format, sha, Optional.of(r.entry().seq()), r.alreadyHeld(), Optional.empty()));
    }
    return out;
  }

  private static String sha256(byte[] raw) {
    try {
      return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(raw));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK must provide SHA-256", e);
    }
  }

}
