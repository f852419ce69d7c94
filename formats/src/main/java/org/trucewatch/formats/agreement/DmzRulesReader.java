package org.trucewatch.formats.agreement;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.trucewatch.core.agreement.Checkpoint;
import org.trucewatch.core.agreement.WithdrawalLine;
import org.trucewatch.core.geo.Circle;
import org.trucewatch.core.geo.LineBand;
import org.trucewatch.core.geo.Region;
import org.trucewatch.core.observation.DetectionClass;

/**
 * Reads the demilitarised-zone rules of a zone provision: {@code prohibited_classes}, {@code
 * checkpoints} and {@code withdrawals}. Every problem is recorded; a rule with a problem is left
 * out and the provision is then refused by the caller, which counts problems.
 */
final class DmzRulesReader {
  static final List<String> KEYS = List.of("prohibited_classes", "checkpoints", "withdrawals");
  private static final List<String> CHECKPOINT_KEYS = List.of("id", "name", "location", "radius_m", "max_personnel");
  private static final List<String> WITHDRAWAL_KEYS = List.of("id", "name", "classes", "min_calibre_mm", "distance_m");

  private final Problems problems;
  private final GeoJsonGeometryReader geometry;

  DmzRulesReader(Problems problems, GeoJsonGeometryReader geometry) {
    this.problems = problems;
    this.geometry = geometry;
  }

  /** The classes listed under {@code key} of {@code f} (none when absent). */
  Set<DetectionClass> classes(MapFields f, String key, boolean required) {
    Set<DetectionClass> out = EnumSet.noneOf(DetectionClass.class);
    Optional<LocatedList> list = f.map().entry(key).isPresent() || required ? f.nonEmptyList(key, required) : Optional.empty();
    if (list.isEmpty()) {
      return out;
    }
    for (int i = 0; i < list.get().items().size(); i++) {
      LocatedNode item = list.get().items().get(i);
      FieldPointer itemAt = f.at().key(key).index(i);
      Optional<String> code = MapFields.text(item, itemAt, problems);
      if (code.isEmpty()) {
        continue;
      }
      try {
        if (!out.add(DetectionClass.parse(code.get()))) {
          problems.add(itemAt, item, "class '" + code.get() + "' is listed twice");
        }
      } catch (IllegalArgumentException e) {
        problems.add(itemAt, item, e.getMessage());
      }
    }
    return out;
  }

  /** The checkpoints listed under {@code checkpoints}, in file order. */
  List<Checkpoint> checkpoints(MapFields f) {
    List<Checkpoint> out = new ArrayList<>();
    if (f.map().entry("checkpoints").isEmpty()) {
      return out;
    }
    Optional<LocatedList> list = f.nonEmptyList("checkpoints", false);
    if (list.isEmpty()) {
      return out;
    }
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < list.get().items().size(); i++) {
      FieldPointer at = f.at().key("checkpoints").index(i);
      Optional<MapFields> item = MapFields.of(list.get().items().get(i), at, problems, "a checkpoint");
      if (item.isEmpty()) {
        continue;
      }
      MapFields c = item.get();
      c.rejectUnknownKeys(CHECKPOINT_KEYS);
      Optional<String> id = c.matching("id", true, MapFields.ID, "a valid id (lower-case letters, digits and hyphens)");
      Optional<String> name = c.text("name", true);
      Optional<Coordinate> location = c.required("location").flatMap(n -> geometry.position(n, at.key("location")));
      Optional<Double> radius = c.positive("radius_m", true);
      Optional<Integer> max = wholeNumber(c, "max_personnel");
      if (id.isPresent() && seen.putIfAbsent(id.get(), i) != null) {
        c.problem("id", "checkpoint id '" + id.get() + "' appears twice in this provision");
        continue;
      }
      if (id.isPresent() && name.isPresent() && location.isPresent() && radius.isPresent() && max.isPresent()) {
        out.add(new Checkpoint(id.get(), name.get(), new Circle(location.get(), radius.get()), max.get()));
      }
    }
    return out;
  }

  /** The withdrawal lines under {@code withdrawals}, measured from the zone's line. */
  List<WithdrawalLine> withdrawals(MapFields f, Optional<Region> zone) {
    List<WithdrawalLine> out = new ArrayList<>();
    if (f.map().entry("withdrawals").isEmpty()) {
      return out;
    }
    Optional<LocatedList> list = f.nonEmptyList("withdrawals", false);
    if (list.isEmpty()) {
      return out;
    }
    if (zone.isPresent() && !(zone.get() instanceof LineBand)) {
      f.problemAtKey("withdrawals", "withdrawal distances are measured from a line: give the zone by line, not by area");
      return out;
    }
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < list.get().items().size(); i++) {
      FieldPointer at = f.at().key("withdrawals").index(i);
      Optional<MapFields> item = MapFields.of(list.get().items().get(i), at, problems, "a withdrawal line");
      if (item.isEmpty()) {
        continue;
      }
      MapFields w = item.get();
      w.rejectUnknownKeys(WITHDRAWAL_KEYS);
      Optional<String> id = w.matching("id", true, MapFields.ID, "a valid id (lower-case letters, digits and hyphens)");
      Optional<String> name = w.text("name", true);
      int before = problems.count();
      Set<DetectionClass> classes = classes(w, "classes", true);
      boolean classesOk = problems.count() == before && !classes.isEmpty();
      Optional<Double> calibre = w.map().entry("min_calibre_mm").isPresent()
          ? w.positive("min_calibre_mm", true) : Optional.empty();
      boolean calibreOk = w.map().entry("min_calibre_mm").isEmpty() || calibre.isPresent();
      Optional<Double> distance = w.positive("distance_m", true);
      if (id.isPresent() && seen.putIfAbsent(id.get(), i) != null) {
        w.problem("id", "withdrawal id '" + id.get() + "' appears twice in this provision");
        continue;
      }
      if (id.isPresent() && name.isPresent() && classesOk && calibreOk && distance.isPresent() && zone.isPresent()) {
        LineBand line = (LineBand) zone.get();
        out.add(new WithdrawalLine(id.get(), name.get(), classes,
            calibre.map(OptionalDouble::of).orElse(OptionalDouble.empty()),
            new LineBand(line.centreline(), distance.get())));
      }
    }
    return out;
  }

  private Optional<Integer> wholeNumber(MapFields f, String key) {
    Optional<LocatedNode> v = f.required(key);
    if (v.isEmpty()) {
      return Optional.empty();
    }
    if (v.get() instanceof LocatedScalar s && s.type() == LocatedScalar.Type.NUMBER) {
      double n = s.number();
      if (n >= 0 && n == Math.rint(n) && n <= Integer.MAX_VALUE) {
        return Optional.of((int) n);
      }
      f.problem(key, "must be a whole number, zero or more, found " + s.text());
      return Optional.empty();
    }
    f.problem(key, "expected a whole number, found " + v.get().describe());
    return Optional.empty();
  }
}
