package org.trucewatch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.trucewatch.formats.Reject;
import org.trucewatch.formats.gazetteer.Gazetteer;
import org.trucewatch.formats.report.TextReport;
import org.trucewatch.formats.report.TextReportParser;
import org.trucewatch.formats.text.ExtractionJson;
import org.trucewatch.formats.text.IncidentMention;
import org.trucewatch.formats.text.Language;
import org.trucewatch.formats.text.ReportExtractor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code trucewatch extract}: prints the claims and incident mentions of report texts, one JSON object a line. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Extracts incident mentions and claims from free-text reports.",
      "",
      "Extracts incident mentions and claims from free-text reports in German, English, Ukrainian "
          + "or Russian: places (resolved by the gazetteer), time, means, target, casualties as ranges "
          + "(totals kept apart from their parts), the source chain, the attribution the source claims, "
          + "credibility from hedges, and the text spans each field rests on. Rule-based, offline. A file "
          + "may start with a header (source:, channel:, published:, language:).",
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  trucewatch extract ../shared/seed/000_aa016adad835c6f3.txt",
      "  trucewatch extract --lang uk --published 2025-03-27T09:00:00+02:00 \\",
      "      post.txt",
      "  echo 'Two people were killed in Kharkiv by a Russian drone.' | \\",
      "      trucewatch extract --published 2025-03-27T09:00:00Z -",
    })
final class ExtractCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--lang", paramLabel = "LANG", defaultValue = "auto",
      description = "auto (guess from the text, the default), de, en, uk or ru.")
  String lang;

  @Option(names = "--published", paramLabel = "TIME",
      description = "When the reports were published (ISO-8601 with offset); relative times (\"yesterday\") are "
          + "resolved against it. Overrides a header's published: line.")
  String published;

  @Option(names = {"-q", "--quiet"}, description = "No progress on stderr.")
  boolean quiet;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Report files, or - for standard input.")
  List<String> files = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    Optional<Language> language = lang.equalsIgnoreCase("auto") ? Optional.empty() : Optional.of(parseLanguage());
    Optional<Instant> when = Optional.ofNullable(published).map(this::parsePublished);
    PrintWriter out = spec.commandLine().getOut();
    StderrProgress progress = new StderrProgress(spec.commandLine().getErr(), quiet);
    ReportExtractor extractor = new ReportExtractor(Gazetteer.bundled());
    for (String f : files) {
      String name = f.equals("-") ? "-" : f;
      String text = f.equals("-") ? new String(System.in.readAllBytes(), StandardCharsets.UTF_8) : read(Path.of(f));
      TextReport report = TextReportParser.parse(name, text, when, language);
      for (Reject r : report.rejects()) {
        spec.commandLine().getErr().println(r);
      }
      if (report.report().isEmpty()) {
        continue; // its rejects say why; the other files go on
      }
      IncidentMention.Extraction x = extractor.extract(report.report().get());
      if (report.report().get().published().isEmpty()) {
        spec.commandLine().getErr().println(name + ": warning: no publication time (give --published TIME or a "
            + "'published:' header line); only dates with a year resolve");
      }
      for (IncidentMention.Unresolved u : x.unresolved()) {
        spec.commandLine().getErr().println(name + ":" + lineOf(text, u.offset()) + ": warning: time unresolved, mention left out: "
            + u.reason());
      }
      for (IncidentMention m : x.mentions()) {
        out.println(ExtractionJson.line(m, name));
      }
      out.flush();
      progress.report(String.format(java.util.Locale.ROOT, "%s (%s): %d mentions", name, x.language().code(), x.mentions().size()));
    }
    return 0;
  }

  private static long lineOf(String text, int offset) {
    long line = 1;
    for (int i = 0; i < offset && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  private Language parseLanguage() {
    try {
      return Language.parse(lang);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--lang: must be auto, de, en, uk or ru, not '" + lang + "'");
    }
  }

  private Instant parsePublished(String text) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--published: must be an ISO-8601 time with offset, e.g. 2025-03-27T09:00:00+02:00, not '" + text + "'");
    }
  }

  private static String read(Path p) throws IOException {
    if (!Files.isRegularFile(p)) {
      throw new NoSuchFileException(p.toString());
    }
    return Files.readString(p, StandardCharsets.UTF_8);
  }
}
