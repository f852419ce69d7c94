package org.trucewatch.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class JobParametersTest {
  @Test
  void readsEveryParameterAndKeepsDefaultsForTheRest() {
    JobParameters p = JobParameters.parse("--kafka", "b:9092", "--agreement", "a.yaml", "--lateness", "PT30M", "--bounded");
    assertThat(p.kafka()).isEqualTo("b:9092");
    assertThat(p.lateness()).isEqualTo(Duration.ofMinutes(30));
    assertThat(p.assessEvery()).isEqualTo(Duration.ofHours(1));
    assertThat(p.bounded()).isTrue();
    assertThat(p.postgres()).isEmpty();
  }

  @Test
  void namesTheMissingOrBadArgument() {
    assertThatThrownBy(() -> JobParameters.parse("--kafka", "b:9092"))
        .hasMessageStartingWith("--agreement is required");
    assertThatThrownBy(() -> JobParameters.parse("--kafka", "b:9092", "--agreement", "a", "--lateness", "6h"))
        .hasMessageStartingWith("--lateness: an ISO-8601 duration");
    assertThatThrownBy(() -> JobParameters.parse("--kafka", "b:9092", "--agreement", "a", "--assess-every", "PT0S"))
        .hasMessageStartingWith("--assess-every: must be positive");
    assertThatThrownBy(() -> JobParameters.parse("--kafka", "b:9092", "--agreement", "a", "--parallel", "2"))
        .hasMessageStartingWith("unknown argument --parallel");
  }
}
