package org.trucewatch.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReviewTransitionsTest {
  static Stream<Arguments> legal() {
    return Stream.of(
        Arguments.of("reported", "confirm", "confirmed"),
        Arguments.of("reported", "dispute", "disputed"),
        Arguments.of("reported", "note", "reported"),
        Arguments.of("corroborated", "confirm", "confirmed"),
        Arguments.of("corroborated", "dispute", "disputed"),
        Arguments.of("corroborated", "note", "corroborated"),
        Arguments.of("confirmed", "dispute", "disputed"),
        Arguments.of("confirmed", "close", "closed"),
        Arguments.of("confirmed", "reopen", "corroborated"),
        Arguments.of("confirmed", "note", "confirmed"),
        Arguments.of("disputed", "confirm", "confirmed"),
        Arguments.of("disputed", "close", "closed"),
        Arguments.of("disputed", "reopen", "corroborated"),
        Arguments.of("disputed", "note", "disputed"),
        Arguments.of("closed", "reopen", "corroborated"),
        Arguments.of("closed", "note", "closed"));
  }

  @ParameterizedTest(name = "{0} --{1}--> {2}")
  @MethodSource("legal")
  void legalActionsLeadToTheTableState(String from, String action, String to) {
    assertThat(ReviewTransitions.next(LifecycleState.fromCode(from), ReviewAction.fromCode(action),
        LifecycleState.CORROBORATED)).isEqualTo(LifecycleState.fromCode(to));
  }

  static Stream<Arguments> illegal() {
    return Stream.of(
        Arguments.of("reported", "close", "cannot close an incident that is reported: it has no verdict; confirm or dispute it before closing"),
        Arguments.of("corroborated", "close", "cannot close an incident that is corroborated: it has no verdict; confirm or dispute it before closing"),
        Arguments.of("reported", "reopen", "cannot reopen an incident that is reported: it is already open for review"),
        Arguments.of("corroborated", "reopen", "cannot reopen an incident that is corroborated: it is already open for review"),
        Arguments.of("confirmed", "confirm", "cannot confirm an incident that is confirmed: it is already confirmed"),
        Arguments.of("disputed", "dispute", "cannot dispute an incident that is disputed: it is already disputed"),
        Arguments.of("closed", "confirm", "cannot confirm an incident that is closed: it is closed; reopen it first"),
        Arguments.of("closed", "dispute", "cannot dispute an incident that is closed: it is closed; reopen it first"),
        Arguments.of("closed", "close", "cannot close an incident that is closed: it is already closed"));
  }

  @ParameterizedTest(name = "{0} --{1}--> refused")
  @MethodSource("illegal")
  void illegalActionsAreRefusedSayingWhy(String from, String action, String message) {
    assertThatThrownBy(() -> ReviewTransitions.next(LifecycleState.fromCode(from), ReviewAction.fromCode(action),
        LifecycleState.REPORTED))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage(message);
  }

  @ParameterizedTest(name = "reopen from {0} goes to the automatic state")
  @MethodSource("verdicts")
  void reopenGoesBackToWhateverCorroborationGives(String from) {
    assertThat(ReviewTransitions.next(LifecycleState.fromCode(from), ReviewAction.REOPEN, LifecycleState.REPORTED))
        .isEqualTo(LifecycleState.REPORTED);
  }

  static Stream<String> verdicts() {
    return Stream.of("confirmed", "disputed", "closed");
  }

  @org.junit.jupiter.api.Test
  void everyStateAndActionPairIsInOneOfTheTables() {
    long listed = legal().count() + illegal().count();
    assertThat(listed).isEqualTo((long) LifecycleState.values().length * ReviewAction.values().length);
  }

  @org.junit.jupiter.api.Test
  void unknownCodesNameTheKnownOnes() {
    assertThatThrownBy(() -> ReviewAction.fromCode("approve"))
        .hasMessage("unknown action 'approve'; known are confirm, dispute, close, reopen, note");
    assertThatThrownBy(() -> LifecycleState.fromCode("open"))
        .hasMessageContaining("known are reported, corroborated, confirmed, disputed, closed");
  }
}
