package org.trucewatch.flink;

import java.nio.charset.StandardCharsets;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Writes a {@link ResultRecord} to its topic, keyed by its key, UTF-8; a withdrawal as a tombstone. */
public final class ResultRecordSerializer implements KafkaRecordSerializationSchema<ResultRecord> {
  private static final long serialVersionUID = 1L;

  @Override
  public ProducerRecord<byte[], byte[]> serialize(ResultRecord r, KafkaSinkContext context, Long timestamp) {
    return new ProducerRecord<>(
        r.topic,
        null,
        r.key.getBytes(StandardCharsets.UTF_8),
        r.value == null ? null : r.value.getBytes(StandardCharsets.UTF_8));
  }
}
