package org.trucewatch.formats.ais;

import java.io.IOException;
import java.io.InputStream;
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

  /** Receives each decoded message with the framer's reused context (copy what you keep). */
  public interface MessageSink {
    /** A decoded message, in input order. */
    void message(AisMessage message, AisSentenceContext context);
  }

  private final AisDecodeCounts counts = new AisDecodeCounts();
  private final NmeaAisFramer framer;

  /**
   * A decoder.
   *
   * @param messages receives each decoded message, in input order
   * @param problems receives each problem (unsupported types included), in input order
   */
  public AisDecoder(Consumer<DecodedAisMessage> messages, Consumer<LineProblem> problems) {
    this((MessageSink) (m, c) -> messages.accept(DecodedAisMessage.of(m, c)), problems);
  }

  /**
   * A decoder that hands each message over with the framer's context, without copying it: the
   * bulk path, where nothing is kept.
   *
   * @param messages receives each decoded message, in input order
   * @param problems receives each problem (unsupported types included), in input order
   */
  public static AisDecoder withContext(MessageSink messages, Consumer<LineProblem> problems) {
    return new AisDecoder(messages, problems);
  }

  private AisDecoder(MessageSink messages, Consumer<LineProblem> problems) {
    this.framer = new NmeaAisFramer(new NmeaAisFramer.Sink() {
      @Override
      public void message(SixBitPayload payload, AisSentenceContext context) {
        AisProblem problem = AisMessageDecoder.problem(payload);
        if (problem != null) {
          counts.problem(problem);
          problems.accept(new LineProblem(context.lastLine(), problem));
          return;
        }
        messages.message(AisMessageDecoder.decode(payload), context);
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

  /** Reads a whole stream of lines (ASCII, see {@link NmeaAisFramer#readLines}), then {@link #finish()}. */
  public void readAll(InputStream in) throws IOException {
    framer.readLines(in);
    finish();
  }

  /**
   * As {@link #readAll(InputStream)}, running {@code afterRead} after the messages of each block
   * read (see {@link NmeaAisFramer#readLines(InputStream, Runnable)}).
   */
  public void readAll(InputStream in, Runnable afterRead) throws IOException {
    framer.readLines(in, afterRead);
    finish();
  }

  /** The totals so far. */
  public AisDecodeCounts counts() {
    return counts;
  }

  /** Decodes all of {@code text}; for tests and small inputs. */
  public static List<DecodedAisMessage> decodeAll(String text, List<LineProblem> problemsOut) {
    List<DecodedAisMessage> out = new ArrayList<>();
    AisDecoder d = new AisDecoder((DecodedAisMessage m) -> out.add(m), problemsOut::add);
    for (String line : text.split("\n", -1)) {
      d.acceptLine(line);
    }
    d.finish();
    return out;
  }
}
