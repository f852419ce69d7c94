package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.claim.CasualtyScope;
import org.trucewatch.core.claim.LocationPrecision;
import org.trucewatch.core.claim.SourceChain;
import org.trucewatch.core.observation.CasualtyCount;
import org.trucewatch.core.observation.ObservationKind;
import org.trucewatch.formats.gazetteer.Gazetteer;

/** The acceptance test: the German article the project starts from. */
class SeedArticleTest {
  private static List<IncidentMention> mentions;
  private static String text;

  private static Path seed;

  @BeforeAll
  static void extract() throws IOException {
    seed = Path.of(System.getProperty("trucewatch.shared", "../../shared"), "seed", "000_aa016adad835c6f3.txt");
    if (!Files.isRegularFile(seed)) {
      return;
    }
    text = Files.readString(seed, StandardCharsets.UTF_8);
    ReportText report = new ReportText(text, Optional.empty(), Instant.parse("2025-03-27T08:00:00Z"), Duration.ZERO,
        SourceChain.UNNAMED, Optional.empty());
    IncidentMention.Extraction x = new ReportExtractor(Gazetteer.bundled()).extract(report);
    assertThat(x.language()).isEqualTo(Language.DE);
    mentions = x.mentions();
    mentions.forEach(m -> System.out.println(ExtractionJson.line(m, "")));
  }

  /** Skips each test by name, not the class silently, so that CI sees what was skipped and why. */
  @BeforeEach
  void needsTheSeed() {
    assumeTrue(mentions != null, "shared seed article not found at " + seed.toAbsolutePath() + "; skipping");
  }

  private static IncidentMention at(String latinName) {
    return mentions.stream().filter(m -> m.place().isPresent() && m.place().get().name().equals(latinName)).findFirst()
        .orElseThrow(() -> new AssertionError("no mention at " + latinName));
  }

  @Test
  void kharkivCityNineInjured() {
    IncidentMention m = at("Kharkiv");
    assertThat(m.claim().casualties().injured()).isEqualTo(CasualtyCount.exactly(9));
    assertThat(m.claim().scope()).isEqualTo(CasualtyScope.PART);
    assertThat(m.claim().place().precision()).isEqualTo(LocationPrecision.SETTLEMENT);
    assertThat(m.claim().spans().get("casualties.injured")).extracting(s -> s.text()).contains("neun", "Verletzte");
  }

  @Test
  void zolochivInTheKharkivRegionEightInjured() {
    IncidentMention m = at("Zolochiv");
    assertThat(m.place().get().geonameId()).isEqualTo(686895L);
    assertThat(m.claim().place().admin1()).isEqualTo("UA-63");
    assertThat(m.claim().place().centre().get().y).isBetween(50.2, 50.35);
    assertThat(m.claim().place().centre().get().x).isBetween(35.9, 36.05);
    assertThat(m.claim().casualties().injured()).isEqualTo(CasualtyCount.exactly(8));
    assertThat(m.claim().spans().get("place")).extracting(s -> s.text()).containsExactly("Solotschiw");
  }

  @Test
  void regionalTotalOfAtLeastSeventeenKeptAsTotalWithTwoMinors() {
    IncidentMention total = mentions.stream().filter(m -> m.claim().scope() == CasualtyScope.TOTAL).findFirst().orElseThrow();
    assertThat(total.claim().place().precision()).isEqualTo(LocationPrecision.REGION);
    assertThat(total.claim().place().admin1()).isEqualTo("UA-63");
    assertThat(total.claim().casualties().injured()).isEqualTo(CasualtyCount.atLeast(17));
    assertThat(total.claim().casualties().minors()).isEqualTo(CasualtyCount.atLeast(2));
    int index = mentions.indexOf(total);
    assertThat(at("Kharkiv").partOf()).contains(index);
    assertThat(at("Zolochiv").partOf()).contains(index);
    // parts do not carry the total's figures: how many of Kharkiv's nine were minors the text does not say
    assertThat(at("Kharkiv").claim().casualties().minors()).isEqualTo(CasualtyCount.UNKNOWN);
    // nobody is said to have been killed, nor that nobody was: unknown, not zero
    assertThat(total.claim().casualties().killed()).isEqualTo(CasualtyCount.UNKNOWN);
  }

  @Test
  void droneAttackBlamedOnRussiaByTheRegionalGovernorOnTelegram() {
    for (IncidentMention m : List.of(at("Kharkiv"), at("Zolochiv"))) {
      assertThat(m.claim().means()).contains("drone");
      assertThat(m.claim().kind()).isEqualTo(ObservationKind.STRIKE);
      assertThat(m.claim().attributedTo()).contains("RU");
      assertThat(m.claim().spans().get("attribution")).extracting(s -> s.text()).containsExactly("russischen");
      assertThat(m.claim().source().original()).contains("military governor");
      assertThat(m.claim().source().links()).contains("Telegram");
      assertThat(m.claim().hedges()).contains(org.trucewatch.core.claim.Hedge.MAY_RISE);
    }
  }

  @Test
  void northKoreanTroopClaimSourcedToSouthKoreanGeneralStaffViaYonhapWithNoLocation() {
    IncidentMention troops = mentions.stream()
        .filter(m -> m.troops().isPresent() && m.troops().get().equals(CasualtyCount.atLeast(3000))).findFirst().orElseThrow();
    assertThat(troops.claim().kind()).isEqualTo(ObservationKind.TROOPS);
    assertThat(troops.claim().source().original()).isEqualTo("South Korean general staff");
    assertThat(troops.claim().source().links()).contains("Yonhap");
    assertThat(troops.claim().place().precision()).isEqualTo(LocationPrecision.UNKNOWN);
    assertThat(troops.claim().place().centre()).isEmpty();
    assertThat(mentions.stream().filter(m -> m.claim().kind() == ObservationKind.TROOPS))
        .allMatch(m -> m.claim().place().centre().isEmpty());
  }

  @Test
  void nothingElseInThePoliticalPartsOfTheArticleBecomesAnIncident() {
    assertThat(mentions.stream().filter(m -> m.claim().kind() != ObservationKind.TROOPS)).hasSize(3);
  }

  @Test
  void everySpanPointsAtItsText() {
    for (IncidentMention m : mentions) {
      m.claim().spans().values().forEach(l -> l.forEach(s -> assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text())));
    }
  }
}
