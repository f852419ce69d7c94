package org.trucewatch.server.api;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.trucewatch.core.assess.Finding;
import org.trucewatch.core.assess.FindingGrade;
import org.trucewatch.core.fuse.Incident;
import org.trucewatch.core.fuse.IncidentStatus;

/**
 * The filters and paging of the incident and finding queries, parsed from query parameters. An
 * unknown parameter or a bad value is refused naming the parameter, so a typo never silently
 * widens a query.
 *
 * @param bbox min lon, min lat, max lon, max lat (degrees), or empty
 * @param from only what ends at or after this time
 * @param to only what starts at or before this time
 * @param provision only incidents with a finding on this provision / findings on it
 * @param status incident corroboration status code
 * @param grade grade code: the incident's strongest finding grade, or the finding's grade
 * @param review analysts' review of the incident: unreviewed, confirmed, disputed, closed
 * @param kind observation kind code (incidents: the incident's kind)
 * @param offset how many matches to skip
 * @param limit how many to return at most
 */
public record QueryFilter(
    Optional<double[]> bbox,
    Optional<Instant> from,
    Optional<Instant> to,
    Optional<String> provision,
    Optional<String> status,
    Optional<String> grade,
    Optional<String> review,
    Optional<String> kind,
    int offset,
    int limit) {
  /** The largest page a query may ask for. */
  public static final int MAX_LIMIT = 1000;

  private static final Set<String> KNOWN = Set.of("bbox", "from", "to", "provision", "status", "grade", "review", "kind", "offset", "limit");

  /**
   * Parses query parameters.
   *
   * @throws ApiProblem 400 naming the parameter at fault
   */
  public static QueryFilter parse(Map<String, List<String>> params) {
    for (String k : new java.util.TreeSet<>(params.keySet())) {
      if (!KNOWN.contains(k)) {
        throw new ApiProblem(400, k, "unknown query parameter; known are bbox, from, grade, kind, limit, offset, provision, review, status, to");
      }
      if (params.get(k).size() > 1) {
        throw new ApiProblem(400, k, "given more than once");
      }
    }
    Optional<double[]> bbox = one(params, "bbox").map(QueryFilter::bbox);
    Optional<Instant> from = one(params, "from").map(v -> instant("from", v));
    Optional<Instant> to = one(params, "to").map(v -> instant("to", v));
    Optional<String> status = one(params, "status");
    status.ifPresent(v -> checkCode("status", v, List.of(IncidentStatus.REPORTED.code(), IncidentStatus.CORROBORATED.code())));
    Optional<String> grade = one(params, "grade");
    grade.ifPresent(v -> checkCode("grade", v, java.util.Arrays.stream(FindingGrade.values()).map(FindingGrade::code).toList()));
    Optional<String> review = one(params, "review");
    review.ifPresent(v -> checkCode("review", v, List.of("unreviewed", "confirmed", "disputed", "closed")));
    int offset = one(params, "offset").map(v -> integer("offset", v, 0, Integer.MAX_VALUE)).orElse(0);
    int limit = one(params, "limit").map(v -> integer("limit", v, 1, MAX_LIMIT)).orElse(100);
    return new QueryFilter(bbox, from, to, one(params, "provision"), status, grade, review, one(params, "kind"), offset, limit);
  }

  /** Whether the incident matches, given its findings, strongest grade and review. */
  public boolean matches(Incident inc, List<Finding> findings, String incidentReview) {
    if (bbox.isPresent() && !inside(bbox.get(), inc.centre().x, inc.centre().y)) {
      return false;
    }
    if (from.isPresent() && inc.end().isBefore(from.get())) {
      return false;
    }
    if (to.isPresent() && inc.start().isAfter(to.get())) {
      return false;
    }
    if (provision.isPresent() && findings.stream().noneMatch(f -> f.provisionId().equals(provision.get()))) {
      return false;
    }
    if (status.isPresent() && !inc.status().code().equals(status.get())) {
      return false;
    }
    if (kind.isPresent() && !inc.kind().code().equals(kind.get())) {
      return false;
    }
    if (grade.isPresent()) {
      FindingGrade best = JsonViews.bestGrade(findings);
      if (best == null || !best.code().equals(grade.get())) {
        return false;
      }
    }
    return review.isEmpty() || review.get().equals(incidentReview);
  }

  /** Whether the finding matches, given its incident and that incident's review. */
  public boolean matches(Finding f, Incident inc, String incidentReview) {
    if (bbox.isPresent() && !inside(bbox.get(), inc.centre().x, inc.centre().y)) {
      return false;
    }
    if (from.isPresent() && f.time().isBefore(from.get())) {
      return false;
    }
    if (to.isPresent() && f.time().isAfter(to.get())) {
      return false;
    }
    if (provision.isPresent() && !f.provisionId().equals(provision.get())) {
      return false;
    }
    if (status.isPresent() && !inc.status().code().equals(status.get())) {
      return false;
    }
    if (grade.isPresent() && !f.grade().code().equals(grade.get())) {
      return false;
    }
    return review.isEmpty() || review.get().equals(incidentReview);
  }

  /**
   * Whether an observation matches: bbox (its centroid), time, kind.
   *
   * @throws ApiProblem 400 when a filter that does not apply to observations was given
   */
  public boolean matches(org.trucewatch.core.observation.Observation o) {
    if (provision.isPresent() || status.isPresent() || grade.isPresent() || review.isPresent()) {
      String field = provision.isPresent() ? "provision" : status.isPresent() ? "status" : grade.isPresent() ? "grade" : "review";
      throw new ApiProblem(400, field, "does not apply to observations; filter them by bbox, from, to and kind");
    }
    if (bbox.isPresent()) {
      org.locationtech.jts.geom.Point c = o.geometry().getCentroid();
      if (!inside(bbox.get(), c.getX(), c.getY())) {
        return false;
      }
    }
    if (from.isPresent() && o.eventTime().isBefore(from.get())) {
      return false;
    }
    if (to.isPresent() && o.eventTime().isAfter(to.get())) {
      return false;
    }
    return kind.isEmpty() || o.kind().code().equals(kind.get());
  }

  private static boolean inside(double[] b, double lon, double lat) {
    return lon >= b[0] && lat >= b[1] && lon <= b[2] && lat <= b[3];
  }

  private static Optional<String> one(Map<String, List<String>> params, String key) {
    List<String> v = params.get(key);
    return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v.get(0));
  }

  private static double[] bbox(String v) {
    String[] parts = v.split(",", -1);
    if (parts.length != 4) {
      throw new ApiProblem(400, "bbox", "must be minLon,minLat,maxLon,maxLat, not '" + v + "'");
    }
    double[] b = new double[4];
    for (int i = 0; i < 4; i++) {
      try {
        b[i] = Double.parseDouble(parts[i].strip());
      } catch (NumberFormatException e) {
        throw new ApiProblem(400, "bbox", "'" + parts[i] + "' is not a number");
      }
      if (!Double.isFinite(b[i])) {
        throw new ApiProblem(400, "bbox", "'" + parts[i] + "' is not a finite number");
      }
    }
    if (b[0] > b[2] || b[1] > b[3] || b[0] < -180 || b[2] > 180 || b[1] < -90 || b[3] > 90) {
      throw new ApiProblem(400, "bbox", "must be minLon,minLat,maxLon,maxLat within -180..180, -90..90 with min <= max");
    }
    return b;
  }

  private static Instant instant(String field, String v) {
    try {
      return Instant.parse(v);
    } catch (DateTimeParseException e) {
      throw new ApiProblem(400, field, "must be a UTC time like 2026-05-01T12:00:00Z, not '" + v + "'");
    }
  }

  private static int integer(String field, String v, int min, int max) {
    try {
      int n = Integer.parseInt(v);
      if (n < min || n > max) {
        throw new ApiProblem(400, field, "must be between " + min + " and " + max + ", not " + n);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new ApiProblem(400, field, "must be a whole number, not '" + v + "'");
    }
  }

  private static void checkCode(String field, String v, List<String> allowed) {
    if (!allowed.contains(v)) {
      throw new ApiProblem(400, field, "must be one of " + String.join(", ", allowed) + ", not '" + v + "'");
    }
  }
}
