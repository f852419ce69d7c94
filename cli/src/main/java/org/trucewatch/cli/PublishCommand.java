package org.trucewatch.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.trucewatch.engine.ingest.InputFiles;
import org.trucewatch.engine.ingest.InputTopics;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code trucewatch publish}: replays input files into Kafka topics for the Flink job. */
@Command(
    name = "publish",
    mixinStandardHelpOptions = true,
    description = {
      "Replays input files into the Kafka topics the distributed deployment (the Flink job) reads:",
      "each file, recognised by content and extension as `run` recognises it, becomes one record on",
      "its layer's topic (" + InputTopics.AIS + ", " + InputTopics.FIRMS + ", " + InputTopics.REPORTS + ",",
      InputTopics.OBSERVATIONS + ", " + InputTopics.SOURCES + "), keyed by the file's name, with its",
      "format in the record header 'format' and its bytes unchanged. Waits for the broker's",
      "acknowledgement of every record. See docs/deploy.md.",
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  trucewatch publish --kafka 127.0.0.1:9092 --input scenario/inputs",
      "  trucewatch publish --kafka broker1:9092,broker2:9092 \\",
      "      --input fires.csv --input ais.nmea",
    })
final class PublishCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--kafka", required = true, paramLabel = "HOST:PORT", description = "Kafka bootstrap servers, comma-separated.")
  String kafka;

  @Option(names = "--input", required = true, arity = "1..*", paramLabel = "PATH",
      description = "Input files or folders (folders are read recursively). May be repeated.")
  List<Path> inputs = new ArrayList<>();

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
    StderrProgress progress = new StderrProgress(spec.commandLine().getErr(), quiet);
    KafkaInputPublisher.Outcome o =
        new KafkaInputPublisher(kafka, maxRecordBytes, progress).publish(InputFiles.expand(inputs));
    progress.report(String.format(java.util.Locale.ROOT, "published %d files (%,d bytes), skipped %d",
        o.published(), o.bytes(), o.skipped()));
    spec.commandLine().getOut().println(o.published());
    return 0;
  }
}
