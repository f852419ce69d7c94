package org.trucewatch.core.lifecycle;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Derives an incident's lifecycle from the analyst actions that concern it and its evidence now.
 * Deterministic: the same actions in the same (ledger) order and the same evidence give the same
 * lifecycle, which is how a replay of the ledger reproduces every state.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>Without a verdict an incident is in its automatic state (reported or corroborated).
 *   <li>Actions apply in order, by {@link ReviewTransitions}; each sets the verdict of every
 *       anchor it covers and remembers the origins the analyst saw.
 *   <li>New evidence re-opens review: a confirmed incident that a new independent origin
 *       contradicts, a disputed one that a new origin supports, and a closed one that gains
 *       any new origin, supporting or contradicting, go back to their automatic state. More of
 *       the same (a new supporter of a confirmed incident, a new contradiction of a disputed one)
 *       does not.
 *   <li>Merges: when incidents reviewed apart come to form one, their verdicts stand if they
 *       agree; if they differ (confirmed and disputed, say) the incident goes back to review,
 *       because neither analyst saw the other's evidence and letting the later action win would
 *       silently overrule a judgement made on other grounds. The next action covers them all.
 * </ul>
 */
public final class LifecycleReplay {
  private LifecycleReplay() {}

  /**
   * A verdict per anchor and the origins it was taken on; {@code state} empty: in review;
   * {@code originsKnown} false for actions recorded before origins were, which new evidence
   * therefore cannot be measured against.
   */
  private record Verdict(
      Optional<LifecycleState> state, SortedSet<String> supporting, SortedSet<String> contradicting, boolean originsKnown) {}

  /**
   * The lifecycle of the incident.
   *
   * @param now the incident and its evidence as they are now
   * @param reviews every analyst action in ledger order; those that do not concern the incident
   *     are skipped
   */
  public static IncidentLifecycle evaluate(IncidentEvidence now, List<Review> reviews) {
    Map<String, Verdict> verdicts = new TreeMap<>();
    List<LifecycleEvent> history = new ArrayList<>();
    boolean conflictShown = false;
    for (Review r : reviews) {
      if (!now.concerns(r)) {
        continue;
      }
      Optional<Instant> at = Optional.of(r.at());
      LifecycleState automatic = LifecycleState.automatic(r.supporting().size());
      reassess(verdicts, r.supporting(), r.contradicting(), automatic, at, history);
      // checked against the incidents the action covers, as the analyst saw them when taking it
      Map<String, Verdict> covered = new TreeMap<>();
      for (String key : r.keys()) {
        if (verdicts.containsKey(key)) {
          covered.put(key, verdicts.get(key));
        }
      }
      Combined before = combine(covered, automatic);
      LifecycleState next;
      try {
        next = ReviewTransitions.next(before.state, r.action(), automatic);
      } catch (IllegalTransitionException refused) {
        history.add(new LifecycleEvent(LifecycleEvent.Kind.NOT_APPLIED, before.state, before.state, Optional.of(r), at,
            "not applied: " + refused.getMessage()));
        continue;
      }
      history.add(new LifecycleEvent(LifecycleEvent.Kind.ACTION, before.state, next, Optional.of(r), at,
          r.analyst() + " " + pastTense(r.action()) + " it: " + r.reason().strip()));
      if (r.action().changesState()) {
        Optional<LifecycleState> verdict = next.isVerdict() ? Optional.of(next) : Optional.empty();
        for (String key : r.keys()) {
          if (now.holds(key)) {
            verdicts.put(key, new Verdict(verdict, r.supporting(), r.contradicting(), !r.anchor().isEmpty()));
          }
        }
        Combined whole = combine(verdicts, automatic);
        if (whole.conflict && !conflictShown) {
          history.add(conflict(whole, automatic, at));
        }
        conflictShown = whole.conflict;
      }
    }
    reassess(verdicts, now.supporting(), now.contradicting(), now.automatic(), Optional.empty(), history);
    Combined end = combine(verdicts, now.automatic());
    if (end.conflict && !conflictShown) {
      history.add(conflict(end, now.automatic(), Optional.empty()));
    }
    SortedSet<String> anchors = new TreeSet<>();
    for (String key : verdicts.keySet()) {
      if (now.members().contains(key)) {
        anchors.add(key);
      }
    }
    return new IncidentLifecycle(now.incidentId(), end.state, history, anchors);
  }

  private record Combined(LifecycleState state, boolean conflict, SortedSet<String> verdicts) {}

  /** One verdict if every reviewed anchor agrees, else back to review; automatic without any. */
  private static Combined combine(Map<String, Verdict> verdicts, LifecycleState automatic) {
    TreeSet<LifecycleState> states = new TreeSet<>();
    for (Verdict v : verdicts.values()) {
      v.state.ifPresent(states::add);
    }
    SortedSet<String> codes = new TreeSet<>();
    states.forEach(s -> codes.add(s.code()));
    if (states.isEmpty()) {
      return new Combined(automatic, false, codes);
    }
    if (states.size() == 1) {
      return new Combined(states.first(), false, codes);
    }
    return new Combined(automatic, true, codes);
  }

  private static LifecycleEvent conflict(Combined c, LifecycleState automatic, Optional<Instant> at) {
    return new LifecycleEvent(LifecycleEvent.Kind.MERGE_CONFLICT, automatic, automatic, Optional.empty(), at,
        "incidents reviewed apart now form one with different verdicts (" + String.join(", ", c.verdicts)
            + "): back to review");
  }

  /** Sends each verdict that the evidence undermines back to review, saying which origins did. */
  private static void reassess(
      Map<String, Verdict> verdicts,
      SortedSet<String> supporting,
      SortedSet<String> contradicting,
      LifecycleState automatic,
      Optional<Instant> at,
      List<LifecycleEvent> history) {
    for (Map.Entry<String, Verdict> e : verdicts.entrySet()) {
      Verdict v = e.getValue();
      if (v.state.isEmpty() || !v.originsKnown) {
        continue;
      }
      LifecycleState s = v.state.get();
      SortedSet<String> newSupport = minus(supporting, v.supporting);
      SortedSet<String> newContradiction = minus(contradicting, v.contradicting);
      List<String> why = new ArrayList<>();
      if ((s == LifecycleState.DISPUTED || s == LifecycleState.CLOSED) && !newSupport.isEmpty()) {
        why.add("new independent origin" + (newSupport.size() > 1 ? "s " : " ") + String.join(", ", newSupport)
            + (newSupport.size() > 1 ? " support" : " supports") + " it");
      }
      if ((s == LifecycleState.CONFIRMED || s == LifecycleState.CLOSED) && !newContradiction.isEmpty()) {
        why.add("new independent origin" + (newContradiction.size() > 1 ? "s " : " ")
            + String.join(", ", newContradiction) + (newContradiction.size() > 1 ? " contradict" : " contradicts") + " it");
      }
      if (why.isEmpty()) {
        continue;
      }
      history.add(new LifecycleEvent(LifecycleEvent.Kind.NEW_EVIDENCE, s, automatic, Optional.empty(), at,
          "back to review: " + String.join("; ", why)));
      e.setValue(new Verdict(Optional.empty(), supporting, contradicting, true));
    }
  }

  private static SortedSet<String> minus(SortedSet<String> a, SortedSet<String> b) {
    TreeSet<String> out = new TreeSet<>(a);
    out.removeAll(b);
    return out;
  }

  private static String pastTense(ReviewAction a) {
    switch (a) {
      case CONFIRM:
        return "confirmed";
      case DISPUTE:
        return "disputed";
      case CLOSE:
        return "closed";
      case REOPEN:
        return "reopened";
      default:
        return "noted on";
    }
  }
}
