package org.trucewatch.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.trucewatch.engine.Progress;
import org.trucewatch.engine.ingest.InputFile;
import org.trucewatch.engine.ingest.InputTopics;
import org.trucewatch.formats.FormatDetector;
import org.trucewatch.ledger.LedgerEntry;
import org.trucewatch.ledger.LedgerView;

/**
 * Replays input files into the input topics of {@link InputTopics}: each file, recognised as
 * {@code run} recognises it, becomes one record (key: its name, header {@code format}: its format
 * code, value: its bytes unchanged) on its layer's topic. Files of no known format are skipped
 * and named. Or replays a ledger's entries the same way. Waits until the broker has acknowledged
 * every record (acks=all, idempotent).
 */
final class KafkaInputPublisher {
  private static final int HEAD_BYTES = 64 * 1024;
  private static final String KAFKA_LOG_LEVEL = "org.slf4j.simpleLogger.log.org.apache.kafka";

  /** What was published. */
  record Outcome(int published, int skipped, long bytes) {}

  private final String bootstrapServers;
  private final int maxRecordBytes;
  private final Progress progress;

  KafkaInputPublisher(String bootstrapServers, int maxRecordBytes, Progress progress) {
    this.bootstrapServers = bootstrapServers;
    this.maxRecordBytes = maxRecordBytes;
    this.progress = progress;
  }

  Outcome publish(List<InputFile> files) throws IOException, InterruptedException {
    return send(new Records() {
      private int next;
      private int skipped;

      @Override
      public Optional<InputRecord> next() throws IOException {
        while (next < files.size()) {
          InputFile f = files.get(next++);
          byte[] raw = Files.readAllBytes(f.path());
          Optional<String> format =
              FormatDetector.detect(f.name(), Arrays.copyOf(raw, Math.min(raw.length, HEAD_BYTES))).code();
          if (format.isEmpty()) {
            progress.report("skipped " + f.name() + ": not a format Trucewatch reads");
            skipped++;
            continue;
          }
          return Optional.of(new InputRecord(f.name(), format.get(), raw));
        }
        return Optional.empty();
      }

      @Override
      public int skipped() {
        return skipped;
      }
    });
  }

  /**
   * Replays a ledger's entries, in ledger order, each as one record under its name and format: the
   * agreement, fusion file, cloud cover, refusals and actions too, so the job reads what the
   * ledger holds (the same fold's reader) and rejects what a run over it rejects.
   */
  Outcome publish(LedgerView ledger) throws IOException, InterruptedException {
    List<LedgerEntry> entries = ledger.entries();
    return send(new Records() {
      private int next;

      @Override
      public Optional<InputRecord> next() {
        if (next >= entries.size()) {
          return Optional.empty();
        }
        LedgerEntry e = entries.get(next++);
        return Optional.of(new InputRecord(e.name(), e.format(), ledger.raw(e.seq())));
      }

      @Override
      public int skipped() {
        return 0;
      }
    });
  }

  /** One record to publish. */
  private record InputRecord(String name, String format, byte[] raw) {}

  /** The records to publish, read one at a time so that only one file's bytes are held. */
  private interface Records {
    Optional<InputRecord> next() throws IOException;

    int skipped();
  }

  private Outcome send(Records records) throws IOException, InterruptedException {
    // the client's own retries and disconnections would drown the progress lines; its errors reach
    // the user as this command's one-line failure
    if (System.getProperty(KAFKA_LOG_LEVEL) == null) {
      System.setProperty(KAFKA_LOG_LEVEL, "error");
    }
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Integer.toString(maxRecordBytes + 64 * 1024));
    p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
    p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "30000");
    p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "60000");
    p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "30000");
    int published = 0;
    long bytes = 0;
    List<Future<RecordMetadata>> sent = new ArrayList<>();
    List<String> names = new ArrayList<>();
    try (KafkaProducer<byte[], byte[]> producer =
        new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer())) {
      for (Optional<InputRecord> next = records.next(); next.isPresent(); next = records.next()) {
        InputRecord in = next.get();
        if (in.raw().length > maxRecordBytes) {
          throw new IOException(in.name() + ": " + in.raw().length + " bytes, more than --max-record-bytes "
              + maxRecordBytes + "; split the file or raise the limit (and the topic's max.message.bytes)");
        }
        String topic = InputTopics.forFormat(in.format());
        ProducerRecord<byte[], byte[]> r =
            new ProducerRecord<>(topic, in.name().getBytes(StandardCharsets.UTF_8), in.raw());
        r.headers().add(InputTopics.FORMAT_HEADER, in.format().getBytes(StandardCharsets.UTF_8));
        sent.add(producer.send(r));
        names.add(in.name());
        bytes += in.raw().length;
        published++;
      }
      producer.flush();
      for (int i = 0; i < sent.size(); i++) {
        try {
          RecordMetadata m = sent.get(i).get();
          progress.report(String.format(java.util.Locale.ROOT, "published %s to %s partition %d offset %d",
              names.get(i), m.topic(), m.partition(), m.offset()));
        } catch (ExecutionException e) {
          throw new IOException("Kafka at " + bootstrapServers + " did not take " + names.get(i) + ": "
              + e.getCause().getMessage(), e.getCause());
        }
      }
    }
    return new Outcome(published, records.skipped(), bytes);
  }
}
