package org.trucewatch.formats.agreement;

import java.util.Collection;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Typed, checked access to the keys of one mapping. Every getter that finds something wrong
 * records a problem naming the key's path and line and returns empty, so that reading goes on.
 */
final class MapFields {
  /** Ids of provisions, sites and agreements: lower case, digits and hyphens. */
  static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

  private final LocatedMap map;
  private final FieldPointer at;
  private final Problems problems;

  MapFields(LocatedMap map, FieldPointer at, Problems problems) {
    this.map = map;
    this.at = at;
    this.problems = problems;
  }

  /**
   * Fields of {@code node} if it is a mapping; otherwise records that a mapping was expected.
   *
   * @param what what the mapping stands for, e.g. "a site", for the message
   */
  static Optional<MapFields> of(LocatedNode node, FieldPointer at, Problems problems, String what) {
    if (node instanceof LocatedMap m) {
      return Optional.of(new MapFields(m, at, problems));
    }
    problems.add(at, node, "expected " + what + " (a mapping of keys to values), found " + node.describe());
    return Optional.empty();
  }

  LocatedMap map() {
    return map;
  }

  FieldPointer at() {
    return at;
  }

  Problems problems() {
    return problems;
  }

  /** Whether the key is present with a value other than null. */
  boolean has(String key) {
    return value(key).isPresent();
  }

  /** Records every key not in {@code allowed}, suggesting the nearest allowed key. */
  void rejectUnknownKeys(Collection<String> allowed) {
    rejectUnknownKeys(allowed, allowed, "");
  }

  /**
   * Records every key not in {@code allowed}. A key in {@code known} but not {@code allowed} is
   * reported as not belonging {@code here} (e.g. " in a zone provision") rather than as unknown.
   */
  void rejectUnknownKeys(Collection<String> allowed, Collection<String> known, String here) {
    String expected = String.join(", ", new TreeSet<>(allowed));
    for (LocatedMap.Entry e : map.entries().values()) {
      if (allowed.contains(e.key())) {
        continue;
      }
      String message;
      if (known.contains(e.key())) {
        message = "key '" + e.key() + "' does not belong" + here + "; expected one of " + expected;
      } else {
        message = "unknown key '" + e.key() + "'" + suggestion(e.key(), allowed) + "; expected one of " + expected;
      }
      problems.add(at.key(e.key()), e.keyLine(), e.keyColumn(), message);
    }
  }

  /** The value under {@code key}, unless absent or null. */
  Optional<LocatedNode> value(String key) {
    return map.entry(key)
        .map(LocatedMap.Entry::value)
        .filter(v -> !(v instanceof LocatedScalar s && s.type() == LocatedScalar.Type.NULL));
  }

  /** The value under {@code key}; records a problem when it is absent or null. */
  Optional<LocatedNode> required(String key) {
    Optional<LocatedNode> v = value(key);
    if (v.isEmpty()) {
      missing(key);
    }
    return v;
  }

  /** Records that {@code key} is required here but absent. */
  void missing(String key) {
    Optional<LocatedMap.Entry> e = map.entry(key);
    if (e.isPresent()) {
      problems.add(at.key(key), e.get().value(), "'" + key + "' needs a value");
    } else {
      problems.add(at.key(key), map, "missing required key '" + key + "'");
    }
  }

  /** Text under {@code key}: any scalar as written, not blank. */
  Optional<String> text(String key, boolean required) {
    Optional<LocatedNode> v = required ? required(key) : value(key);
    return v.flatMap(n -> text(n, at.key(key), problems));
  }

  /** The scalar {@code node} as text, not blank. */
  static Optional<String> text(LocatedNode node, FieldPointer at, Problems problems) {
    if (node instanceof LocatedScalar s && s.type() != LocatedScalar.Type.NULL) {
      if (s.text().isBlank()) {
        problems.add(at, node, "must not be blank");
        return Optional.empty();
      }
      return Optional.of(s.text().strip());
    }
    problems.add(at, node, "expected text, found " + node.describe());
    return Optional.empty();
  }

  /** Text under {@code key} that must match {@code pattern}, e.g. an id. */
  Optional<String> matching(String key, boolean required, Pattern pattern, String what) {
    return text(key, required).flatMap(t -> matching(t, value(key).orElseThrow(), at.key(key), pattern, what));
  }

  /** {@code text} if it matches {@code pattern}; else records a problem describing {@code what}. */
  Optional<String> matching(String text, LocatedNode node, FieldPointer where, Pattern pattern, String what) {
    if (pattern.matcher(text).matches()) {
      return Optional.of(text);
    }
    problems.add(where, node, "'" + text + "' is not " + what);
    return Optional.empty();
  }

  /** A number under {@code key} more than zero, e.g. a radius in metres. */
  Optional<Double> positive(String key, boolean required) {
    Optional<LocatedNode> v = required ? required(key) : value(key);
    if (v.isEmpty()) {
      return Optional.empty();
    }
    LocatedNode n = v.get();
    if (n instanceof LocatedScalar s && s.type() == LocatedScalar.Type.NUMBER) {
      if (Double.isFinite(s.number()) && s.number() > 0) {
        return Optional.of(s.number());
      }
      problems.add(at.key(key), n, "must be more than zero, found " + s.text());
      return Optional.empty();
    }
    problems.add(at.key(key), n, "expected a number, found " + n.describe());
    return Optional.empty();
  }

  /** The mapping under {@code key}. */
  Optional<MapFields> mapping(String key, boolean required, String what) {
    Optional<LocatedNode> v = required ? required(key) : value(key);
    return v.flatMap(n -> of(n, at.key(key), problems, what));
  }

  /** The list under {@code key}. */
  Optional<LocatedList> list(String key, boolean required) {
    Optional<LocatedNode> v = required ? required(key) : value(key);
    if (v.isEmpty()) {
      return Optional.empty();
    }
    if (v.get() instanceof LocatedList l) {
      return Optional.of(l);
    }
    problems.add(at.key(key), v.get(), "expected a list, found " + v.get().describe());
    return Optional.empty();
  }

  /** A non-empty list under {@code key}. */
  Optional<LocatedList> nonEmptyList(String key, boolean required) {
    Optional<LocatedList> l = list(key, required);
    if (l.isPresent() && l.get().items().isEmpty()) {
      problems.add(at.key(key), l.get(), "must not be empty");
      return Optional.empty();
    }
    return l;
  }

  /** Records a problem at the value under {@code key} (or at the mapping, when it is absent). */
  void problem(String key, String message) {
    Optional<LocatedMap.Entry> e = map.entry(key);
    if (e.isPresent()) {
      problems.add(at.key(key), e.get().value(), message);
    } else {
      problems.add(at.key(key), map, message);
    }
  }

  /** Records a problem at the key itself (not its value), e.g. a key that must not be there. */
  void problemAtKey(String key, String message) {
    Optional<LocatedMap.Entry> e = map.entry(key);
    if (e.isPresent()) {
      problems.add(at.key(key), e.get().keyLine(), e.get().keyColumn(), message);
    } else {
      problems.add(at.key(key), map, message);
    }
  }

  private static String suggestion(String key, Collection<String> allowed) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : new TreeSet<>(allowed)) {
      int d = editDistance(key, candidate);
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return best != null && bestDistance <= Math.max(2, key.length() / 4) ? " (did you mean '" + best + "'?)" : "";
  }

  /** Optimal string alignment distance: insertions, deletions, substitutions and swaps count 1. */
  static int editDistance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
