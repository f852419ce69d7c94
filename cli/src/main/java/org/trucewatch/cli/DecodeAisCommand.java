package org.trucewatch.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.trucewatch.formats.ais.AisCsvWriter;
import org.trucewatch.formats.ais.AisDecodeCounts;
import org.trucewatch.formats.ais.AisDecoder;
import org.trucewatch.formats.ais.AisJsonWriter;
import org.trucewatch.formats.ais.AisMessage;
import org.trucewatch.formats.ais.AisProblem;
import org.trucewatch.formats.ais.AisSentenceContext;
import org.trucewatch.formats.ais.DecodedAisMessage;
import org.trucewatch.formats.ais.GpsdJsonEncoder;
import org.trucewatch.formats.ais.PipelinedAisDecoder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code trucewatch decode ais}: AIS NMEA 0183 to one JSON object (or CSV row) per message. */
@Command(
    name = "ais",
    mixinStandardHelpOptions = true,
    description = {
      "Decodes AIS NMEA 0183 sentences to one record per message.",
      "",
      "Decodes AIS NMEA 0183 (!AIVDM, !AIVDO, !BSVDM, !ABVDM..., with or without NMEA 4.0 tag "
          + "blocks) and prints one record per message on standard output: message types 1, 2, 3, 4, 5, "
          + "9, 11, 18, 19, 21, 24 and 27. Other lines ($ sentences, comments) are skipped; bad sentences "
          + "are counted by reason, the first ones are named by file and line on standard error, and "
          + "decoding goes on.",
      "",
      "Formats: json (Trucewatch's: degrees, knots, metres; 'not available' fields left out), gpsd "
          + "(gpsd's 'gpsdecode -j' field names and scaling; type 24 parts joined as gpsd does), csv "
          + "(fixed columns with a header row, for spreadsheets).",
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  trucewatch decode ais traffic.nmea",
      "  trucewatch decode ais --format gpsd sample.aivdm > sample.json",
      "  nc 127.0.0.1 10110 | trucewatch decode ais --format csv - > live.csv",
    })
final class DecodeAisCommand implements Callable<Integer> {
  /** Problems named one by one on standard error before only the totals are given. */
  private static final int PROBLEMS_SHOWN = 20;

  /** Output is written in blocks of about this many bytes. */
  private static final int FLUSH_BYTES = 1 << 16;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--format", defaultValue = "json", paramLabel = "json|gpsd|csv",
      description = "Output format (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--threads", paramLabel = "1|2",
      description = "1: read, decode and write on one thread; 2: decode on one thread and write "
          + "on another, in input order, with the same output (default: 2 when the machine has two "
          + "cores or more).")
  Integer threads;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "NMEA files, or - for standard input.")
  List<String> files;

  @Override
  public Integer call() throws IOException {
    String f = format.toLowerCase(Locale.ROOT);
    if (!f.equals("json") && !f.equals("gpsd") && !f.equals("csv")) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--format must be json, gpsd or csv, not '" + format + "'");
    }
    int threadCount = threads != null ? threads : Math.min(2, Runtime.getRuntime().availableProcessors());
    if (threadCount != 1 && threadCount != 2) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be 1 or 2, not " + threads);
    }
    for (String name : files) {
      if (!name.equals("-") && !Files.isRegularFile(Path.of(name))) {
        throw new NoSuchFileException(name);
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (f.equals("csv")) {
      out.println(AisCsvWriter.HEADER);
    }
    AisJsonWriter json = new AisJsonWriter();
    AisCsvWriter csv = new AisCsvWriter();
    long messages = 0;
    long errors = 0;
    for (String name : files) {
      long[] shown = {0};
      String label = name.equals("-") ? "stdin" : name;
      Consumer<AisDecoder.LineProblem> problems = p -> {
        if (p.problem().isError() && shown[0]++ < PROBLEMS_SHOWN) {
          err.println("[trucewatch] " + label + ":" + p.line() + ": " + p.problem().description());
        }
      };
      GpsdJsonEncoder gpsd = f.equals("gpsd") ? new GpsdJsonEncoder() : null;
      OutputStream bytes = gpsd == null ? null : StandardOut.bytesOf(out);
      AisDecoder.MessageSink sink;
      if (gpsd != null) {
        // the bulk path: lines straight into a byte buffer, written out in blocks
        sink = (AisMessage m, AisSentenceContext c) -> {
          if (gpsd.append(m, c.channel()) && gpsd.length() >= FLUSH_BYTES) {
            drain(gpsd, bytes);
          }
        };
      } else {
        sink = (AisMessage m, AisSentenceContext c) -> {
          DecodedAisMessage d = DecodedAisMessage.of(m, c);
          String line = f.equals("csv") ? csv.write(d) : json.write(d);
          if (line != null) {
            out.println(line);
          }
        };
      }
      AisDecodeCounts counts;
      try (InputStream in = name.equals("-") ? System.in : Files.newInputStream(Path.of(name))) {
        if (threadCount == 2) {
          counts = new PipelinedAisDecoder(sink, problems).readAll(in);
        } else {
          AisDecoder decoder = AisDecoder.withContext(sink, problems);
          decoder.readAll(in);
          counts = decoder.counts();
        }
      }
      if (gpsd != null) {
        drain(gpsd, bytes);
        bytes.flush();
      }
      out.flush();
      messages += counts.messages();
      errors += counts.errors();
      err.println("[trucewatch] " + label + ": " + counts.summary()
          + (counts.errors() > PROBLEMS_SHOWN ? " (first " + PROBLEMS_SHOWN + " shown)" : ""));
      if (counts.problems(AisProblem.UNSUPPORTED_TYPE) > 0) {
        err.println("[trucewatch] " + label + ": types other than 1-5, 9, 11, 18, 19, 21, 24, 27 are counted, not printed");
      }
    }
    err.printf(Locale.ROOT, "[trucewatch] decoded %,d messages from %d input(s), %,d bad sentences%n",
        messages, files.size(), errors);
    err.flush();
    return 0;
  }

  private static void drain(GpsdJsonEncoder gpsd, OutputStream bytes) {
    try {
      gpsd.drainTo(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
