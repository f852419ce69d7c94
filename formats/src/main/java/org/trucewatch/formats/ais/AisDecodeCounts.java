package org.trucewatch.formats.ais;

import java.util.EnumMap;
import java.util.Map;

/**
 * Running totals of a decoding: sentences read, messages decoded per type, and problems per
 * reason. Mutable, not thread-safe; one per decoder.
 */
public final class AisDecodeCounts {
  private final long[] problems = new long[AisProblem.values().length];
  private final long[] messagesByType = new long[64];
  private long sentences;

  void sentence() {
    sentences++;
  }

  void problem(AisProblem problem) {
    problems[problem.ordinal()]++;
  }

  void message(int type) {
    messagesByType[type]++;
  }

  /** NMEA sentences seen (lines with a {@code !} sentence, good or bad). */
  public long sentences() {
    return sentences;
  }

  /** How many times {@code problem} occurred. */
  public long problems(AisProblem problem) {
    return problems[problem.ordinal()];
  }

  /** Problems that are errors in the data (see {@link AisProblem#isError()}). */
  public long errors() {
    long n = 0;
    for (AisProblem p : AisProblem.values()) {
      if (p.isError()) {
        n += problems[p.ordinal()];
      }
    }
    return n;
  }

  /** Messages of {@code type} delivered (decoded or handed on as a payload). */
  public long messages(int type) {
    return messagesByType[type];
  }

  /** All messages delivered. */
  public long messages() {
    long n = 0;
    for (long c : messagesByType) {
      n += c;
    }
    return n;
  }

  /** Non-zero problem counts in declaration order. */
  public Map<AisProblem, Long> problemCounts() {
    Map<AisProblem, Long> m = new EnumMap<>(AisProblem.class);
    for (AisProblem p : AisProblem.values()) {
      if (problems[p.ordinal()] > 0) {
        m.put(p, problems[p.ordinal()]);
      }
    }
    return m;
  }

  /** "N sentences, M messages, problems: reason=count, ..." for progress lines. */
  public String summary() {
    StringBuilder sb = new StringBuilder();
    sb.append(sentences).append(" sentences, ").append(messages()).append(" messages");
    Map<AisProblem, Long> m = problemCounts();
    if (!m.isEmpty()) {
      sb.append("; ");
      boolean first = true;
      for (Map.Entry<AisProblem, Long> e : m.entrySet()) {
        sb.append(first ? "" : ", ").append(e.getKey().description()).append(": ").append(e.getValue());
        first = false;
      }
    }
    return sb.toString();
  }
}
