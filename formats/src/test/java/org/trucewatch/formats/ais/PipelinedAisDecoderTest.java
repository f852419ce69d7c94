package org.trucewatch.formats.ais;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class PipelinedAisDecoderTest {
  /** Every public NMEA log under ../shared/data/ais, one after the other. */
  private static byte[] sharedLogs() throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    for (String f : List.of("aislib/ais250.txt", "aislib/decode_encode_messages.txt", "aislib/stream_example.txt",
        "gpsd/sample.aivdm", "libais/tagblock.nmea", "libais/typeexamples.nmea", "pyais/ais_test_messages",
        "pyais/gatehouse.nmea", "pyais/messages.ais", "pyais/mixed.txt", "pyais/nmea_data_sample.txt",
        "pyais/sample.ais", "pyais/timestamped.ais")) {
      all.write(Files.readAllBytes(AisSharedData.file(f)));
      all.write('\n');
    }
    return all.toByteArray();
  }

  /** What a sink sees: every call, with the context's fields, and the gpsd JSON it writes. */
  private static final class Recording {
    final List<String> calls = new ArrayList<>();
    final GpsdJsonEncoder gpsd = new GpsdJsonEncoder();
    final ByteArrayOutputStream gpsdBytes = new ByteArrayOutputStream();
    final AisJsonWriter json = new AisJsonWriter();

    void message(AisMessage m, AisSentenceContext c) {
      calls.add(m + " lines " + c.firstLine() + "-" + c.lastLine() + " channel " + (int) c.channel() + " "
          + c.talker() + " own " + c.ownVessel() + " time " + c.tagEpochMillis() + " source " + c.tagSource()
          + " json " + json.write(DecodedAisMessage.of(m, c)));
      if (gpsd.append(m, c.channel()) && gpsd.length() > 4_000) {
        drain();
      }
    }

    void drain() {
      gpsdBytes.write(gpsd.buffer(), 0, gpsd.length());
      gpsd.clear();
    }

    void problem(AisDecoder.LineProblem p) {
      calls.add(p.toString());
    }
  }

  private static Recording singleThreaded(byte[] input) throws IOException {
    Recording r = new Recording();
    AisDecoder d = AisDecoder.withContext(r::message, r::problem);
    d.readAll(new ByteArrayInputStream(input));
    r.drain();
    r.calls.add(d.counts().summary());
    return r;
  }

  private static Recording pipelined(byte[] input, int batch) throws IOException {
    Recording r = new Recording();
    AisDecodeCounts counts = new PipelinedAisDecoder(r::message, r::problem, batch)
        .readAll(new ByteArrayInputStream(input));
    r.drain();
    r.calls.add(counts.summary());
    return r;
  }

  @Test
  void handsTheSinkWhatTheSingleThreadedDecoderDoesOnThePublicLogs() throws IOException {
    byte[] logs = sharedLogs();
    Recording one = singleThreaded(logs);
    assertThat(one.calls).hasSizeGreaterThan(10_000);
    assertThat(one.calls.stream().filter(c -> c.startsWith("LineProblem"))).isNotEmpty();
    for (int batch : new int[] {1, 7, PipelinedAisDecoder.DEFAULT_BATCH}) {
      Recording two = pipelined(logs, batch);
      assertThat(two.calls).as("batch " + batch).isEqualTo(one.calls);
      assertThat(two.gpsdBytes.toByteArray()).as("batch " + batch).isEqualTo(one.gpsdBytes.toByteArray());
    }
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void aReadFailureComesAfterTheMessagesReadBeforeIt() throws IOException {
    byte[] logs = Files.readAllBytes(AisSharedData.file("gpsd/sample.aivdm"));
    InputStream failing = new SequenceInputStream(new ByteArrayInputStream(logs), new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("disk gone");
      }
    });
    Recording expected = singleThreaded(logs);
    Recording got = new Recording();
    assertThatThrownBy(() -> new PipelinedAisDecoder(got::message, got::problem, 5).readAll(failing))
        .isInstanceOf(IOException.class).hasMessage("disk gone");
    // everything but the last (unterminated) line and the summary was handed over before the failure
    assertThat(got.calls).isNotEmpty().isEqualTo(expected.calls.subList(0, got.calls.size()));
    assertThat(got.calls.size()).isGreaterThan(expected.calls.size() - 5);
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void aFailingSinkStopsTheDecodingAndItsErrorComesThrough() throws IOException {
    byte[] logs = Files.readAllBytes(AisSharedData.file("aislib/stream_example.txt"));
    byte[] many = new byte[logs.length * 20];
    for (int i = 0; i < 20; i++) {
      System.arraycopy(logs, 0, many, i * logs.length, logs.length);
    }
    int[] seen = {0};
    PipelinedAisDecoder d = new PipelinedAisDecoder((m, c) -> {
      if (++seen[0] == 100) {
        throw new IllegalStateException("output closed");
      }
    }, p -> {}, 3);
    assertThatThrownBy(() -> d.readAll(new ByteArrayInputStream(many)))
        .isInstanceOf(IllegalStateException.class).hasMessage("output closed");
    assertThat(seen[0]).isEqualTo(100);
  }
}
