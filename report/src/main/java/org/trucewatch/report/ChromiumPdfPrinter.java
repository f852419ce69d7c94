package org.trucewatch.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Prints the daily report's HTML to PDF with a headless Chromium, so the PDF is the same page the
 * browser shows, laid out by the report's own print style ({@code @page} A4). The report is
 * self-contained, so Chromium needs no network; the flags also keep it from trying any.
 *
 * <p>A PDF carries its creation time, so unlike the other outputs it is not byte-identical between
 * runs and is not listed in the manifest.
 */
public final class ChromiumPdfPrinter {
  /** Where Debian installs Chromium. */
  public static final Path DEBIAN_CHROMIUM = Path.of("/usr/bin/chromium");

  private static final long TIMEOUT_SECONDS = 120;
  private final Path chromium;

  /** A printer using this Chromium executable. */
  public ChromiumPdfPrinter(Path chromium) {
    this.chromium = chromium;
  }

  /**
   * Prints {@code html} to {@code pdf}, replacing it.
   *
   * @throws IOException naming the executable when Chromium is missing, fails or times out, or
   *     writes no PDF
   */
  public void print(Path html, Path pdf) throws IOException {
    if (!Files.isExecutable(chromium)) {
      throw new IOException("cannot print the report to PDF: no Chromium at " + chromium + " (apt-get install chromium)");
    }
    Path profile = Files.createTempDirectory("trucewatch-chromium");
    Path log = profile.resolve("chromium.log");
    Path target = pdf.toAbsolutePath();
    Files.deleteIfExists(target);
    List<String> cmd = new ArrayList<>(List.of(
        chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-extensions",
        "--user-data-dir=" + profile, "--no-pdf-header-footer", "--print-to-pdf=" + target,
        html.toAbsolutePath().toUri().toString()));
    try {
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
      if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IOException(chromium + " did not print " + html + " within " + TIMEOUT_SECONDS + " s");
      }
      if (p.exitValue() != 0 || !Files.isRegularFile(target) || !startsWithPdfMagic(target)) {
        String tail = Files.exists(log) ? lastLine(Files.readString(log, StandardCharsets.UTF_8)) : "";
        throw new IOException(chromium + " could not print " + html + " (exit " + p.exitValue() + ")" + (tail.isEmpty() ? "" : ": " + tail));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while printing " + html, e);
    } finally {
      deleteTree(profile);
    }
  }

  private static boolean startsWithPdfMagic(Path f) throws IOException {
    try (var in = Files.newInputStream(f)) {
      byte[] head = in.readNBytes(5);
      return new String(head, StandardCharsets.US_ASCII).equals("%PDF-");
    }
  }

  private static String lastLine(String text) {
    String[] lines = text.strip().split("\n");
    return lines.length == 0 ? "" : lines[lines.length - 1].strip();
  }

  private static void deleteTree(Path dir) {
    try (var walk = Files.walk(dir)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // a leftover temporary profile is harmless; the PDF is what matters
    }
  }
}
