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
import org.trucewatch.formats.ais.PositionReport;
import org.trucewatch.formats.ais.SixBitPayload;

/**
 * Decoding the same 100,000 lines of Black Sea AIS traffic ({@link AisTrafficCorpus}, tag blocks
 * on every sentence) with our decoder and with the Danish Maritime Authority's AisLib 2.8.5 in
 * the same JVM. Scores are lines per second ({@code ops} = lines); 93% of lines are messages.
 *
 * <p>The fair pair does the same work on both sides: every message, of every type in the corpus
 * (1, 2, 3, 5, 18, 24), decoded into an object, then its MMSI read, and for position reports also
 * latitude, longitude, speed and the tag-block time:
 *
 * <ul>
 *   <li>{@code aisLib}: the baseline, {@code AisPacketParser.readLine} then {@code tryGetAisMessage};
 *   <li>{@code records}: {@link AisDecoder} building a record for every message.
 * </ul>
 *
 * <p>Doing less than AisLib, so not comparable with it: {@code positionsFromBytes}, our
 * allocation-free path ({@link NmeaAisFramer} on the line's bytes and {@link PositionFields} on
 * the bits of position reports only, other types skipped), and {@code positionsFromStrings}, the
 * same from {@code String} lines.
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

  /** The baseline: AisLib, every message decoded. */
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
        } else if (m != null) {
          bh.consume(m.getUserId());
        }
      }
    }
  }

  /** Ours on AisLib's work: a record for every message of every type, the same fields read. */
  @Benchmark
  @OperationsPerInvocation(LINES)
  public void records(Blackhole bh) {
    AisDecoder d = AisDecoder.withContext((m, c) -> {
      if (m instanceof PositionReport v) {
        bh.consume(m.mmsi());
        bh.consume(v.latitude().orElse(0));
        bh.consume(v.longitude().orElse(0));
        bh.consume(v.speedKnots().orElse(0));
        bh.consume(c.tagEpochMillis());
      } else {
        bh.consume(m.mmsi());
      }
    }, bh::consume);
    for (String s : lines) {
      d.acceptLine(s);
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

}
