package org.trucewatch.flink;

import java.io.IOException;
import java.time.Duration;
import java.util.Properties;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.trucewatch.engine.ingest.InputTopics;
import org.trucewatch.formats.agreement.AgreementFileException;
import org.trucewatch.formats.fusion.FusionFileException;

/**
 * The Trucewatch pipeline as a Flink streaming job: input topics -> read (parallel) -> event-time
 * watermarks with bounded lateness -> the kept copy per observation and satellite pixel (keyed)
 * -> enrich (parallel) -> the sea layer per MMSI (keyed), with AIS reception per grid cell
 * (keyed) and gaps per MMSI (keyed), and encounters across ships in one task -> incremental fusion
 * (one task) -> assessment per incident (keyed, with the sources files in broadcast state) ->
 * findings, incidents and rejects to Kafka exactly once, and optionally findings and incidents to
 * PostgreSQL. Each keyed stage works at the same event-time ticks ({@code --assess-every}), in
 * step.
 *
 * <p>Run with {@code flink run -c org.trucewatch.flink.TrucewatchJob trucewatch-flink.jar --kafka
 * HOST:PORT --agreement FILE [--fusion FILE]}; see docs/deploy.md.
 */
public final class TrucewatchJob {
  private TrucewatchJob() {}

  /** Builds the job from its arguments and runs it. */
  public static void main(String[] args) throws Exception {
    JobParameters p;
    try {
      p = JobParameters.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("trucewatch-flink: " + e.getMessage());
      System.exit(2);
      return;
    }
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    try {
      build(env, p);
    } catch (AgreementFileException | FusionFileException e) {
      // each problem named with its file, line and field
      System.err.println("trucewatch-flink: " + e.getMessage());
      System.exit(2);
      return;
    }
    env.execute("trucewatch " + p.agreement().getFileName());
  }

  /**
   * Adds the job's sources, stages and sinks to {@code env} and turns on checkpointing.
   *
   * @throws AgreementFileException when the agreement has problems (each named)
   * @throws FusionFileException when the fusion file has problems (each named with file, line and field)
   */
  public static void build(StreamExecutionEnvironment env, JobParameters p)
      throws IOException, AgreementFileException, FusionFileException {
    // the agreement and the fusion file, read through the fold every runner reads the ledger with
    MissionConfig mission = MissionConfig.of(p.agreement(), p.fusion());
    // everything the job moves is a POJO or a primitive: a Kryo fallback would be a bug
    org.apache.flink.configuration.Configuration conf = new org.apache.flink.configuration.Configuration();
    conf.set(org.apache.flink.configuration.PipelineOptions.GENERIC_TYPES, false);
    env.configure(conf);
    env.enableCheckpointing(p.checkpointEvery().toMillis());

    KafkaSource<InputRecord> source = inputs(p);
    SingleOutputStreamOperator<StageElement> read = env
        .fromSource(source, WatermarkStrategy.noWatermarks(), "input topics")
        .process(new ReadInputs(mission)).name("read");
    DataStream<StageElement> timed = read.assignTimestampsAndWatermarks(
        WatermarkStrategy.<StageElement>forBoundedOutOfOrderness(p.lateness())
            .withTimestampAssigner((e, previous) -> e.eventMillis)
            .withIdleness(Duration.ofMinutes(1)))
        .name("event time");
    Duration tick = p.assessEvery();
    DataStream<StageElement> enriched = timed
        .keyBy(e -> e.route)
        .process(new KeptCopy()).name("kept copy per observation and pixel")
        .map(new EnrichObservations(mission)).name("enrich");
    SingleOutputStreamOperator<StageElement> perVessel = enriched
        .filter(e -> (e.lanes & StageElement.LANE_SEA) != 0).name("AIS track points")
        .keyBy(e -> e.vessel)
        .process(new SeaPerVessel(mission, tick)).name("sea per MMSI");
    DataStream<StageElement> heard = perVessel
        .filter(e -> (e.lanes & StageElement.LANE_CELLS) != 0).name("fixes and silences by cell")
        .keyBy(e -> e.route)
        .process(new ReceptionPerCell(tick)).name("reception per grid cell");
    DataStream<StageElement> gaps = perVessel
        .filter(e -> (e.lanes & StageElement.LANE_GAPS) != 0).name("silences and ships")
        .union(heard)
        .keyBy(e -> e.vessel)
        .process(new GapsPerVessel(mission, tick)).name("gaps per MMSI");
    DataStream<StageElement> encounters = perVessel
        .filter(e -> (e.lanes & StageElement.LANE_ENCOUNTERS) != 0).name("slow fixes and ships")
        .keyBy(e -> "sea")
        .process(new SeaAcrossVessels(mission, tick)).name("encounters").setParallelism(1);
    DataStream<StageElement> toFusion = enriched
        .filter(e -> (e.lanes & StageElement.LANE_FUSION) != 0).name("eventful observations")
        .union(perVessel.filter(e -> (e.lanes & StageElement.LANE_FUSION) != 0).name("own-track detections"),
            gaps, encounters);
    DataStream<StageElement> incidents = toFusion
        .keyBy(e -> "fusion")
        .process(new IncidentFusion(mission, tick)).name("fuse").setParallelism(1);
    var declaredSources = enriched
        .filter(e -> e.kind == StageElement.SOURCES).name("sources files")
        .broadcast(IncidentAssessment.SOURCES);
    DataStream<ResultRecord> results = incidents
        .keyBy(e -> e.route)
        .connect(declaredSources)
        .process(new IncidentAssessment(mission, tick)).name("assess per incident");
    results.union(read.getSideOutput(ReadInputs.REJECTS))
        .sinkTo(outputs(p)).name("output topics");
    if (p.postgres().isPresent()) {
      results.sinkTo(new PostgresResultSink(p.postgres().get())).name("postgresql").setParallelism(1);
    }
  }

  private static KafkaSource<InputRecord> inputs(JobParameters p) {
    var b = KafkaSource.<InputRecord>builder()
        .setBootstrapServers(p.kafka())
        .setTopics(InputTopics.INPUTS)
        .setGroupId(p.groupId())
        .setStartingOffsets(OffsetsInitializer.committedOffsets(
            org.apache.kafka.clients.consumer.OffsetResetStrategy.EARLIEST))
        .setDeserializer(new InputRecordDeserializer())
        // only what publishers committed
        .setProperty("isolation.level", "read_committed")
        .setProperty("max.partition.fetch.bytes", Integer.toString(32 * 1024 * 1024));
    if (p.bounded()) {
      b.setBounded(OffsetsInitializer.latest());
    }
    return b.build();
  }

  private static KafkaSink<ResultRecord> outputs(JobParameters p) {
    Properties producer = new Properties();
    // must exceed the checkpoint interval plus restart time, and stay within the broker's maximum
    producer.setProperty("transaction.timeout.ms", "900000");
    return KafkaSink.<ResultRecord>builder()
        .setBootstrapServers(p.kafka())
        .setRecordSerializer(new ResultRecordSerializer())
        .setDeliveryGuarantee(DeliveryGuarantee.EXACTLY_ONCE)
        .setTransactionalIdPrefix(p.transactionalIdPrefix())
        .setKafkaProducerConfig(producer)
        .build();
  }
}
