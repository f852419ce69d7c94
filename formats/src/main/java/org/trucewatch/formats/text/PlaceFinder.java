package org.trucewatch.formats.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.trucewatch.formats.gazetteer.Gazetteer;
import org.trucewatch.formats.gazetteer.Place;
import org.trucewatch.formats.gazetteer.Region;

/**
 * Finds the places and regions a paragraph names. A region is its base name next to a region
 * word ("Region Charkiw", "Kharkiv Oblast", "Харківській області") or a Cyrillic region noun
 * ("Харківщина"). A settlement is a capitalised word (or two or three) the gazetteer knows; a
 * small place (under 50,000 people) counts only after a word that introduces a place ("in",
 * "village", "у", "біля") or when it lies in a region the text names, so that a surname or a
 * common word that happens to be a village's name is not taken for one.
 */
final class PlaceFinder {
  private static final long WELL_KNOWN_POPULATION = 50_000;

  private final Gazetteer gazetteer;

  PlaceFinder(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** The English name of a region, e.g. "Kharkiv Oblast", or the code when unknown. */
  String regionName(String iso) {
    return gazetteer.region(iso).map(Region::english).orElse(iso);
  }

  /** The regions a paragraph names. */
  List<PlaceMention> regions(List<Token> tokens, Language language) {
    List<PlaceMention> out = new ArrayList<>();
    List<Cue> regionWords = Lexicon.cues(language, Lexicon.Kind.REGION);
    boolean cyrillic = language == Language.UK || language == Language.RU;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (!t.word() || !t.capitalised()) {
        continue;
      }
      if (cyrillic) {
        Optional<Region> r = gazetteer.regionByWord(t.text());
        if (r.isPresent()) {
          boolean regionWordNext = i + 1 < tokens.size() && matchesAny(regionWords, tokens, i + 1);
          boolean noun = t.lower().contains("щин") || t.lower().contains("ччин") || t.lower().contains("чин")
              || t.lower().startsWith("буковин") || t.lower().startsWith("закарпатт") || t.lower().startsWith("прикарпатт");
          if (regionWordNext || noun) {
            out.add(new PlaceMention(i, regionWordNext ? i + 1 : i, List.of(), r));
            i += regionWordNext ? 1 : 0;
          }
        }
        continue;
      }
      Optional<Region> r = gazetteer.regionByBaseName(t.text());
      if (r.isEmpty() && t.lower().endsWith("s")) {
        r = gazetteer.regionByBaseName(t.text().substring(0, t.text().length() - 1));
      }
      if (r.isEmpty()) {
        continue;
      }
      boolean after = i + 1 < tokens.size() && matchesAny(regionWords, tokens, i + 1);
      boolean before = i >= 1 && matchesAny(regionWords, tokens, i - 1);
      // "the region of Kharkiv"
      boolean beforeOf = i >= 2 && tokens.get(i - 1).lower().equals("of") && matchesAny(regionWords, tokens, i - 2);
      if (after) {
        out.add(new PlaceMention(i, i + 1, List.of(), r));
        i++;
      } else if (before) {
        out.add(new PlaceMention(i - 1, i, List.of(), r));
      } else if (beforeOf) {
        out.add(new PlaceMention(i - 2, i, List.of(), r));
      }
    }
    return out;
  }

  /** The settlements a paragraph names, outside the given region mentions. */
  List<PlaceMention> settlements(List<Token> tokens, Language language, List<PlaceMention> regionMentions,
      List<String> contextRegions) {
    List<PlaceMention> out = new ArrayList<>();
    List<Cue> introducers = Lexicon.cues(language, Lexicon.Kind.SETTLEMENT);
    boolean cyrillic = language == Language.UK || language == Language.RU;
    for (int i = 0; i < tokens.size(); i++) {
      if (inside(regionMentions, i)) {
        continue;
      }
      Token t = tokens.get(i);
      if (!t.word() || !t.capitalised()) {
        continue;
      }
      List<Place> found = List.of();
      int len = 0;
      for (int n = 3; n >= 1 && found.isEmpty(); n--) {
        if (i + n > tokens.size() || !allCapitalisedWords(tokens, i, n)) {
          continue;
        }
        StringBuilder name = new StringBuilder();
        for (int k = i; k < i + n; k++) {
          name.append(k > i ? " " : "").append(tokens.get(k).text());
        }
        found = gazetteer.byName(name.toString());
        if (found.isEmpty() && n == 1) {
          if (cyrillic) {
            found = gazetteer.byInflectedWord(t.text());
          } else if (t.lower().endsWith("s") && t.text().length() > 4) {
            found = gazetteer.byName(t.text().substring(0, t.text().length() - 1));
          }
        }
        len = n;
      }
      if (found.isEmpty()) {
        continue;
      }
      boolean wellKnown = found.get(0).population() >= WELL_KNOWN_POPULATION;
      boolean introduced = (i >= 1 && matchesAny(introducers, tokens, i - 1)) || (i >= 2 && matchesAny(introducers, tokens, i - 2));
      boolean inContext = found.stream().anyMatch(p -> contextRegions.contains(p.region()));
      if (wellKnown || introduced || inContext) {
        out.add(new PlaceMention(i, i + len - 1, found, Optional.empty()));
        i += len - 1;
      }
    }
    return out;
  }

  private static boolean allCapitalisedWords(List<Token> tokens, int from, int n) {
    for (int k = from; k < from + n; k++) {
      if (!tokens.get(k).word() || !tokens.get(k).capitalised()) {
        return false;
      }
    }
    return true;
  }

  private static boolean inside(List<PlaceMention> mentions, int i) {
    for (PlaceMention m : mentions) {
      if (i >= m.first() && i <= m.last()) {
        return true;
      }
    }
    return false;
  }

  private static boolean matchesAny(List<Cue> cues, List<Token> tokens, int i) {
    for (Cue c : cues) {
      if (c.matchAt(tokens, i) > 0) {
        return true;
      }
    }
    return false;
  }
}
