package org.trucewatch.formats.ais;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Decodes NMEA AIS text to message records: the framer and the message decoder together. For the
 * allocation-free path use {@link NmeaAisFramer} with {@link PositionFields} directly.
 *
 * <p>Problems are counted in {@link #counts()} and passed to the problem listener with their line;
 * nothing is thrown for bad input. Not thread-safe.
 */
public final class AisDecoder {
  /** A problem at a line, as the decoder reports it. */
  public record LineProblem(long line, AisProblem problem) {}

  private final AisDecodeCounts counts = new AisDecodeCounts();
  private final NmeaAisFramer framer;

  /**
   * A decoder.
   *
   * @param messages receives each decoded message, in input order
   * @param problems receives each problem (unsupported types included), in input order
   */
  public AisDecoder(Consumer<DecodedAisMessage> messages, Consumer<LineProblem> problems) {
    this.framer = new NmeaAisFramer(new NmeaAisFramer.Sink() {
      @Override
      public void message(SixBitPayload payload, AisSentenceContext context) {
        AisProblem problem = AisMessageDecoder.problem(payload);
        if (problem != null) {
          counts.problem(problem);
          problems.accept(new LineProblem(context.lastLine(), problem));
          return;
        }
        messages.accept(DecodedAisMessage.of(AisMessageDecoder.decode(payload), context));
      }

      @Override
      public void problem(AisProblem problem, long line) {
        problems.accept(new LineProblem(line, problem));
      }
    }, counts);
  }

  /** Reads one line (without its line break). */
  public void acceptLine(CharSequence line) {
    framer.acceptLine(line);
  }

  /** Ends the input, counting messages still missing fragments. */
  public void finish() {
    framer.finish();
  }

  /** Reads a whole stream of lines (ASCII), then {@link #finish()}. */
  public void readAll(InputStream in) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1), 1 << 16);
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      framer.acceptLine(line);
    }
    finish();
  }

  /** The totals so far. */
  public AisDecodeCounts counts() {
    return counts;
  }

  /** Decodes all of {@code text}; for tests and small inputs. */
  public static List<DecodedAisMessage> decodeAll(String text, List<LineProblem> problemsOut) {
    List<DecodedAisMessage> out = new ArrayList<>();
    AisDecoder d = new AisDecoder(out::add, problemsOut::add);
    for (String line : text.split("\n", -1)) {
      d.acceptLine(line);
    }
    d.finish();
    return out;
  }
}
