package org.trucewatch.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class LifecycleReplayTest {
  private static final String A = "a".repeat(64);
  private static final String A2 = "a".repeat(63) + "2";
  private static final String B = "b".repeat(64);
  private static final Instant T = Instant.parse("2025-03-20T10:00:00Z");

  private static TreeSet<String> set(String... s) {
    return new TreeSet<>(List.of(s));
  }

  private static IncidentEvidence incident(String id, TreeSet<String> members, TreeSet<String> supporting,
      TreeSet<String> contradicting) {
    return new IncidentEvidence(id, members, LifecycleState.automatic(supporting.size()), supporting, contradicting);
  }

  private static Review review(ReviewAction a, int minute, String incident, String anchor, TreeSet<String> supporting,
      TreeSet<String> contradicting) {
    return new Review(a, "anna", "reason " + minute, T.plusSeconds(60L * minute), incident, anchor, set(anchor),
        supporting, contradicting);
  }

  @Test
  void withoutActionsAnIncidentIsInItsAutomaticState() {
    IncidentLifecycle l = LifecycleReplay.evaluate(incident("i1", set(A), set("party:UA", "source:firms"), set()), List.of());
    assertThat(l.state()).isEqualTo(LifecycleState.CORROBORATED);
    assertThat(l.history()).isEmpty();
  }

  @Test
  void confirmThenCloseIsKeptWithReasonsInOrder() {
    IncidentEvidence now = incident("i1", set(A, A2), set("party:UA"), set());
    List<Review> rs = List.of(
        review(ReviewAction.CONFIRM, 1, "i1", A, set("party:UA"), set()),
        review(ReviewAction.NOTE, 2, "i1", A, set("party:UA"), set()),
        review(ReviewAction.CLOSE, 3, "i1", A, set("party:UA"), set()));
    IncidentLifecycle l = LifecycleReplay.evaluate(now, rs);
    assertThat(l.state()).isEqualTo(LifecycleState.CLOSED);
    assertThat(l.history()).extracting(LifecycleEvent::to)
        .containsExactly(LifecycleState.CONFIRMED, LifecycleState.CONFIRMED, LifecycleState.CLOSED);
    assertThat(l.history().get(0).explanation()).isEqualTo("anna confirmed it: reason 1");
    assertThat(l.history().get(0).from()).isEqualTo(LifecycleState.REPORTED);
    assertThat(l.reviewedAnchors()).containsExactly(A);
  }

  @Test
  void actionsOnOtherIncidentsDoNotApply() {
    IncidentEvidence now = incident("i1", set(A), set("party:UA"), set());
    IncidentLifecycle l = LifecycleReplay.evaluate(now, List.of(review(ReviewAction.DISPUTE, 1, "i2", B, set("party:RU"), set())));
    assertThat(l.state()).isEqualTo(LifecycleState.REPORTED);
    assertThat(l.history()).isEmpty();
  }

  @Test
  void anActionFollowsItsAnchorWhenTheIncidentIdChanges() {
    // reviewed as i1; a late observation made the incident i9, which still holds the anchor
    IncidentEvidence now = incident("i9", set(A, B), set("party:UA"), set());
    IncidentLifecycle l = LifecycleReplay.evaluate(now, List.of(review(ReviewAction.CONFIRM, 1, "i1", A, set("party:UA"), set())));
    assertThat(l.state()).isEqualTo(LifecycleState.CONFIRMED);
  }

  @Test
  void aClosedIncidentThatGainsANewIndependentOriginGoesBackToReview() {
    List<Review> rs = List.of(
        review(ReviewAction.DISPUTE, 1, "i1", A, set("party:UA"), set()),
        review(ReviewAction.CLOSE, 2, "i1", A, set("party:UA"), set()));
    IncidentLifecycle same = LifecycleReplay.evaluate(incident("i1", set(A, A2), set("party:UA"), set()), rs);
    assertThat(same.state()).isEqualTo(LifecycleState.CLOSED);

    IncidentLifecycle more = LifecycleReplay.evaluate(incident("i1", set(A, B), set("party:UA", "source:firms"), set()), rs);
    assertThat(more.state()).isEqualTo(LifecycleState.CORROBORATED);
    LifecycleEvent last = more.history().get(more.history().size() - 1);
    assertThat(last.kind()).isEqualTo(LifecycleEvent.Kind.NEW_EVIDENCE);
    assertThat(last.from()).isEqualTo(LifecycleState.CLOSED);
    assertThat(last.explanation()).isEqualTo("back to review: new independent origin source:firms supports it");
  }

  @Test
  void aConfirmedIncidentContradictedByANewDenialGoesBackToReview() {
    List<Review> rs = List.of(review(ReviewAction.CONFIRM, 1, "i1", A, set("party:UA", "source:firms"), set()));
    IncidentLifecycle denied = LifecycleReplay.evaluate(
        incident("i1", set(A, B), set("party:UA", "source:firms"), set("party:RU")), rs);
    assertThat(denied.state()).isEqualTo(LifecycleState.CORROBORATED);
    assertThat(denied.history().get(1).explanation()).isEqualTo("back to review: new independent origin party:RU contradicts it");

    IncidentLifecycle supported = LifecycleReplay.evaluate(
        incident("i1", set(A, B), set("party:UA", "source:firms", "source:uav"), set()), rs);
    assertThat(supported.state()).as("more support does not undo a confirmation").isEqualTo(LifecycleState.CONFIRMED);
  }

  @Test
  void aDisputedIncidentGoesBackToReviewOnNewSupportNotOnMoreDenials() {
    List<Review> rs = List.of(review(ReviewAction.DISPUTE, 1, "i1", A, set("party:UA"), set("party:RU")));
    assertThat(LifecycleReplay.evaluate(incident("i1", set(A), set("party:UA", "source:firms"), set("party:RU")), rs).state())
        .isEqualTo(LifecycleState.CORROBORATED);
    assertThat(LifecycleReplay.evaluate(incident("i1", set(A), set("party:UA"), set("party:RU", "source:by")), rs).state())
        .isEqualTo(LifecycleState.DISPUTED);
  }

  @Test
  void evidenceAnAnalystHadSeenDoesNotReopenTheirLaterVerdict() {
    // the new origin arrived, the incident went back to review, and the analyst confirmed again with it in view
    List<Review> rs = List.of(
        review(ReviewAction.DISPUTE, 1, "i1", A, set("party:UA"), set()),
        review(ReviewAction.CONFIRM, 5, "i1", A, set("party:UA", "source:firms"), set()));
    IncidentLifecycle l = LifecycleReplay.evaluate(incident("i1", set(A), set("party:UA", "source:firms"), set()), rs);
    assertThat(l.state()).isEqualTo(LifecycleState.CONFIRMED);
    assertThat(l.history()).extracting(LifecycleEvent::kind).containsExactly(
        LifecycleEvent.Kind.ACTION, LifecycleEvent.Kind.NEW_EVIDENCE, LifecycleEvent.Kind.ACTION);
    assertThat(l.history().get(2).from()).isEqualTo(LifecycleState.CORROBORATED);
  }

  @Test
  void mergedIncidentsWithTheSameVerdictKeepIt() {
    List<Review> rs = List.of(
        review(ReviewAction.CONFIRM, 1, "i1", A, set("party:UA"), set()),
        review(ReviewAction.CONFIRM, 2, "i2", B, set("source:firms"), set()));
    IncidentLifecycle l = LifecycleReplay.evaluate(incident("i1", set(A, B), set("party:UA", "source:firms"), set()), rs);
    assertThat(l.state()).isEqualTo(LifecycleState.CONFIRMED);
    assertThat(l.reviewedAnchors()).containsExactly(A, B);
  }

  @Test
  void mergedIncidentsWithDifferentVerdictsGoBackToReviewWhicheverCameLast() {
    Review confirmA = review(ReviewAction.CONFIRM, 1, "i1", A, set("party:UA", "source:uav"), set());
    Review disputeB = review(ReviewAction.DISPUTE, 2, "i2", B, set("party:UA", "source:uav"), set());
    IncidentEvidence merged = incident("i1", set(A, B), set("party:UA", "source:uav"), set());
    for (List<Review> order : List.of(List.of(confirmA, disputeB), List.of(disputeB, confirmA))) {
      IncidentLifecycle l = LifecycleReplay.evaluate(merged, order);
      assertThat(l.state()).isEqualTo(LifecycleState.CORROBORATED);
      LifecycleEvent last = l.history().get(l.history().size() - 1);
      assertThat(last.kind()).isEqualTo(LifecycleEvent.Kind.MERGE_CONFLICT);
      assertThat(last.explanation()).contains("confirmed, disputed");
    }
    // apart, each keeps its own verdict
    assertThat(LifecycleReplay.evaluate(incident("i1", set(A), set("party:UA", "source:uav"), set()), List.of(confirmA, disputeB)).state())
        .isEqualTo(LifecycleState.CONFIRMED);
  }

  @Test
  void anActionOnTheMergedIncidentCoversEveryReviewedAnchorAndResolvesTheConflict() {
    Review confirmA = review(ReviewAction.CONFIRM, 1, "i1", A, set("party:UA", "source:uav"), set());
    Review disputeB = review(ReviewAction.DISPUTE, 2, "i2", B, set("party:UA", "source:uav"), set());
    IncidentEvidence merged = incident("i1", set(A, B), set("party:UA", "source:uav"), set());
    IncidentLifecycle before = LifecycleReplay.evaluate(merged, List.of(confirmA, disputeB));
    TreeSet<String> covers = new TreeSet<>(before.reviewedAnchors());
    covers.add(A);
    Review joint = new Review(ReviewAction.DISPUTE, "ben", "imagery shows no damage", T.plusSeconds(600), "i1", A, covers,
        set("party:UA", "source:uav"), set());
    // legal against the merged state, so it is checked against it, not against A's own confirm
    assertThat(ReviewTransitions.next(before.state(), joint.action(), merged.automatic())).isEqualTo(LifecycleState.DISPUTED);
    List<Review> all = new ArrayList<>(List.of(confirmA, disputeB, joint));
    IncidentLifecycle after = LifecycleReplay.evaluate(merged, all);
    assertThat(after.state()).isEqualTo(LifecycleState.DISPUTED);
    // when the two split again, each keeps the joint verdict
    assertThat(LifecycleReplay.evaluate(incident("i1", set(A), set("party:UA", "source:uav"), set()), all).state())
        .isEqualTo(LifecycleState.DISPUTED);
  }

  @Test
  void anActionIllegalInAMergedHistoryIsKeptButNotApplied() {
    Review closeA = review(ReviewAction.CONFIRM, 1, "i1", A, set("party:UA"), set());
    Review closeA2 = review(ReviewAction.CLOSE, 2, "i1", A, set("party:UA"), set());
    Review confirmB = new Review(ReviewAction.CONFIRM, "ben", "seen", T.plusSeconds(300), "i2", B, set(A, B), set("party:UA"), set());
    IncidentLifecycle l = LifecycleReplay.evaluate(incident("i1", set(A, B), set("party:UA"), set()), List.of(closeA, closeA2, confirmB));
    assertThat(l.state()).isEqualTo(LifecycleState.CLOSED);
    LifecycleEvent last = l.history().get(2);
    assertThat(last.kind()).isEqualTo(LifecycleEvent.Kind.NOT_APPLIED);
    assertThat(last.explanation()).isEqualTo("not applied: cannot confirm an incident that is closed: it is closed; reopen it first");
  }

  @Test
  void actionsRecordedWithoutAnAnchorApplyToTheirIncidentIdOnly() {
    Review legacy = new Review(ReviewAction.CONFIRM, "anna", "legacy", T, "i1", "", set(), set("party:UA"), set());
    assertThat(LifecycleReplay.evaluate(incident("i1", set(A), set("party:UA"), set()), List.of(legacy)).state())
        .isEqualTo(LifecycleState.CONFIRMED);
    assertThat(LifecycleReplay.evaluate(incident("i2", set(A), set("party:UA"), set()), List.of(legacy)).state())
        .isEqualTo(LifecycleState.REPORTED);
    // it recorded no origins, so new ones cannot be told from those the analyst saw: the verdict stands
    assertThat(LifecycleReplay.evaluate(incident("i1", set(A), set("party:UA", "party:RU"), set("source:x")), List.of(legacy)).state())
        .isEqualTo(LifecycleState.CONFIRMED);
  }

  @Test
  void aReasonIsRequired() {
    assertThatThrownBy(() -> new Review(ReviewAction.DISPUTE, "anna", "  ", T, "i1", A, set(A), set(), set()))
        .hasMessage("reason: must not be blank; say why you dispute it");
    assertThatThrownBy(() -> new Review(ReviewAction.DISPUTE, "", "r", T, "i1", A, set(A), set(), set()))
        .hasMessage("analyst: must not be blank");
  }

  @Test
  void theSameActionsGiveTheSameLifecycle() {
    List<Review> rs = List.of(
        review(ReviewAction.DISPUTE, 1, "i1", A, set("party:UA"), set()),
        review(ReviewAction.CLOSE, 2, "i1", A, set("party:UA"), set()),
        review(ReviewAction.REOPEN, 3, "i1", A, set("party:UA"), set()));
    IncidentEvidence now = incident("i1", set(A), set("party:UA", "source:firms"), set());
    assertThat(LifecycleReplay.evaluate(now, rs)).isEqualTo(LifecycleReplay.evaluate(now, List.copyOf(rs)));
    assertThat(LifecycleReplay.evaluate(now, rs).state()).isEqualTo(LifecycleState.CORROBORATED);
  }
}
