package org.trucewatch.bench;

import dk.dma.ais.message.AisMessage;
import dk.dma.ais.message.IVesselPositionMessage;
import dk.dma.ais.packet.AisPacket;
import dk.dma.ais.packet.AisPacketParser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.trucewatch.formats.ais.AisDecodeCounts;
import org.trucewatch.formats.ais.AisDecoder;
import org.trucewatch.formats.ais.AisSentenceContext;
import org.trucewatch.formats.ais.NmeaAisFramer;
import org.trucewatch.formats.ais.PositionFields;
import org.trucewatch.formats.ais.SixBitPayload;

/**
 * Decoding the same 100,000 lines of Black Sea AIS traffic ({@link AisTrafficCorpus}, tag blocks
 * on every sentence) with our decoder and with the Danish Maritime Authority's AisLib 2.8.5 in
 * the same JVM. Each decodes every line and reads MMSI, latitude, longitude and speed of each
 * position report. Scores are lines per second ({@code ops} = lines); 93% of lines are messages.
 *
 * <ul>
 *   <li>{@code aisLib}: the baseline, {@code AisPacketParser.readLine} then {@code getAisMessage}.
 *   <li>{@code positionsFromBytes}: our allocation-free path, {@link NmeaAisFramer} on the line's
 *       bytes and {@link PositionFields} on the bits, as a file or socket reader uses it.
 *   <li>{@code positionsFromStrings}: the same from {@code String} lines, as AisLib gets them.
 *   <li>{@code records}: {@link AisDecoder} building a record for every message.
 * </ul>
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar AisDecodeBenchmark -prof gc}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AisDecodeBenchmark {
  static final int LINES = 100_000;

  private String[] lines;
  private byte[][] bytes;
  private Blackhole hole;
  private NmeaAisFramer framer;

  /** Generates the corpus and the decoders' state. */
  @Setup
  public void setUp(Blackhole blackhole) {
    List<String> l = AisTrafficCorpus.lines(LINES, 7).subList(0, LINES);
    lines = l.toArray(new String[0]);
    bytes = new byte[LINES][];
    for (int i = 0; i < LINES; i++) {
      bytes[i] = lines[i].getBytes(StandardCharsets.US_ASCII);
    }
    hole = blackhole;
    framer = new NmeaAisFramer(this::position, new AisDecodeCounts());
  }

  private void position(SixBitPayload p, AisSentenceContext c) {
    int type = p.messageType();
    if (PositionFields.hasPosition(type)) {
      hole.consume(p.mmsi());
      hole.consume(PositionFields.latitude(p, type));
      hole.consume(PositionFields.longitude(p, type));
      hole.consume(PositionFields.speedKnots(p, type));
      hole.consume(c.tagEpochMillis());
    }
  }

  /** The baseline: AisLib. */
  @Benchmark
  @OperationsPerInvocation(LINES)
  public void aisLib(Blackhole bh) throws Exception {
    AisPacketParser parser = new AisPacketParser();
    for (String line : lines) {
      AisPacket packet = parser.readLine(line);
      if (packet != null) {
        AisMessage m = packet.tryGetAisMessage();
        if (m instanceof IVesselPositionMessage v) {
          bh.consume(m.getUserId());
          bh.consume(v.getPos().getLatitudeDouble());
          bh.consume(v.getPos().getLongitudeDouble());
          bh.consume(v.getSog());
          bh.consume(packet.getBestTimestamp());
        }
      }
    }
  }

  /** Ours, allocation-free, from bytes. */
  @Benchmark
  @OperationsPerInvocation(LINES)
  public void positionsFromBytes() {
    for (byte[] b : bytes) {
      framer.acceptLine(b, 0, b.length);
    }
  }

  /** Ours, allocation-free after the first line, from strings. */
  @Benchmark
  @OperationsPerInvocation(LINES)
  public void positionsFromStrings() {
    for (String s : lines) {
      framer.acceptLine(s);
    }
  }

  /** Ours, a record for every message. */
  @Benchmark
  @OperationsPerInvocation(LINES)
  public void records(Blackhole bh) {
    AisDecoder d = new AisDecoder(bh::consume, bh::consume);
    for (String s : lines) {
      d.acceptLine(s);
    }
  }
}
