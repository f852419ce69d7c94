package org.trucewatch.engine.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActionRecordTest {
  private static final Instant AT = Instant.parse("2026-03-04T05:06:07.089Z");

  @Test
  void reviewEntryIsNamedForItsAnalystTimeAndAction() {
    ActionRecord a = new ActionRecord("dispute", "anna", "analyst", "3f2a9c01deadbeef", "one post, no imagery", AT,
        "a1b2", List.of("a1b2"), List.of("source:gov"), List.of());
    assertThat(a.entryName()).isEqualTo("actions/anna/1772600767089-dispute");
  }

  @Test
  void administrationEntryNamesTheTokenItConcerns() {
    assertThat(new ActionRecord("token-issue", "root", "admin", "t-7", "analyst ben []", AT).entryName())
        .isEqualTo("actions/root/1772600767089-token-issue-t-7");
    assertThat(new ActionRecord("token-revoke", "root", "admin", "t-7", "", AT).entryName())
        .isEqualTo("actions/root/1772600767089-token-revoke-t-7");
  }

  @Test
  void recordReadBackFromItsBytesKeepsItsEntryName() {
    ActionRecord a = new ActionRecord("note", "ben", "analyst", "3f2a9c01", "seen at the brief", AT);
    assertThat(ActionRecord.fromBytes(a.toBytes()).entryName()).isEqualTo(a.entryName());
  }
}
