package org.trucewatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trucewatch.core.assess.Attribution;
import org.trucewatch.core.assess.Finding;
import org.trucewatch.core.assess.FindingGrade;
import org.trucewatch.core.assess.FindingKind;
import org.trucewatch.core.fuse.IncidentSummary;
import org.trucewatch.core.observation.ObservationId;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class ReportHtmlWriterTest {
  private final ReportHtmlWriter writer = new ReportHtmlWriter();

  private static Finding findingAt(ReportInput in, String elementId) {
    return in.findings().stream()
        .filter(f -> f.elements().stream().anyMatch(t -> t.elementId().endsWith(elementId)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("the fixture should give a finding at " + elementId));
  }

  /** The article of one finding, from its anchor to its end. */
  private static String article(String html, Finding f) {
    String open = "<article class=\"finding\" id=\"finding-" + f.id().substring(0, 12) + "\">";
    int start = html.indexOf(open);
    assertThat(start).as("anchor of finding %s", f.id()).isGreaterThanOrEqualTo(0);
    return html.substring(start, html.indexOf("</article>", start));
  }

  @Test
  void showsTheConfirmedNuclearPlantFindingWithItsPlaceGradeAndEvidenceIds() {
    ReportInput in = ReportFixture.input();
    Finding f = findingAt(in, "zaporizhzhia-npp");
    assertThat(f.grade()).isEqualTo(FindingGrade.CONFIRMED);
    String html = writer.render(in);

    String article = article(html, f);
    assertThat(article).contains("<span class=\"badge g-confirmed\">confirmed</span>");
    assertThat(article).contains("Zaporizhzhia Nuclear Power Plant");
    assertThat(article).contains(HtmlText.escape(f.explanation()));
    assertThat(f.evidence()).hasSize(3);
    for (ObservationId id : f.evidence()) {
      assertThat(article).contains("<code title=\"" + id.hex() + "\">" + id.shortForm() + "</code>");
    }
    assertThat(article).contains("zoda-telegram-2025-03-18.jsonl:14", "mission-uav-2025-03-18.jsonl:3",
        "firms-viirs-snpp-2025-03-18.csv:118");
    assertThat(article).contains("mission-uav (A)", "47.5020", "34.5990");

    // the row in the provision table names the place and links to the evidence
    String findings = section(html, "findings");
    assertThat(findings).contains(ReportFixture.ZNPP_PLACE);
    assertThat(findings).contains("<a href=\"#finding-" + f.id().substring(0, 12) + "\">");
    assertThat(findings).contains("claimed by RU");
  }

  @Test
  void escapesAScriptInjectedThroughAPlaceAttribute() {
    String evil = "Kharkiv <script>alert('x')</script> & \"more\"";
    String html = writer.render(ReportFixture.input(ReportFixture.observations(evil)));

    assertThat(html.toLowerCase(Locale.ROOT)).doesNotContain("<script");
    assertThat(html).contains("Kharkiv &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;more&quot;");
  }

  @Test
  void rendersTheSameBytesTwiceWhateverTheInputOrderAndDefaultLocale() {
    ReportInput in = ReportFixture.input();
    String first = writer.render(in);
    assertThat(writer.render(in)).isEqualTo(first);

    List<IncidentSummary> incidents = new ArrayList<>(in.incidents());
    List<Finding> findings = new ArrayList<>(in.findings());
    Collections.shuffle(incidents, new Random(7));
    Collections.reverse(findings);
    ReportInput shuffled = new ReportInput(in.agreement(), incidents, findings, in.sources(), in.inputs(),
        in.rejectSamples(), in.rejectCount(), in.ledgerHead(), in.ledgerEntries(), in.periodStart(), in.periodEnd());
    Locale saved = Locale.getDefault();
    try {
      // a locale with decimal commas must not leak into coordinates or distances
      Locale.setDefault(Locale.GERMANY);
      assertThat(writer.render(shuffled)).isEqualTo(first);
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void isWellFormedXmlWithAnSvgMapMarkingEveryIncident() throws Exception {
    ReportInput in = ReportFixture.input();
    Document doc = parse(writer.render(in));

    NodeList svgs = doc.getElementsByTagName("svg");
    assertThat(svgs.getLength()).isEqualTo(1);
    Element svg = (Element) svgs.item(0);
    assertThat(svg.getAttribute("xmlns")).isEqualTo("http://www.w3.org/2000/svg");
    int incidentMarks = 0;
    NodeList circles = svg.getElementsByTagName("circle");
    for (int i = 0; i < circles.getLength(); i++) {
      Element c = (Element) circles.item(i);
      // legend symbols carry no title; every incident mark does
      if (c.getAttribute("class").startsWith("i ") && c.getElementsByTagName("title").getLength() == 1) {
        incidentMarks++;
      }
    }
    assertThat(incidentMarks).isEqualTo(in.incidents().size());
    long withFindings = in.incidents().stream()
        .filter(i -> in.findings().stream().anyMatch(f -> f.incidentId().equals(i.id()))).count();
    assertThat(svg.getElementsByTagName("a").getLength()).isEqualTo((int) withFindings);
    // the two sites with findings are labelled, the one without is not
    String svgText = svg.getTextContent();
    assertThat(svgText).contains("Zaporizhzhia Nuclear Power Plant", "Dnipro Hydroelectric Station", "Kharkiv");
  }

  @Test
  void everyInternalLinkLeadsToAnAnchorOfTheDocument() throws Exception {
    String html = writer.render(ReportFixture.input());
    Document doc = parse(html);
    Set<String> ids = new HashSet<>();
    collectIds(doc.getDocumentElement(), ids);
    Matcher m = Pattern.compile("href=\"#([^\"]+)\"").matcher(html);
    int links = 0;
    while (m.find()) {
      assertThat(ids).as("link target #%s", m.group(1)).contains(m.group(1));
      links++;
    }
    assertThat(links).isGreaterThan(10);
  }

  @Test
  void showsAnUnattributedFindingAsUnattributed() {
    ReportInput in = ReportFixture.input();
    Finding dam = findingAt(in, "dnipro-hpp");
    assertThat(dam.attribution()).isInstanceOf(Attribution.Unattributed.class);
    String html = writer.render(in);

    String article = article(html, dam);
    assertThat(article).contains("attribution: <span class=\"unattributed\">unattributed</span>");
    assertThat(article).contains("thermal-anomaly <span class=\"muted\">(indirect)</span>");
    String findings = section(html, "findings");
    int row = findings.indexOf("<a href=\"#finding-" + dam.id().substring(0, 12) + "\">");
    String tableRow = findings.substring(findings.lastIndexOf("<tr>", row), row);
    assertThat(tableRow).contains("<span class=\"unattributed\">unattributed</span>");
    assertThat(tableRow).contains("badge g-" + dam.grade().code());
  }

  @Test
  void showsContestedAttributionWithEachPartyNamed() {
    ReportInput in = ReportFixture.input();
    Finding dmz = findingAt(in, "dmz-south");
    assertThat(dmz.attribution()).isInstanceOf(Attribution.Contested.class);
    String html = writer.render(in);
    Attribution.Contested contested = (Attribution.Contested) dmz.attribution();
    assertThat(contested.parties()).containsExactly("RU", "UA");
    // each party with its observations and the claim's grade, the grade's reason on hover
    StringBuilder expected = new StringBuilder("<span class=\"contested\">contested</span>: ");
    for (var c : contested.claims()) {
      expected.append(c == contested.claims().get(0) ? "" : ", ").append(c.party()).append(" <span title=\"")
          .append(HtmlText.escape(c.gradeReason())).append("\">(1; ").append(c.grade().code()).append(")</span>");
    }
    assertThat(article(html, dmz)).contains(expected);
    String findings = section(html, "findings");
    int row = findings.indexOf("<a href=\"#finding-" + dmz.id().substring(0, 12) + "\">");
    String tableRow = findings.substring(findings.lastIndexOf("<tr>", row), row);
    assertThat(tableRow).contains("Huliaipole", "from the centreline", "(half width 15.00 km)",
        "<span class=\"contested\">contested</span>");
  }

  @Test
  void countsFindingsByKindAndGradeInTheSummary() {
    ReportInput in = ReportFixture.input();
    String paragraph = SummarySection.paragraph(new ReportIndex(in));
    long violations = in.findings().stream().filter(f -> f.kind() == FindingKind.POSSIBLE_VIOLATION).count();
    long alerts = in.findings().size() - violations;
    assertThat(violations).isEqualTo(3);
    assertThat(alerts).isEqualTo(1);
    assertThat(paragraph).startsWith("4 findings: 3 possible violations (");
    assertThat(paragraph).contains("and 1 alert (1 confirmed)");
    assertThat(paragraph).contains("6 incidents were fused", "(2 without a finding)");
    assertThat(paragraph).contains("11 observations were accepted from 6 inputs; 3 lines were rejected.");
    assertThat(writer.render(in)).contains("No observation is not the same as no violation.");
  }

  @Test
  void listsAnIncidentWithCasualtiesButNoFinding() {
    String html = writer.render(ReportFixture.input());
    String section = section(html, "incidents");
    assertThat(section).contains("Zolochiv", "8 injured (at least 2 minors)");
    assertThat(section).contains("<td>drone</td>");
    assertThat(section).doesNotContain("Enerhodar");
  }

  @Test
  void showsAtMostTwentyRejectedLinesAndTheTotal() {
    ReportInput base = ReportFixture.input();
    List<String> rejects = new ArrayList<>();
    for (int line = 1; line <= 25; line++) {
      rejects.add("firms.csv:" + line + ": latitude: 'x' is not a number");
    }
    ReportInput in = new ReportInput(base.agreement(), base.incidents(), base.findings(), base.sources(),
        base.inputs(), rejects, 57, base.ledgerHead(), base.ledgerEntries(), base.periodStart(), base.periodEnd());
    String html = writer.render(in);
    assertThat(html).contains("57 lines were rejected", "The first 20 are shown.");
    assertThat(html).contains("firms.csv:20: latitude").doesNotContain("firms.csv:21: latitude");
  }

  @Test
  void keepsTheDocumentSelfContained() {
    String html = writer.render(ReportFixture.input());
    String withoutNamespaces = html.replace("xmlns=\"http://www.w3.org/1999/xhtml\"", "")
        .replace("xmlns=\"http://www.w3.org/2000/svg\"", "");
    assertThat(withoutNamespaces).doesNotContain("http://", "https://", " src=", "url(", "@import");
    assertThat(html).contains("<style>", "@media print");
  }

  @Test
  void rendersAWellFormedReportOfAnEmptyDay() throws Exception {
    ReportInput base = ReportFixture.input();
    ReportInput empty = new ReportInput(base.agreement(), List.of(), List.of(), base.sources(), List.of(),
        List.of(), 0, "", 0, null, null);
    String html = writer.render(empty);
    parse(html);
    assertThat(html).contains("Period covered: <strong>no observations</strong>",
        "No findings under this provision in the period.", "No incidents in the period.", "the ledger is empty");
  }

  @Test
  void writesTheReportToAFileInUtf8(@TempDir Path dir) throws Exception {
    ReportInput in = ReportFixture.input();
    Path file = dir.resolve("out").resolve("report.html");
    writer.write(in, file);
    assertThat(Files.readAllBytes(file)).isEqualTo(writer.render(in).getBytes(StandardCharsets.UTF_8));
    try (var listing = Files.list(file.getParent())) {
      assertThat(listing).containsExactly(file);
    }
  }

  /** The section with this id, from its opening tag to its end. */
  private static String section(String html, String id) {
    int start = html.indexOf("<section id=\"" + id + "\">");
    assertThat(start).as("section %s", id).isGreaterThanOrEqualTo(0);
    return html.substring(start, html.indexOf("</section>", start));
  }

  static Document parse(String html) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(false);
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    DocumentBuilder b = f.newDocumentBuilder();
    return b.parse(new InputSource(new StringReader(html)));
  }

  private static void collectIds(Element e, Set<String> ids) {
    if (e.hasAttribute("id")) {
      ids.add(e.getAttribute("id"));
    }
    NodeList children = e.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      if (children.item(i) instanceof Element child) {
        collectIds(child, ids);
      }
    }
  }
}
