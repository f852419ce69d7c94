package org.trucewatch.engine.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trucewatch.core.agreement.Agreement;
import org.trucewatch.report.ChromiumPdfPrinter;

/** The daily report printed to PDF by Debian's Chromium, checked by rendering its first page with poppler. */
class ChromiumPdfPrinterTest {
  private static String run(Path dir, String... cmd) throws Exception {
    Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    return out;
  }

  @Test
  void theReportsFirstPageRendersAsAnA4PageWithTheAgreementAndItsFindings(@TempDir Path dir) throws Exception {
    assertThat(Files.isExecutable(ChromiumPdfPrinter.DEBIAN_CHROMIUM)).as("chromium is needed (.ci/run installs it)").isTrue();
    assertThat(Files.isExecutable(Path.of("/usr/bin/pdftoppm"))).as("poppler-utils is needed (.ci/run installs it)").isTrue();
    SimulatedDay day = SimulatedDay.of(3);
    Agreement agreement = day.agreement();
    Path out = day.out();

    Path pdf = dir.resolve("report.pdf");
    new ChromiumPdfPrinter(ChromiumPdfPrinter.DEBIAN_CHROMIUM).print(out.resolve("report.html"), pdf);

    String info = run(dir, "pdfinfo", pdf.toString());
    assertThat(info).containsPattern("Page size:\\s+59[45](\\.\\d+)? x 84[12](\\.\\d+)? pts \\(A4\\)");
    int pages = Integer.parseInt(info.replaceAll("(?s).*Pages:\\s+(\\d+).*", "$1"));
    assertThat(pages).isGreaterThan(1);
    String firstPageText = run(dir, "pdftotext", "-f", "1", "-l", "1", "-layout", pdf.toString(), "-");
    assertThat(firstPageText.replaceAll("\\s+", " ")).contains(agreement.title()).contains("Summary").containsPattern("\\d+ findings");

    // every section the daily report is made of prints, in the mission's order
    String all = run(dir, "pdftotext", pdf.toString(), "-").replaceAll("\\s+", " ");
    String html = Files.readString(out.resolve("report.html"));
    List<String> sections = List.of("Summary", "Change from the previous day", "Findings by provision",
        "Maritime movements through the corridor", "Coverage of the zones", "Evidence behind each finding",
        "Civilian casualties and their sources", "Signature");
    int at = -1;
    for (String heading : sections) {
      assertThat(html).contains("<h2>" + heading + "</h2>");
      int found = all.indexOf(heading, at + 1);
      assertThat(found).as(heading + " in the PDF after the previous section").isGreaterThan(at);
      at = found;
    }
    assertThat(all).containsPattern("\\d+ ships heard on AIS").contains("Largest unobserved areas");

    run(dir, "pdftoppm", "-f", "1", "-l", "1", "-r", "40", "-png", "-singlefile", pdf.toString(), dir.resolve("page1").toString());
    BufferedImage page = ImageIO.read(dir.resolve("page1.png").toFile());
    // A4 at 40 dpi: 331 x 468 pixels
    assertThat(page.getWidth()).isBetween(325, 335);
    assertThat(page.getHeight()).isBetween(462, 472);
    long inked = 0;
    long coloured = 0;
    for (int y = 0; y < page.getHeight(); y++) {
      for (int x = 0; x < page.getWidth(); x++) {
        int rgb = page.getRGB(x, y);
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        if (r + g + b < 600) {
          inked++;
        }
        if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 60) {
          coloured++;
        }
      }
    }
    double pixels = (double) page.getWidth() * page.getHeight();
    assertThat(inked / pixels).as("share of inked pixels").isBetween(0.01, 0.6);
    assertThat(coloured).as("the map and grade colours print").isPositive();
    Files.copy(dir.resolve("page1.png"), Path.of("target", "report-page1.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void aMissingChromiumIsNamed(@TempDir Path dir) throws IOException {
    Path html = Files.writeString(dir.resolve("r.html"), "<p>x</p>");
    assertThatThrownBy(() -> new ChromiumPdfPrinter(dir.resolve("no-chromium")).print(html, dir.resolve("r.pdf")))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("no-chromium");
  }
}
