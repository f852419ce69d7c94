package org.trucewatch.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trucewatch.core.enrich.EnrichedObservation;
import org.trucewatch.core.enrich.ProvisionMatcher;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.engine.ingest.InputFile;
import org.trucewatch.engine.ingest.InputFiles;
import org.trucewatch.engine.mission.ObservationReaders;
import org.trucewatch.scenario.ScenarioSimulator;
import org.trucewatch.formats.FormatDetector;
import org.trucewatch.formats.ObservationReader;
import org.trucewatch.formats.agreement.AgreementReader;

class ObservationCodecTest {
  @Test
  void everyObservationOfASimulatedScenarioComesBackEqualWithItsContentId(@TempDir Path dir) throws Exception {
    Path agreementFile = Path.of(System.getProperty("trucewatch.root", "..")).resolve("examples/agreements/black-sea-energy.yaml");
    var agreement = new AgreementReader().read(agreementFile);
    new ScenarioSimulator(agreement, 5).simulate(Instant.parse("2025-03-10T00:00:00Z"), Duration.ofHours(3), dir);
    ProvisionMatcher matcher = new ProvisionMatcher(agreement);
    Map<String, ObservationReader> readers = ObservationReaders.all();
    List<EnrichedObservation> all = new ArrayList<>();
    for (InputFile f : InputFiles.expand(List.of(dir.resolve("inputs")))) {
      byte[] raw = Files.readAllBytes(f.path());
      String format = FormatDetector.detect(f.name(), raw).code().orElse("");
      ObservationReader reader = readers.get(format);
      if (reader != null) {
        for (Observation o : reader.read(f.name(), "0".repeat(64), raw).observations()) {
          all.add(matcher.enrich(o));
        }
      }
    }
    assertThat(all).hasSizeGreaterThan(100);
    assertThat(all).anyMatch(e -> !e.touches().isEmpty());
    assertThat(all).anyMatch(e -> e.observation().geometry().getNumPoints() > 1);
    for (EnrichedObservation e : all) {
      byte[] bytes = ObservationCodec.encode(e);
      EnrichedObservation back = ObservationCodec.decode(bytes);
      assertThat(back).isEqualTo(e);
      assertThat(ObservationCodec.encode(back)).isEqualTo(bytes);
      Observation o = back.observation();
      String canonical = Observation.canonicalForm(o.sourceId(), o.kind(), o.eventTime(), o.geometry(),
          o.uncertaintyMetres(), o.credibility(), o.attributes(), o.casualties());
      assertThat(org.trucewatch.core.observation.ObservationId.ofCanonical(canonical)).isEqualTo(o.id());
    }
  }

  @Test
  void bytesOfAnotherVersionAreRefusedByName() {
    assertThatThrownBy(() -> ObservationCodec.decode(new byte[] {7, 0, 0}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("version 7");
  }
}
