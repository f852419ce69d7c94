package org.trucewatch.formats.fusion;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.trucewatch.core.fuse.FusionParameters;
import org.trucewatch.core.fuse.KindLink;
import org.trucewatch.core.observation.ObservationKind;

/**
 * Reads a fusion file: changes to {@link FusionParameters#DEFAULT}, so a file says only what it
 * changes. Every problem is reported at once as {@code file:line: field: message}.
 *
 * <pre>
 * max_time_widening_h: 12
 * detections: {link_m: 500, uncertainty_cap_m: 500, window_h: 72}
 * pairs:
 *   - kinds: [thermal-anomaly, strike]
 *     link_m: 3000
 *     uncertainty_cap_m: 10000
 *     window_h: 2
 *   - kinds: [thermal-anomaly, attack-on-vessel]
 *     never: true
 * </pre>
 *
 * A pair's link fields default to the pair's current link, or to the attack kinds' default when it
 * has none. Hours may be fractional.
 */
public final class FusionYamlReader {
  private static final YAMLFactory YAML = new YAMLFactory();
  private static final Set<String> TOP = Set.of("max_time_widening_h", "detections", "pairs");
  private static final Set<String> LINK = Set.of("link_m", "uncertainty_cap_m", "window_h");
  private static final Set<String> PAIR = Set.of("kinds", "never", "link_m", "uncertainty_cap_m", "window_h");

  /** A YAML value with the line it starts on. */
  private record Node(Object value, int line) {}

  /**
   * The parameters the file describes.
   *
   * @param name the file's name, for messages
   * @throws FusionFileException listing every problem
   */
  public FusionParameters read(String name, byte[] raw) throws FusionFileException {
    List<String> problems = new ArrayList<>();
    Node root;
    try (JsonParser p = YAML.createParser(new String(raw, StandardCharsets.UTF_8))) {
      p.nextToken();
      root = p.currentToken() == null ? new Node(new LinkedHashMap<String, Node>(), 1) : node(p);
    } catch (IOException e) {
      JsonLocation at = e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getLocation() : null;
      throw new FusionFileException(List.of(name + ":" + (at == null ? 1 : at.getLineNr()) + ": (file): not YAML: "
          + e.getMessage().lines().findFirst().orElse("")));
    }
    FusionParameters out = FusionParameters.DEFAULT;
    Map<String, Node> top = map(root, name, "(file)", problems);
    unknown(top, TOP, name, "", problems);
    Node widening = top.get("max_time_widening_h");
    if (widening != null) {
      Optional<Duration> d = hours(widening, name, "max_time_widening_h", true, problems);
      if (d.isPresent()) {
        out = out.withMaxTimeWidening(d.get());
      }
    }
    Node detections = top.get("detections");
    if (detections != null) {
      Optional<KindLink> l = link(map(detections, name, "detections", problems), out.detections(), name, "detections", problems);
      if (l.isPresent()) {
        out = out.withDetections(l.get());
      }
    }
    Node pairs = top.get("pairs");
    if (pairs != null) {
      if (!(pairs.value() instanceof List<?> list)) {
        problems.add(name + ":" + pairs.line() + ": pairs: expected a list");
      } else {
        for (int i = 0; i < list.size(); i++) {
          out = pair((Node) list.get(i), out, name, "pairs[" + i + "]", problems);
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new FusionFileException(problems);
    }
    return out;
  }

  private FusionParameters pair(Node n, FusionParameters in, String name, String field, List<String> problems) {
    Map<String, Node> m = map(n, name, field, problems);
    unknown(m, PAIR, name, field + ".", problems);
    Node kinds = m.get("kinds");
    List<ObservationKind> ks = new ArrayList<>();
    if (kinds == null || !(kinds.value() instanceof List<?> l) || l.size() != 2) {
      problems.add(name + ":" + (kinds == null ? n.line() : kinds.line()) + ": " + field
          + ".kinds: expected two kinds, e.g. [thermal-anomaly, strike]");
      return in;
    } else {
      for (int i = 0; i < 2; i++) {
        Node k = (Node) l.get(i);
        try {
          ks.add(ObservationKind.parse(String.valueOf(k.value())));
        } catch (IllegalArgumentException e) {
          problems.add(name + ":" + k.line() + ": " + field + ".kinds[" + i + "]: " + e.getMessage());
        }
      }
    }
    if (ks.size() != 2) {
      return in;
    }
    Node never = m.get("never");
    if (never != null) {
      if (!(never.value() instanceof Boolean b)) {
        problems.add(name + ":" + never.line() + ": " + field + ".never: expected true or false");
        return in;
      }
      if (b) {
        for (String f : LINK) {
          if (m.containsKey(f)) {
            problems.add(name + ":" + m.get(f).line() + ": " + field + "." + f + ": a pair that never fuses has no " + f);
          }
        }
        return in.with(ks.get(0), ks.get(1), Optional.empty());
      }
    }
    KindLink base = in.rule(ks.get(0), ks.get(1)).orElse(FusionParameters.EVENT_LINK);
    Optional<KindLink> changed = link(m, base, name, field, problems);
    return changed.isPresent() ? in.with(ks.get(0), ks.get(1), changed) : in;
  }

  private Optional<KindLink> link(Map<String, Node> m, KindLink base, String name, String field, List<String> problems) {
    if (m.containsKey("kinds") || m.containsKey("never")) {
      // a pair: its other keys were checked by the caller
    } else {
      unknown(m, LINK, name, field + ".", problems);
    }
    int before = problems.size();
    double link = m.containsKey("link_m") ? metres(m.get("link_m"), name, field + ".link_m", false, problems) : base.linkMetres();
    double cap = m.containsKey("uncertainty_cap_m")
        ? metres(m.get("uncertainty_cap_m"), name, field + ".uncertainty_cap_m", true, problems) : base.maxUncertaintyMetres();
    Duration window = m.containsKey("window_h")
        ? hours(m.get("window_h"), name, field + ".window_h", false, problems).orElse(base.window()) : base.window();
    return problems.size() == before ? Optional.of(new KindLink(link, cap, window)) : Optional.empty();
  }

  private static double metres(Node n, String name, String field, boolean zeroAllowed, List<String> problems) {
    if (n.value() instanceof Number v && Double.isFinite(v.doubleValue())
        && (zeroAllowed ? v.doubleValue() >= 0 : v.doubleValue() > 0)) {
      return v.doubleValue();
    }
    problems.add(name + ":" + n.line() + ": " + field + ": expected " + (zeroAllowed ? "zero or more" : "a positive number of")
        + " metres, not '" + n.value() + "'");
    return 1;
  }

  private static Optional<Duration> hours(Node n, String name, String field, boolean zeroAllowed, List<String> problems) {
    if (n.value() instanceof Number v && Double.isFinite(v.doubleValue())
        && (zeroAllowed ? v.doubleValue() >= 0 : v.doubleValue() > 0) && v.doubleValue() <= 24 * 365) {
      return Optional.of(Duration.ofSeconds(Math.round(v.doubleValue() * 3600)));
    }
    problems.add(name + ":" + n.line() + ": " + field + ": expected " + (zeroAllowed ? "zero or more" : "a positive number of")
        + " hours, not '" + n.value() + "'");
    return Optional.empty();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Node> map(Node n, String name, String field, List<String> problems) {
    if (n.value() instanceof Map<?, ?> m) {
      return (Map<String, Node>) m;
    }
    problems.add(name + ":" + n.line() + ": " + field + ": expected a mapping");
    return Map.of();
  }

  private static void unknown(Map<String, Node> m, Set<String> known, String name, String prefix, List<String> problems) {
    for (Map.Entry<String, Node> e : m.entrySet()) {
      if (!known.contains(e.getKey())) {
        problems.add(name + ":" + e.getValue().line() + ": " + prefix + e.getKey() + ": unknown key; expected one of "
            + String.join(", ", new java.util.TreeSet<>(known)));
      }
    }
  }

  /** The value at the parser's current token, with its line; leaves the parser on its last token. */
  private static Node node(JsonParser p) throws IOException {
    int line = p.currentTokenLocation().getLineNr();
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      Map<String, Node> m = new LinkedHashMap<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        int keyLine = p.currentTokenLocation().getLineNr();
        p.nextToken();
        Node v = node(p);
        m.put(key, v.value() instanceof Map || v.value() instanceof List ? new Node(v.value(), keyLine) : v);
      }
      return new Node(m, line);
    }
    if (t == JsonToken.START_ARRAY) {
      List<Node> l = new ArrayList<>();
      while (p.nextToken() != JsonToken.END_ARRAY) {
        l.add(node(p));
      }
      return new Node(l, line);
    }
    if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
      return new Node(p.getNumberValue(), line);
    }
    if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
      return new Node(p.getBooleanValue(), line);
    }
    if (t == JsonToken.VALUE_NULL) {
      return new Node(null, line);
    }
    return new Node(p.getText(), line);
  }
}
