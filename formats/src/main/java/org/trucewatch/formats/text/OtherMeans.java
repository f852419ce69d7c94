package org.trucewatch.formats.text;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Whether two sentences tell strikes of different means, so that the same figure in both is two
 * incidents, not one told again: "HIMARS hit the centre, killing a woman and injuring another. A
 * UAV dropped an explosive on another district, injuring a man."
 */
final class OtherMeans {
  private OtherMeans() {}

  /** Whether both sentences name a means and none of one's means is among the other's. */
  static boolean between(List<Cue.Match> means, int[] sentence, int a, int b) {
    Set<String> inA = of(means, sentence, sentence[a]);
    Set<String> inB = of(means, sentence, sentence[b]);
    if (inA.isEmpty() || inB.isEmpty()) {
      return false;
    }
    return inA.stream().noneMatch(inB::contains);
  }

  private static Set<String> of(List<Cue.Match> means, int[] sentence, int s) {
    Set<String> out = new TreeSet<>();
    for (Cue.Match m : means) {
      if (sentence[m.first()] == s) {
        out.add(m.cue().value());
      }
    }
    return out;
  }
}
