package org.trucewatch.flink.kafka;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * A real Kafka broker in KRaft mode (one combined broker and controller) in this JVM, from the
 * Maven Central artifacts: its logs in a fresh temporary directory, its listeners on 127.0.0.1 at
 * free ports. Closing it stops the broker and deletes the directory.
 */
public final class LocalKafkaBroker implements AutoCloseable {
  private final KafkaClusterTestKit cluster;
  private final Path directory;

  private LocalKafkaBroker(KafkaClusterTestKit cluster, Path directory) {
    this.cluster = cluster;
    this.directory = directory;
  }

  /** Formats the storage and starts the broker; returns once it serves clients. */
  public static LocalKafkaBroker start() throws Exception {
    Path dir = Files.createTempDirectory("trucewatch-kafka");
    TestKitNodes nodes = new TestKitNodes.Builder()
        .setCombined(true)
        .setNumBrokerNodes(1)
        .setNumControllerNodes(1)
        .setBaseDirectory(dir)
        .build();
    KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(nodes)
        // one broker: the internal topics cannot have more replicas than that
        .setConfigProp("offsets.topic.replication.factor", "1")
        .setConfigProp("transaction.state.log.replication.factor", "1")
        .setConfigProp("transaction.state.log.min.isr", "1")
        .setConfigProp("group.initial.rebalance.delay.ms", "0")
        .setDeleteOnClose(true)
        .build();
    try {
      cluster.format();
      cluster.startup();
      cluster.waitForReadyBrokers();
    } catch (Exception e) {
      cluster.close();
      throw e;
    }
    return new LocalKafkaBroker(cluster, dir);
  }

  /** host:port of the broker's client listener. */
  public String bootstrapServers() {
    return cluster.bootstrapServers();
  }

  /**
   * Creates these topics with this many partitions each, taking records of up to 64 MiB (a day's
   * AIS log as one record), and waits until they exist.
   */
  public void createTopics(Collection<String> names, int partitions) throws Exception {
    Properties p = new Properties();
    p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
    try (Admin admin = Admin.create(p)) {
      List<NewTopic> topics = names.stream().map(n -> new NewTopic(n, partitions, (short) 1)
          .configs(Map.of("min.insync.replicas", "1", "max.message.bytes", Integer.toString(64 * 1024 * 1024)))).toList();
      admin.createTopics(topics).all().get();
    }
  }

  /** The directory holding the broker's logs (deleted on close). */
  public Path directory() {
    return directory;
  }

  @Override
  public void close() throws Exception {
    cluster.close();
  }
}
