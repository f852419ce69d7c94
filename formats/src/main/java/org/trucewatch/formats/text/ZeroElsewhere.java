package org.trucewatch.formats.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.trucewatch.core.claim.Claim;
import org.trucewatch.core.claim.TextSpan;
import org.trucewatch.core.observation.Casualties;
import org.trucewatch.core.observation.CasualtyCount;

/**
 * "No casualties" said of another strike in a text that counts people hurt in one: "Dmytrivka ...
 * one person was killed" / "Also at night the enemy struck Ochakiv ... Пострадавших нет". A text
 * cannot say of one strike both that someone was hurt and that nobody was, so such a zero (of every
 * kind at once: "no casualties", "без постраждалих", "никто не пострадал") is another strike's,
 * and it says nothing of the kinds the hurt strike leaves untold: the text still gives no dead
 * when it names only wounded. The zero's strike keeps its mention, as an event without figures.
 */
final class ZeroElsewhere {
  /** Words before a zero that make it the rest of the same strike: "no other casualties", "інших постраждалих немає". */
  private static final Set<String> OTHER = Set.of("other", "others", "weiteren", "weitere", "sonst", "інших", "інші", "других",
      "другие", "иных");
  private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]+");
  private static final List<String> CATEGORIES = List.of("killed", "injured", "minors");

  private ZeroElsewhere() {}

  /** The mentions with such zeros left unknown, when the text counts someone killed or injured; nulls stay. */
  static List<IncidentMention> cleared(String text, List<IncidentMention> mentions) {
    List<TextSpan> hurt = new ArrayList<>();
    for (IncidentMention m : mentions) {
      if (m == null || m.troops().isPresent()) {
        continue;
      }
      Casualties c = m.claim().casualties();
      if (c.killed().min() > 0) {
        hurt.addAll(m.claim().spans().getOrDefault("casualties.killed", List.of()));
      }
      if (c.injured().min() > 0) {
        hurt.addAll(m.claim().spans().getOrDefault("casualties.injured", List.of()));
      }
    }
    if (hurt.isEmpty()) {
      return mentions;
    }
    List<IncidentMention> out = new ArrayList<>(mentions.size());
    for (IncidentMention m : mentions) {
      out.add(m == null || m.troops().isPresent() ? m : cleared(text, m));
    }
    return out;
  }

  private static IncidentMention cleared(String text, IncidentMention m) {
    Claim c = m.claim();
    Map<String, List<TextSpan>> spans = new TreeMap<>(c.spans());
    List<TextSpan> killed = spans.getOrDefault("casualties.killed", List.of());
    List<TextSpan> injured = spans.getOrDefault("casualties.injured", List.of());
    List<TextSpan> minors = spans.getOrDefault("casualties.minors", List.of());
    Casualties k = c.casualties();
    CasualtyCount[] counts = {k.killed(), k.injured(), k.minors()};
    boolean changed = false;
    for (int i = 0; i < CATEGORIES.size(); i++) {
      String key = "casualties." + CATEGORIES.get(i);
      List<TextSpan> own = spans.getOrDefault(key, List.of());
      // a zero of every kind at once: its one span stands for the killed, the injured and the minors
      boolean elsewhere = counts[i].equals(CasualtyCount.NONE) && !own.isEmpty() && own.stream().allMatch(s ->
          killed.contains(s) && injured.contains(s) && minors.contains(s) && !otherOfTheSame(text, s));
      if (elsewhere) {
        counts[i] = CasualtyCount.UNKNOWN;
        spans.remove(key);
        changed = true;
      }
    }
    if (!changed) {
      return m;
    }
    Claim kept = c.withCasualties(new Casualties(counts[0], counts[1], counts[2]), spans);
    return m.with(kept, m.partOf());
  }

  /** Whether a word of "other" stands in the two words before the zero: the rest of the strike told, not another one. */
  private static boolean otherOfTheSame(String text, TextSpan zero) {
    String before = text.substring(Math.max(0, zero.start() - 30), zero.start()).toLowerCase(java.util.Locale.ROOT);
    String[] words = NOT_LETTERS.split(before);
    for (int w = Math.max(0, words.length - 2); w < words.length; w++) {
      if (OTHER.contains(words[w])) {
        return true;
      }
    }
    return false;
  }
}
