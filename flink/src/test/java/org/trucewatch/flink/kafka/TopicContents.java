package org.trucewatch.flink.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/** Reads the committed records of a one-partition output topic (read_committed). */
public final class TopicContents {
  /** One record: its key and value, {@code null} for a tombstone. */
  public record KeyValue(String key, String value) {}

  private final String bootstrap;
  private final String topic;

  /** The contents of this topic on this broker. */
  public TopicContents(String bootstrap, String topic) {
    this.bootstrap = bootstrap;
    this.topic = topic;
  }

  /** The offset the next record will get: where a reader of what comes next starts. */
  public long end() {
    try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
      TopicPartition p = new TopicPartition(topic, 0);
      return consumer.endOffsets(List.of(p)).get(p);
    }
  }

  /** The committed records from this offset to the current end, in order. */
  public List<KeyValue> from(long offset, Duration timeout) {
    List<KeyValue> out = new ArrayList<>();
    try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
      TopicPartition p = new TopicPartition(topic, 0);
      if (consumer.partitionsFor(topic).size() != 1) {
        throw new IllegalStateException(topic + " must have one partition to be read in order");
      }
      consumer.assign(List.of(p));
      consumer.seek(p, offset);
      long end = consumer.endOffsets(List.of(p)).get(p);
      long deadline = System.nanoTime() + timeout.toNanos();
      while (consumer.position(p) < end) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException(topic + ": not read to offset " + end + " within " + timeout);
        }
        for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
          out.add(new KeyValue(new String(r.key(), StandardCharsets.UTF_8),
              r.value() == null ? null : new String(r.value(), StandardCharsets.UTF_8)));
        }
      }
    }
    return out;
  }

  /** The records applied in order, as a compacted topic's view: the last value per key, tombstones removing. */
  public static Map<String, String> compacted(List<KeyValue> records) {
    Map<String, String> view = new LinkedHashMap<>();
    for (KeyValue r : records) {
      if (r.value() == null) {
        view.remove(r.key());
      } else {
        view.put(r.key(), r.value());
      }
    }
    return view;
  }

  private KafkaConsumer<byte[], byte[]> consumer() {
    Properties c = new Properties();
    c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    return new KafkaConsumer<>(c, new ByteArrayDeserializer(), new ByteArrayDeserializer());
  }
}
