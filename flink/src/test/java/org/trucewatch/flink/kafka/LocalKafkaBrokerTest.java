package org.trucewatch.flink.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;

class LocalKafkaBrokerTest {
  @Test
  void aReadCommittedConsumerSeesCommittedTransactionsOnlyOnTheLoopbackBroker() throws Exception {
    try (LocalKafkaBroker broker = LocalKafkaBroker.start()) {
      assertThat(broker.bootstrapServers()).matches("(localhost|127\\.0\\.0\\.1):\\d+");
      broker.createTopics(List.of("t"), 2);
      Properties p = new Properties();
      p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
      p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "test-tx");
      try (KafkaProducer<byte[], byte[]> producer =
          new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer())) {
        producer.initTransactions();
        producer.beginTransaction();
        producer.send(new ProducerRecord<>("t", bytes("a"), bytes("committed"))).get();
        producer.commitTransaction();
        producer.beginTransaction();
        producer.send(new ProducerRecord<>("t", bytes("b"), bytes("aborted"))).get();
        producer.abortTransaction();
      }
      Properties c = new Properties();
      c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
      c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
      c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
      c.put(ConsumerConfig.GROUP_ID_CONFIG, "g");
      List<String> seen = new ArrayList<>();
      try (KafkaConsumer<byte[], byte[]> consumer =
          new KafkaConsumer<>(c, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
        consumer.subscribe(List.of("t"));
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (seen.isEmpty() && System.nanoTime() < deadline) {
          for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
            seen.add(new String(r.value(), StandardCharsets.UTF_8));
          }
        }
        // the aborted record sits in the log too; polling on finds nothing more
        for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofSeconds(2))) {
          seen.add(new String(r.value(), StandardCharsets.UTF_8));
        }
      }
      assertThat(seen).containsExactly("committed");
    }
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
