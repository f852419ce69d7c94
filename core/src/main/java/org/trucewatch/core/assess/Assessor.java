package org.trucewatch.core.assess;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.trucewatch.core.agreement.Agreement;
import org.trucewatch.core.agreement.Provision;
import org.trucewatch.core.enrich.EnrichedObservation;
import org.trucewatch.core.enrich.Touch;
import org.trucewatch.core.fuse.Incident;
import org.trucewatch.core.fuse.Origin;
import org.trucewatch.core.fuse.Stance;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.observation.ObservationId;
import org.trucewatch.core.source.Credibility;
import org.trucewatch.core.source.Source;
import org.trucewatch.core.source.SourceDirectory;
import org.trucewatch.core.thermal.ThermalCredibility;

/**
 * The assess operator: checks incidents against the agreement's provisions and grades the
 * findings.
 *
 * <p>An incident gives a finding under a provision when at least one of its observations (a)
 * touches an element of the provision, (b) happened while the provision was in force, and (c)
 * shows what the provision covers at that element ({@link Provision#covers}: by default an
 * activity of its kind; for a zone also a detection class, a withdrawal line or a checkpoint
 * limit). Those observations are the finding's
 * evidence; the rest of the incident is context. The same rules apply to every party: who is
 * said to be responsible is decided apart, from the {@code attributed_to} attribute of the
 * incident's observations, and does not change the grade.
 *
 * <p>Pure and deterministic: findings come out sorted by time, then id.
 */
public final class Assessor {
  /** The observation attribute naming the party a source holds responsible. */
  public static final String ATTRIBUTED_TO = "attributed_to";

  /**
   * The observation attribute naming the columns a detection's file lacked (e.g. {@code
   * acq_time,scan,track} for a FIRMS extract reduced to position and date): its time or footprint
   * is nominal, and its finding says so.
   */
  public static final String REDUCED = "reduced";

  private final Agreement agreement;
  private final SourceDirectory sources;

  /** An assessor for this agreement, grading sources from the directory. */
  public Assessor(Agreement agreement, SourceDirectory sources) {
    this.agreement = agreement;
    this.sources = sources;
  }

  /** All findings of these incidents, sorted by time then id. */
  public List<Finding> assess(List<Incident> incidents) {
    List<Finding> out = new ArrayList<>();
    for (Incident i : incidents) {
      out.addAll(assess(i));
    }
    out.sort(Comparator.comparing(Finding::time).thenComparing(Finding::id));
    return out;
  }

  /** The findings of one incident, one per provision it may breach or alert on. */
  public List<Finding> assess(Incident incident) {
    List<Finding> out = new ArrayList<>();
    for (Provision p : agreement.provisions()) {
      List<Observation> evidence = new ArrayList<>();
      TreeMap<String, Touch> elements = new TreeMap<>();
      for (EnrichedObservation m : incident.members()) {
        Observation o = m.observation();
        // a denial is kept in the incident as a contradicting origin, never as evidence for it
        if (Stance.of(o) == Stance.DENIES || !p.period().contains(o.eventTime())) {
          continue;
        }
        boolean touched = false;
        for (Touch t : m.touches()) {
          if (t.provisionId().equals(p.id()) && p.covers(t.elementId(), o)) {
            touched = true;
            elements.merge(t.elementId(), t, (a, b) -> a.distanceMetres() <= b.distanceMetres() ? a : b);
          }
        }
        if (touched) {
          evidence.add(o);
        }
      }
      if (!evidence.isEmpty()) {
        out.add(finding(p, incident, evidence, List.copyOf(elements.values())));
      }
    }
    return out;
  }

  private Finding finding(Provision p, Incident incident, List<Observation> evidence, List<Touch> elements) {
    evidence.sort(Comparator.comparing(Observation::eventTime).thenComparing(Observation::id));
    List<ObservationId> ids = evidence.stream().map(Observation::id).sorted().toList();
    GradeDecision decision = judge(evidence);
    FindingGrade grade = decision.grade();
    Attribution attribution = attribution(incident);
    String id = ObservationId.sha256Hex("trucewatch-finding/1\n" + p.id() + "\n" + incident.id() + "\n");
    return new Finding(
        id,
        p.id(),
        incident.id(),
        p.prohibits() ? FindingKind.POSSIBLE_VIOLATION : FindingKind.ALERT,
        grade,
        decision.reason(),
        ids,
        elements,
        attribution,
        evidence.get(0).eventTime(),
        explain(p, incident, evidence, elements, grade, attribution));
  }

  /**
   * Grades evidence. With {@code best} the highest reliability weight plus credibility weight of
   * any one piece (A1 scores 10, F6 scores 0; a thermal anomaly's credibility is moved by its
   * fire radiative power, see {@link ThermalCredibility}), {@code independent} the number of
   * independent origins ({@link Origin}: five outlets repeating one post are one) and {@code direct}
   * whether any piece shows the activity directly:
   *
   * <ul>
   *   <li>confirmed: independent at least 2, direct, and best at least 7 (e.g. B3, C2 or A4);
   *   <li>probable: independent at least 2 and best at least 5, or direct with best at least 8;
   *   <li>possible: best at least 4, or independent at least 2; but one origin alone is not
   *       possible when its best credibility is 5 (its own source judges it improbable, as a
   *       detector does below 0.5 confidence), nor when it shows the activity only indirectly and
   *       is not judged probably true (credibility 2 or better): a nominal fire pixel or a ship's
   *       slow drift alone is what field fires and fishing look like every day;
   *   <li>unsubstantiated: anything less.
   * </ul>
   */
  public FindingGrade grade(List<Observation> evidence) {
    return judge(evidence).grade();
  }

  /**
   * A grade and the sentence that says why.
   *
   * @param grade the grade by the rule of {@link Assessor#grade}
   * @param reason one sentence naming the rule's branch and the sources it rests on
   */
  public record GradeDecision(FindingGrade grade, String reason) {}

  /** Grades evidence by the rule of {@link #grade} and says why in one sentence. */
  public GradeDecision judge(List<Observation> evidence) {
    int best = 0;
    String bestLabel = "";
    boolean direct = false;
    int bestRating = Credibility.CANNOT_BE_JUDGED.rating();
    // each origin once, with the best piece it gave
    TreeMap<String, String> origins = new TreeMap<>();
    TreeMap<String, Integer> originScore = new TreeMap<>();
    for (Observation o : evidence) {
      Source s = sources.lookup(o.sourceId());
      Credibility credibility = ThermalCredibility.of(o);
      int rating = credibility.rating();
      int score = s.reliability().weight() + credibility.weight();
      String label = o.sourceId() + " " + s.reliability() + rating;
      if (score > best || bestLabel.isEmpty()) {
        best = Math.max(best, score);
        bestLabel = label;
      }
      direct |= o.kind().direct();
      bestRating = Math.min(bestRating, rating);
      String origin = Origin.keyOf(o, sources);
      Integer was = originScore.get(origin);
      if (was == null || score > was) {
        originScore.put(origin, score);
        origins.put(origin, label);
      }
    }
    int n = origins.size();
    String list = String.join(", ", origins.values());
    if (n >= 2 && direct && best >= 7) {
      return new GradeDecision(FindingGrade.CONFIRMED, "Confirmed: " + n + " independent origins agree (" + list
          + "), at least one shows it directly, and the best (" + bestLabel + ") is B3, C2 or better.");
    }
    if (n >= 2 && best >= 5) {
      return new GradeDecision(FindingGrade.PROBABLE, "Probable: " + n + " independent origins agree (" + list + "), but "
          + (direct ? "none is better than " + bestLabel + " (confirmed needs B3, C2 or better)"
              : "all show it only indirectly") + ".");
    }
    if (direct && best >= 8) {
      return new GradeDecision(FindingGrade.PROBABLE, "Probable: one origin (" + list
          + ") shows it directly and is B2 or better, but no independent origin has corroborated it yet.");
    }
    if (n == 1 && bestRating == Credibility.IMPROBABLE.rating()) {
      return new GradeDecision(FindingGrade.UNSUBSTANTIATED, "Unsubstantiated: one origin only (" + list
          + "), which itself rates what it reports improbable (credibility 5); another look or an independent origin is needed.");
    }
    if (n == 1 && !direct && bestRating > Credibility.PROBABLY_TRUE.rating()) {
      return new GradeDecision(FindingGrade.UNSUBSTANTIATED, "Unsubstantiated: one origin only (" + list
          + "), showing it only indirectly and not judged probably true (credibility 2 or better), as everyday"
          + " field fires and ship movements are not; an independent origin would make it possible at least.");
    }
    if (best >= 4 || n >= 2) {
      return new GradeDecision(FindingGrade.POSSIBLE, "Possible: "
          + (n >= 2 ? n + " independent origins (" + list + ") agree, but none is better than " + bestLabel
              : "one origin only (" + list + ")" + (direct ? "" : ", showing it only indirectly")
                  + "; a second independent origin would make it probable") + ".");
    }
    return new GradeDecision(FindingGrade.UNSUBSTANTIATED, "Unsubstantiated: one origin only (" + list
        + "), whose reliability and credibility together are too low to rest anything on.");
  }

  /**
   * Who the incident's observations hold responsible, each party's claim graded by the rule of
   * {@link #grade} over the observations naming it (a denial names nobody), and capped at possible
   * when every one of them comes from a source affiliated with another party: an adversary's
   * accusation is a claim to check, not evidence. A party naming itself is not capped.
   */
  public Attribution attribution(Incident incident) {
    return attribution(incident.members());
  }

  /** As {@link #attribution(Incident)}, from an incident's members. */
  public Attribution attribution(List<EnrichedObservation> members) {
    TreeMap<String, List<Observation>> naming = new TreeMap<>();
    for (EnrichedObservation m : members) {
      Observation o = m.observation();
      String party = o.attributes().get(ATTRIBUTED_TO);
      if (party != null && !party.isBlank() && Stance.of(o) == Stance.SUPPORTS) {
        naming.computeIfAbsent(party.trim(), k -> new ArrayList<>()).add(o);
      }
    }
    List<PartyClaim> claims = new ArrayList<>();
    naming.forEach((party, os) -> claims.add(claim(party, os)));
    if (claims.isEmpty()) {
      return new Attribution.Unattributed();
    }
    return claims.size() == 1 ? new Attribution.Claimed(claims.get(0)) : new Attribution.Contested(claims);
  }

  private PartyClaim claim(String party, List<Observation> naming) {
    List<ObservationId> ids = naming.stream().map(Observation::id).sorted().toList();
    GradeDecision d = judge(naming);
    TreeSet<String> accusers = new TreeSet<>();
    boolean onlyAdversaries = true;
    for (Observation o : naming) {
      Optional<String> side = sources.lookup(o.sourceId()).affiliation();
      if (side.isPresent() && !side.get().equals(party)) {
        accusers.add(side.get());
      } else {
        onlyAdversaries = false;
      }
    }
    if (onlyAdversaries && d.grade().compareTo(FindingGrade.POSSIBLE) < 0) {
      return new PartyClaim(party, ids, FindingGrade.POSSIBLE, "Possible at most: only sources of " + String.join(" and ", accusers)
          + " name " + party + ", and a party's accusation of another is a claim to check, not evidence (the evidence alone would make it "
          + d.grade().code() + ").");
    }
    return new PartyClaim(party, ids, d.grade(), d.reason());
  }

  private String explain(
      Provision p,
      Incident incident,
      List<Observation> evidence,
      List<Touch> elements,
      FindingGrade grade,
      Attribution attribution) {
    StringBuilder sb = new StringBuilder();
    TreeMap<String, Integer> kinds = new TreeMap<>();
    // each source once, with the best credibility it gave (lowest rating number)
    TreeMap<String, Integer> bestRating = new TreeMap<>();
    for (Observation o : evidence) {
      kinds.merge(o.kind().code(), 1, Integer::sum);
      bestRating.merge(o.sourceId(), ThermalCredibility.of(o).rating(), Math::min);
    }
    List<String> srcs = new ArrayList<>();
    bestRating.forEach((id, rating) -> srcs.add(id + " (" + sources.lookup(id).reliability() + rating + ")"));
    StringBuilder kindText = new StringBuilder();
    kinds.forEach((k, n) -> kindText.append(kindText.length() == 0 ? "" : ", ").append(n).append(' ').append(k));
    sb.append(Character.toUpperCase(kindText.charAt(0))).append(kindText.substring(1));
    sb.append(" from ").append(String.join(", ", srcs));
    Touch nearest = elements.stream().min(Comparator.comparingDouble(Touch::distanceMetres)).orElseThrow();
    sb.append(", ");
    if (nearest.limitMetres() > 0) {
      sb.append(km(nearest.distanceMetres())).append(" from ").append(nearest.elementName())
          .append(" (limit ").append(km(nearest.limitMetres())).append(')');
    } else {
      sb.append("inside ").append(nearest.elementName());
    }
    if (elements.size() > 1) {
      sb.append(" and ").append(elements.size() - 1).append(" more place").append(elements.size() > 2 ? "s" : "");
    }
    sb.append(", at ").append(evidence.get(0).eventTime());
    sb.append(", while '").append(p.name()).append("' was in force (").append(p.period()).append(").");
    sb.append(" Grade ").append(grade.code()).append(": ").append(incident.independentSources())
        .append(incident.independentSources() == 1 ? " independent origin" : " independent origins")
        .append(" in the incident");
    if (!incident.contradictingOrigins().isEmpty()) {
      sb.append(", denied by ").append(String.join(", ", incident.contradictingOrigins()));
    }
    if (evidence.stream().noneMatch(o -> o.kind().direct())) {
      sb.append("; indirect evidence only");
    }
    sb.append('.');
    TreeSet<String> lacking = new TreeSet<>();
    long reduced = 0;
    for (Observation o : evidence) {
      String missing = o.attributes().get(REDUCED);
      if (missing != null) {
        reduced++;
        lacking.addAll(List.of(missing.split(",")));
      }
    }
    if (reduced > 0) {
      sb.append(' ').append(reduced).append(" of ").append(evidence.size())
          .append(" from an extract without ").append(String.join(", ", lacking));
      if (lacking.contains("acq_time")) {
        sb.append(": time known only to the UTC day");
      }
      if (lacking.contains("scan")) {
        sb.append(lacking.contains("acq_time") ? ", " : ": ").append("nominal pixel");
      }
      sb.append('.');
    }
    if (attribution instanceof Attribution.Unattributed) {
      sb.append(" Unattributed.");
    } else if (attribution instanceof Attribution.Claimed c) {
      sb.append(" Attributed to ").append(c.party()).append(" by ").append(c.evidence().size())
          .append(c.evidence().size() == 1 ? " observation" : " observations").append(", ")
          .append(c.claim().grade().code()).append('.');
    } else if (attribution instanceof Attribution.Contested c) {
      List<String> parts = new ArrayList<>();
      c.claims().forEach(x -> parts.add(x.party() + " (" + x.grade().code() + ")"));
      sb.append(" Attribution contested between ").append(String.join(" and ", parts)).append('.');
    }
    return sb.toString();
  }

  private static String km(double metres) {
    return String.format(Locale.ROOT, "%.2f km", metres / 1000.0);
  }
}
