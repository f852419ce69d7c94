package org.trucewatch.formats.agreement;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.trucewatch.core.agreement.AlertAreaProvision;
import org.trucewatch.core.agreement.CorridorProvision;
import org.trucewatch.core.agreement.EffectivePeriod;
import org.trucewatch.core.agreement.ProtectedSite;
import org.trucewatch.core.agreement.ProtectedSitesProvision;
import org.trucewatch.core.agreement.Provision;
import org.trucewatch.core.agreement.ZoneProvision;
import org.trucewatch.core.geo.LineBand;
import org.trucewatch.core.geo.PolygonRegion;
import org.trucewatch.core.geo.Region;
import org.trucewatch.core.observation.Activity;

/**
 * Reads the provisions of one agreement file, one mapping at a time, into core's provision
 * records. Holds the ids seen so far, so one instance serves one file.
 */
final class ProvisionReader {
  static final String PROTECTED_SITES = "protected-sites";
  static final String ZONE = "zone";
  static final String CORRIDOR = "corridor";
  static final String ALERT_AREAS = "alert-areas";
  static final List<String> KINDS = List.of(ALERT_AREAS, CORRIDOR, PROTECTED_SITES, ZONE);

  private static final List<String> COMMON_KEYS = List.of("id", "kind", "name", "parties", "effective");
  private static final Map<String, List<String>> KIND_KEYS = Map.of(
      PROTECTED_SITES, List.of("prohibited", "default_radius_m", "sites", "sites_file"),
      ZONE, List.of("prohibited", "line", "half_width_m", "area", "prohibited_classes", "checkpoints", "withdrawals"),
      CORRIDOR, List.of("prohibited", "centreline", "half_width_m"),
      ALERT_AREAS, List.of("alert_on", "default_radius_m", "areas", "areas_file"));
  private static final List<String> ALL_KEYS;

  static {
    SortedSet<String> all = new TreeSet<>(COMMON_KEYS);
    KIND_KEYS.values().forEach(all::addAll);
    ALL_KEYS = List.copyOf(all);
  }

  private final Problems problems;
  private final ReferencedFiles files;
  private final GeoJsonGeometryReader geometry;
  private final SiteListReader sites;
  private final DmzRulesReader dmzRules;
  private final SortedSet<String> partyIds;
  private final Map<String, Integer> provisionLines = new HashMap<>();

  /** Creates a reader for one file whose parties have the given ids. */
  ProvisionReader(Problems problems, ReferencedFiles files, SortedSet<String> partyIds) {
    this.problems = problems;
    this.files = files;
    this.geometry = new GeoJsonGeometryReader(problems, files);
    this.sites = new SiteListReader(problems, geometry);
    this.dmzRules = new DmzRulesReader(problems, geometry);
    this.partyIds = partyIds;
  }

  /** The provision written at {@code node}, or empty when it has problems (all recorded). */
  Optional<Provision> read(LocatedNode node, FieldPointer at) {
    Optional<MapFields> fields = MapFields.of(node, at, problems, "a provision");
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    MapFields f = fields.get();
    Optional<String> kind = f.text("kind", true);
    if (kind.isPresent() && !KIND_KEYS.containsKey(kind.get())) {
      f.problem("kind", "unknown kind '" + kind.get() + "'; expected one of " + String.join(", ", KINDS));
      kind = Optional.empty();
    }
    if (kind.isPresent()) {
      List<String> allowed = new ArrayList<>(COMMON_KEYS);
      allowed.addAll(KIND_KEYS.get(kind.get()));
      f.rejectUnknownKeys(allowed, ALL_KEYS, " in a " + kind.get() + " provision");
    } else {
      f.rejectUnknownKeys(ALL_KEYS);
    }

    Optional<String> id = f.matching("id", true, MapFields.ID, "a valid id (lower-case letters, digits and hyphens)");
    id.ifPresent(i -> checkUnique(i, f));
    Optional<String> name = f.text("name", true);
    Optional<List<String>> parties = parties(f);
    Optional<EffectivePeriod> period = f.mapping("effective", true, "the effective period {from, until}")
        .flatMap(this::period);
    if (kind.isEmpty()) {
      return Optional.empty();
    }
    String k = kind.get();
    String activityKey = k.equals(ALERT_AREAS) ? "alert_on" : "prohibited";
    if (k.equals(ALERT_AREAS) && f.map().entry("prohibited").isPresent()) {
      f.problemAtKey("prohibited", "alert-areas provisions prohibit nothing; list what raises an alert under alert_on");
    }
    Optional<Set<Activity>> activities = activities(f, activityKey, k);

    Optional<Provision> provision = Optional.empty();
    boolean commonOk = id.isPresent() && name.isPresent() && parties.isPresent() && period.isPresent()
        && activities.isPresent();
    try {
      if (k.equals(PROTECTED_SITES)) {
        Optional<List<ProtectedSite>> list = siteList(f, "sites", "sites_file");
        if (commonOk && list.isPresent()) {
          provision = Optional.of(new ProtectedSitesProvision(
              id.get(), name.get(), parties.get(), period.get(), activities.get(), list.get()));
        }
      } else if (k.equals(ALERT_AREAS)) {
        Optional<List<ProtectedSite>> list = siteList(f, "areas", "areas_file");
        if (commonOk && list.isPresent()) {
          provision = Optional.of(new AlertAreaProvision(
              id.get(), name.get(), parties.get(), period.get(), activities.get(), list.get()));
        }
      } else if (k.equals(CORRIDOR)) {
        Optional<LineBand> band = band(f, "centreline");
        if (commonOk && band.isPresent()) {
          provision = Optional.of(new CorridorProvision(
              id.get(), name.get(), parties.get(), period.get(), activities.get(), band.get()));
        }
      } else {
        Optional<Region> region = zoneRegion(f);
        int before = problems.count();
        var classes = dmzRules.classes(f, "prohibited_classes", false);
        var checkpoints = dmzRules.checkpoints(f);
        var withdrawals = dmzRules.withdrawals(f, region);
        if (commonOk && region.isPresent() && problems.count() == before) {
          provision = Optional.of(new ZoneProvision(id.get(), name.get(), parties.get(), period.get(),
              activities.get(), region.get(), classes, checkpoints, withdrawals));
        }
      }
    } catch (IllegalArgumentException e) {
      problems.add(at, node, "cannot use this provision: " + e.getMessage());
      return Optional.empty();
    }
    return provision;
  }

  private void checkUnique(String id, MapFields f) {
    int line = f.value("id").orElseThrow().line();
    Integer first = provisionLines.putIfAbsent(id, line);
    if (first != null) {
      f.problem("id", "provision id '" + id + "' appears twice (first on line " + first + ")");
    }
  }

  private Optional<List<String>> parties(MapFields f) {
    Optional<LocatedList> list = f.nonEmptyList("parties", true);
    if (list.isEmpty()) {
      return Optional.empty();
    }
    Set<String> out = new LinkedHashSet<>();
    boolean ok = true;
    for (int i = 0; i < list.get().items().size(); i++) {
      LocatedNode item = list.get().items().get(i);
      FieldPointer itemAt = f.at().key("parties").index(i);
      Optional<String> party = MapFields.text(item, itemAt, problems);
      if (party.isEmpty()) {
        ok = false;
      } else if (!partyIds.contains(party.get())) {
        problems.add(itemAt, item, "party '" + party.get() + "' is not among the agreement's parties ("
            + String.join(", ", partyIds) + ")");
        ok = false;
      } else if (!out.add(party.get())) {
        problems.add(itemAt, item, "party '" + party.get() + "' is listed twice");
        ok = false;
      }
    }
    return ok ? Optional.of(List.copyOf(out)) : Optional.empty();
  }

  private Optional<EffectivePeriod> period(MapFields f) {
    f.rejectUnknownKeys(List.of("from", "until"));
    Optional<Instant> from = f.text("from", true).flatMap(t -> instant(f, "from", t));
    Optional<Instant> until = f.text("until", false).flatMap(t -> instant(f, "until", t));
    boolean untilOk = !f.has("until") || until.isPresent();
    if (from.isEmpty() || !untilOk) {
      return Optional.empty();
    }
    if (until.isPresent() && !until.get().isAfter(from.get())) {
      f.problem("until", "must be after from (" + from.get() + "), found " + until.get());
      return Optional.empty();
    }
    return Optional.of(new EffectivePeriod(from.get(), until));
  }

  private Optional<Instant> instant(MapFields f, String key, String text) {
    try {
      return Optional.of(OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant());
    } catch (DateTimeParseException e) {
      f.problem(key, "'" + text + "' is not an ISO-8601 date and time with offset, e.g. 2025-03-18T00:00:00Z");
      return Optional.empty();
    }
  }

  private Optional<Set<Activity>> activities(MapFields f, String key, String kind) {
    Optional<LocatedList> list = f.nonEmptyList(key, true);
    if (list.isEmpty()) {
      return Optional.empty();
    }
    Set<Activity> out = EnumSet.noneOf(Activity.class);
    boolean ok = true;
    for (int i = 0; i < list.get().items().size(); i++) {
      LocatedNode item = list.get().items().get(i);
      FieldPointer itemAt = f.at().key(key).index(i);
      Optional<String> code = MapFields.text(item, itemAt, problems);
      if (code.isEmpty()) {
        ok = false;
        continue;
      }
      try {
        Activity a = Activity.parse(code.get());
        if (!out.add(a)) {
          problems.add(itemAt, item, "activity '" + code.get() + "' is listed twice");
          ok = false;
        } else if (a == Activity.NAVIGATION && !kind.equals(ZONE)) {
          // a closed sea area is a zone; the corridors are where ships may sail through one
          problems.add(itemAt, item, "only a zone can prohibit 'navigation' (a sea area closed to shipping outside "
              + "the corridors); found in a " + kind + " provision");
          ok = false;
        }
      } catch (IllegalArgumentException e) {
        problems.add(itemAt, item, e.getMessage());
        ok = false;
      }
    }
    return ok ? Optional.of(out) : Optional.empty();
  }

  /** Sites inline under {@code listKey} or in the GeoJSON file named under {@code fileKey}. */
  private Optional<List<ProtectedSite>> siteList(MapFields f, String listKey, String fileKey) {
    Optional<Double> defaultRadius = Optional.empty();
    if (f.map().entry("default_radius_m").isPresent()) {
      defaultRadius = f.positive("default_radius_m", true);
      if (defaultRadius.isEmpty()) {
        // already reported; a stand-in keeps every site without radius_m from repeating it
        defaultRadius = Optional.of(1.0);
      }
    }
    boolean inline = f.map().entry(listKey).isPresent();
    boolean inFile = f.map().entry(fileKey).isPresent();
    if (inline && inFile) {
      f.problemAtKey(fileKey, "give either " + listKey + " or " + fileKey + ", not both");
      return Optional.empty();
    }
    if (!inline && !inFile) {
      problems.add(f.at().key(listKey), f.map(), "missing required key '" + listKey + "' (or '" + fileKey + "')");
      return Optional.empty();
    }
    int before = problems.count();
    List<ProtectedSite> out;
    if (inline) {
      Optional<LocatedList> list = f.nonEmptyList(listKey, true);
      if (list.isEmpty()) {
        return Optional.empty();
      }
      out = sites.fromList(list.get(), f.at().key(listKey), defaultRadius);
    } else {
      Optional<ReferencedFiles.Loaded> loaded = f.required(fileKey).flatMap(n -> files.load(n, f.at().key(fileKey)));
      if (loaded.isEmpty()) {
        return Optional.empty();
      }
      out = sites.fromFeatureCollection(loaded.get().root(), loaded.get().at(), defaultRadius);
    }
    return problems.count() == before ? Optional.of(out) : Optional.empty();
  }

  /** A band of {@code half_width_m} either side of the LineString under {@code lineKey}. */
  private Optional<LineBand> band(MapFields f, String lineKey) {
    Optional<Geometry> line = f.required(lineKey)
        .flatMap(n -> geometry.inlineOrFile(n, f.at().key(lineKey), List.of("LineString")));
    Optional<Double> halfWidth = f.positive("half_width_m", true);
    if (line.isEmpty() || halfWidth.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new LineBand((LineString) line.get(), halfWidth.get()));
    } catch (IllegalArgumentException e) {
      f.problem(lineKey, "cannot use this line: " + e.getMessage());
      return Optional.empty();
    }
  }

  /** A zone: a band along {@code line}, or the polygon {@code area}. */
  private Optional<Region> zoneRegion(MapFields f) {
    boolean hasLine = f.map().entry("line").isPresent();
    boolean hasArea = f.map().entry("area").isPresent();
    if (hasLine && hasArea) {
      f.problemAtKey("area", "give either line (with half_width_m) or area, not both");
      return Optional.empty();
    }
    if (hasLine) {
      return band(f, "line").map(Region.class::cast);
    }
    if (!hasArea) {
      problems.add(f.at().key("area"), f.map(), "a zone needs either line (with half_width_m) or area");
      return Optional.empty();
    }
    if (f.map().entry("half_width_m").isPresent()) {
      f.problemAtKey("half_width_m", "half_width_m applies only to a zone given by line, not by area");
    }
    Optional<Geometry> area = f.required("area")
        .flatMap(n -> geometry.inlineOrFile(n, f.at().key("area"), List.of("Polygon", "MultiPolygon")));
    if (area.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new PolygonRegion(area.get()));
    } catch (IllegalArgumentException e) {
      f.problem("area", "cannot use this area: " + e.getMessage());
      return Optional.empty();
    }
  }
}
