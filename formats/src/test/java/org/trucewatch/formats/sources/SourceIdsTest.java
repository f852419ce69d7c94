package org.trucewatch.formats.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SourceIdsTest {
  @Test
  void acceptsLowerCaseIdsAndExplainsTheRest() {
    assertThat(List.of("firms-viirs-snpp", "ua-kharkiv-ova", "mission-uav-3", "acled.2025_03", "0"))
        .allSatisfy(id -> assertThat(SourceIds.problem(id)).as(id).isEmpty());
    assertThat(List.of("", "UA-Kharkiv", "-x", "has space", "x/y", "a".repeat(129)))
        .allSatisfy(id -> assertThat(SourceIds.problem(id)).as(id).isPresent());
  }
}
