package org.trucewatch.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;
import org.trucewatch.core.agreement.Agreement;
import org.trucewatch.core.agreement.AlertAreaProvision;
import org.trucewatch.core.agreement.CorridorProvision;
import org.trucewatch.core.agreement.EffectivePeriod;
import org.trucewatch.core.agreement.Party;
import org.trucewatch.core.agreement.ProtectedSite;
import org.trucewatch.core.agreement.ProtectedSitesProvision;
import org.trucewatch.core.agreement.ZoneProvision;
import org.trucewatch.core.assess.Assessor;
import org.trucewatch.core.assess.Finding;
import org.trucewatch.core.enrich.EnrichedObservation;
import org.trucewatch.core.enrich.ProvisionMatcher;
import org.trucewatch.core.fuse.FusionParameters;
import org.trucewatch.core.fuse.Incident;
import org.trucewatch.core.fuse.IncidentSummary;
import org.trucewatch.core.fuse.IncidentFuser;
import org.trucewatch.core.geo.Geodesy;
import org.trucewatch.core.geo.LineBand;
import org.trucewatch.core.observation.Activity;
import org.trucewatch.core.observation.Casualties;
import org.trucewatch.core.observation.CasualtyCount;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.observation.ObservationId;
import org.trucewatch.core.observation.ObservationKind;
import org.trucewatch.core.observation.Provenance;
import org.trucewatch.core.source.Credibility;
import org.trucewatch.core.source.Reliability;
import org.trucewatch.core.source.Source;
import org.trucewatch.core.source.SourceDirectory;
import org.trucewatch.formats.Reject;

/**
 * A day of realistic data run through core's real enrich, fuse and assess operators: an energy
 * moratorium over two plants on the Dnipro, a Kharkiv alert area, a demilitarised band along
 * the southern line of contact and a Black Sea corridor, with reports from regional
 * administrations, FIRMS, a mission drone, a news wire and a ministry.
 */
final class ReportFixture {
  static final String ZNPP_PLACE = "Enerhodar";

  private ReportFixture() {}

  static Agreement agreement() {
    EffectivePeriod from18March = new EffectivePeriod(Instant.parse("2025-03-18T00:00:00Z"), Optional.empty());
    List<String> both = List.of("RU", "UA");
    ProtectedSitesProvision energy = new ProtectedSitesProvision(
        "energy-moratorium", "Moratorium on strikes against energy infrastructure", both, from18March,
        Set.of(Activity.STRIKE),
        List.of(
            new ProtectedSite("zaporizhzhia-npp", "Zaporizhzhia Nuclear Power Plant", "nuclear",
                Optional.of("UA"), new Coordinate(34.5856, 47.5119), 5_000),
            new ProtectedSite("dnipro-hpp", "Dnipro Hydroelectric Station", "hydro",
                Optional.of("UA"), new Coordinate(35.0870, 47.8700), 3_000)));
    AlertAreaProvision cities = new AlertAreaProvision(
        "city-alerts", "Alert areas around major cities", both, from18March, Set.of(Activity.STRIKE),
        List.of(new ProtectedSite("kharkiv", "Kharkiv", "city", Optional.of("UA"),
            new Coordinate(36.2304, 49.9935), 15_000)));
    LineString contact = Geodesy.WGS84.createLineString(new Coordinate[] {
        new Coordinate(35.30, 47.45), new Coordinate(35.95, 47.48), new Coordinate(36.80, 47.70),
        new Coordinate(37.55, 47.95), new Coordinate(37.95, 48.55)});
    ZoneProvision dmz = new ZoneProvision(
        "dmz-south", "Demilitarised zone along the southern line of contact", both, from18March,
        Set.of(Activity.STRIKE, Activity.HEAVY_WEAPONS, Activity.MILITARY_PRESENCE), new LineBand(contact, 15_000));
    LineString lane = Geodesy.WGS84.createLineString(new Coordinate[] {
        new Coordinate(30.75, 46.40), new Coordinate(31.10, 45.90), new Coordinate(30.70, 45.20),
        new Coordinate(29.90, 44.80)});
    CorridorProvision corridor = new CorridorProvision(
        "black-sea-corridor", "Black Sea shipping corridor", both, from18March,
        Set.of(Activity.STRIKE, Activity.MILITARY_PRESENCE), new LineBand(lane, 10_000));
    return new Agreement(
        "moratorium-2025", "Black Sea and energy moratorium, March 2025",
        List.of(new Party("UA", "Ukraine"), new Party("RU", "Russian Federation")),
        List.of(energy, cities, dmz, corridor));
  }

  static SourceDirectory sources() {
    return new SourceDirectory(List.of(
        new Source("ua-zoda", "Zaporizhzhia Regional Military Administration (Telegram)", Reliability.C,
            Optional.of("UA")),
        new Source("ua-khoda", "Kharkiv Regional Military Administration (Telegram)", Reliability.C,
            Optional.of("UA")),
        new Source("ru-mod", "Ministry of Defence of the Russian Federation", Reliability.D,
            Optional.of("RU")),
        new Source("firms-viirs", "NASA FIRMS VIIRS S-NPP", Reliability.B, Optional.empty()),
        new Source("mission-uav", "Mission UAV patrol", Reliability.A, Optional.empty()),
        new Source("news-wire", "International news wire", Reliability.C, Optional.empty())));
  }

  /** The day's observations; {@code kharkivPlace} is the place the Kharkiv governor names. */
  static List<Observation> observations(String kharkivPlace) {
    List<Observation> out = new ArrayList<>();
    // a strike near the nuclear plant, seen by three independent sources
    out.add(obs("ua-zoda", ObservationKind.STRIKE, "2025-03-18T05:12:00Z", 47.5000, 34.6010, 1_000, 3,
        Map.of("place", ZNPP_PLACE, Assessor.ATTRIBUTED_TO, "RU"), injured(2), "zoda-telegram-2025-03-18.jsonl", 14));
    out.add(obs("mission-uav", ObservationKind.EXPLOSION, "2025-03-18T05:14:30Z", 47.5020, 34.5990, 50, 2,
        Map.of("place", ZNPP_PLACE), Casualties.NONE, "mission-uav-2025-03-18.jsonl", 3));
    out.add(obs("firms-viirs", ObservationKind.THERMAL_ANOMALY, "2025-03-18T05:20:00Z", 47.5050, 34.5930, 375, 3,
        Map.of("frp", "12.4"), Casualties.NONE, "firms-viirs-snpp-2025-03-18.csv", 118));
    // a heat signature at the dam, from the satellite alone: indirect, unattributed
    out.add(obs("firms-viirs", ObservationKind.THERMAL_ANOMALY, "2025-03-18T11:03:00Z", 47.8720, 35.0900, 375, 3,
        Map.of("frp", "4.1"), Casualties.NONE, "firms-viirs-snpp-2025-03-18.csv", 131));
    // shelling in the demilitarised band, each side blaming the other
    out.add(obs("ua-zoda", ObservationKind.SHELLING, "2025-03-18T08:30:00Z", 47.7200, 36.8000, 2_000, 3,
        Map.of("place", "Huliaipole", Assessor.ATTRIBUTED_TO, "RU"), Casualties.NONE,
        "zoda-telegram-2025-03-18.jsonl", 22));
    out.add(obs("ru-mod", ObservationKind.SHELLING, "2025-03-18T08:45:00Z", 47.7300, 36.8100, 3_000, 4,
        Map.of("place", "Huliaipole", Assessor.ATTRIBUTED_TO, "UA"), Casualties.NONE, "ru-mod-2025-03-18.jsonl", 5));
    // a drone strike in Kharkiv city and one in Zolochiv, as the governor reported them
    Casualties kharkiv = new Casualties(CasualtyCount.NONE, CasualtyCount.exactly(9), CasualtyCount.atLeast(2));
    out.add(obs("ua-khoda", ObservationKind.STRIKE, "2025-03-18T19:40:00Z", 50.0050, 36.2600, 2_000, 2,
        Map.of("place", kharkivPlace, Assessor.ATTRIBUTED_TO, "RU"), kharkiv, "khoda-telegram-2025-03-18.jsonl", 7));
    out.add(obs("news-wire", ObservationKind.STRIKE, "2025-03-18T19:55:00Z", 50.0020, 36.2550, 3_000, 3,
        Map.of("place", "Kharkiv"), Casualties.NONE, "newswire-2025-03-18.csv", 2));
    Casualties zolochiv = new Casualties(CasualtyCount.NONE, CasualtyCount.exactly(8), CasualtyCount.atLeast(2));
    out.add(obs("ua-khoda", ObservationKind.STRIKE, "2025-03-18T19:45:00Z", 50.2800, 35.9800, 2_000, 2,
        Map.of("place", "Zolochiv"), zolochiv, "khoda-telegram-2025-03-18.jsonl", 8));
    // a drone seen far from every provision
    out.add(obs("mission-uav", ObservationKind.DRONE, "2025-03-18T14:10:00Z", 47.0000, 33.4000, 100, 2,
        Map.of(), Casualties.NONE, "mission-uav-2025-03-18.jsonl", 9));
    // a merchant ship in the corridor: accepted, but no incident
    out.add(obs("news-wire", ObservationKind.VESSEL, "2025-03-18T12:00:00Z", 45.9000, 31.0500, 50, 2,
        Map.of("mmsi", "636019825"), Casualties.NONE, "newswire-2025-03-18.csv", 3));
    return out;
  }

  static ReportInput input() {
    return input(observations("Kharkiv"));
  }

  /** The incidents as a run summarises them: members kept whole only for those with a finding (or casualties). */
  static List<IncidentSummary> summaries(List<Incident> incidents, List<Finding> findings) {
    java.util.Set<String> found = new java.util.HashSet<>();
    findings.forEach(f -> found.add(f.incidentId()));
    return incidents.stream().map(i -> IncidentSummary.of(i, found.contains(i.id()))).toList();
  }

  /** Runs the observations through enrich, fuse and assess, and wraps the result with its inputs. */
  static ReportInput input(List<Observation> observations) {
    Agreement agreement = agreement();
    SourceDirectory sources = sources();
    ProvisionMatcher matcher = new ProvisionMatcher(agreement);
    List<EnrichedObservation> enriched = observations.stream().map(matcher::enrich).toList();
    List<Incident> incidents = new IncidentFuser(FusionParameters.DEFAULT, sources).fuse(enriched);
    List<Finding> findings = new Assessor(agreement, sources).assess(incidents);
    Instant start = observations.stream().map(Observation::eventTime).min(Comparator.naturalOrder()).orElseThrow();
    Instant end = observations.stream().map(Observation::eventTime).max(Comparator.naturalOrder()).orElseThrow();
    List<Reject> rejects = List.of(
        new Reject("zoda-telegram-2025-03-18.jsonl", 9, "", "not valid JSON: unexpected end of input at column 41"),
        new Reject("firms-viirs-snpp-2025-03-18.csv", 57, "latitude", "'95.2130' is outside -90 to 90"),
        new Reject("firms-viirs-snpp-2025-03-18.csv", 212, "acq_date", "'2025-02-30' is not a date (YYYY-MM-DD)"));
    return new ReportInput(agreement, summaries(incidents, findings), findings, sources, inputs(observations, rejects),
        rejects.stream().map(Reject::toString).toList(), rejects.size(),
        ObservationId.sha256Hex("ledger head of the fixture"), 7, start, end);
  }

  private static List<InputSummary> inputs(List<Observation> observations, List<Reject> rejects) {
    Map<String, String> formats = new LinkedHashMap<>();
    formats.put("zoda-telegram-2025-03-18.jsonl", "report-jsonl");
    formats.put("khoda-telegram-2025-03-18.jsonl", "report-jsonl");
    formats.put("firms-viirs-snpp-2025-03-18.csv", "firms-csv");
    formats.put("mission-uav-2025-03-18.jsonl", "report-jsonl");
    formats.put("newswire-2025-03-18.csv", "acled-csv");
    formats.put("ru-mod-2025-03-18.jsonl", "report-jsonl");
    TreeMap<String, Long> obs = new TreeMap<>();
    observations.forEach(o -> obs.merge(o.provenance().name(), 1L, Long::sum));
    TreeMap<String, Long> rej = new TreeMap<>();
    rejects.forEach(r -> rej.merge(r.file(), 1L, Long::sum));
    List<InputSummary> out = new ArrayList<>();
    formats.forEach((name, format) -> out.add(new InputSummary(name, format, ObservationId.sha256Hex(name),
        obs.getOrDefault(name, 0L), rej.getOrDefault(name, 0L))));
    return out;
  }

  static Observation obs(String source, ObservationKind kind, String time, double lat, double lon,
      double uncertaintyMetres, int credibility, Map<String, String> attributes, Casualties casualties,
      String file, long line) {
    return Observation.of(source, kind, Instant.parse(time), Geodesy.WGS84.createPoint(new Coordinate(lon, lat)),
        uncertaintyMetres, Credibility.of(credibility), attributes, casualties,
        new Provenance(ObservationId.sha256Hex(file), file, line));
  }

  private static Casualties injured(int n) {
    return new Casualties(CasualtyCount.NONE, CasualtyCount.exactly(n), CasualtyCount.NONE);
  }
}
