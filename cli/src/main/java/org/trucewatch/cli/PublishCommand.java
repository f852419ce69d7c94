package org.trucewatch.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.trucewatch.engine.ingest.InputFiles;
import org.trucewatch.engine.ingest.InputTopics;
import org.trucewatch.ledger.Ledger;
import org.trucewatch.ledger.LedgerOptions;
import org.trucewatch.ledger.LedgerStores;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code trucewatch publish}: replays input files into Kafka topics for the Flink job. */
@Command(
    name = "publish",
    mixinStandardHelpOptions = true,
    description = {
      "Replays input files or a ledger into the Kafka topics of the distributed deployment.",
      "",
      "Each file, recognised by content and extension as `run` recognises it, becomes one record on its "
          + "layer's topic (" + InputTopics.AIS + ", " + InputTopics.FIRMS + ", " + InputTopics.REPORTS + ", "
          + InputTopics.OBSERVATIONS + ", " + InputTopics.SOURCES + "), keyed by the file's name, with its format "
          + "in the record header 'format' and its bytes unchanged. Waits for the broker's acknowledgement of "
          + "every record. With --ledger instead of --input, replays a ledger's entries in ledger order, each "
          + "under its name and format (the agreement, fusion file, cloud cover and refused inputs too), so the "
          + "job reads the same ledger as `run`. The Flink job reads these topics; see docs/deploy.md.",
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  trucewatch publish --kafka 127.0.0.1:9092 --input scenario/inputs",
      "  trucewatch publish --kafka broker1:9092,broker2:9092 \\",
      "      --input fires.csv --input ais.nmea",
      "  trucewatch publish --kafka 127.0.0.1:9092 --ledger out",
    })
final class PublishCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--kafka", required = true, paramLabel = "HOST:PORT", description = "Kafka bootstrap servers, comma-separated.")
  String kafka;

  @Option(names = "--input", arity = "1..*", paramLabel = "PATH",
      description = "Input files or folders (folders are read recursively). May be repeated.")
  List<Path> inputs = new ArrayList<>();

  @Option(names = "--ledger", paramLabel = "DIR|PATH|URL",
      description = "Instead of --input: a ledger to replay, entry by entry (a run's folder, a SQLite file or a PostgreSQL URL).")
  String ledger;

  @Option(names = "--max-record-bytes", defaultValue = "67108864", paramLabel = "N",
      description = "Largest file published as one record (default: ${DEFAULT-VALUE}); the topics' max.message.bytes must allow it.")
  int maxRecordBytes;

  @Option(names = {"-q", "--quiet"}, description = "No progress on stderr.")
  boolean quiet;

  @Override
  public Integer call() throws Exception {
    if (!kafka.matches("[^,:\\s]+:\\d+(,[^,:\\s]+:\\d+)*")) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--kafka: expected HOST:PORT[,HOST:PORT...], not '" + kafka + "'");
    }
    if (inputs.isEmpty() == (ledger == null)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "give either --input or --ledger");
    }
    StderrProgress progress = new StderrProgress(spec.commandLine().getErr(), quiet);
    KafkaInputPublisher publisher = new KafkaInputPublisher(kafka, maxRecordBytes, progress);
    KafkaInputPublisher.Outcome o;
    if (ledger != null) {
      try (Ledger l = LedgerStores.open(ReviewCommand.storeOf(ledger), LedgerOptions.readOnly(Clock.systemUTC()))) {
        o = publisher.publish(l);
      }
    } else {
      o = publisher.publish(InputFiles.expand(inputs));
    }
    progress.report(String.format(java.util.Locale.ROOT, "published %d files (%,d bytes), skipped %d",
        o.published(), o.bytes(), o.skipped()));
    spec.commandLine().getOut().println(o.published());
    return 0;
  }
}
