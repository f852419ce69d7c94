package org.trucewatch.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostgisIncidentStoreTest {
  private static final Instant DAY = Instant.parse("2025-03-20T00:00:00Z");

  @TempDir Path dir;

  @Test
  void boxAndTimeQueryReturnsExactlyTheIncidentsInsideThroughTheSpatialIndex() throws Exception {
    try (LedgerBackend store = LedgerBackend.postgres();
        PostgresLedger ledger = (PostgresLedger) store.open(LedgerOptions.readOnly(Clock.systemUTC()))) {
      PostgisIncidentStore incidents = new PostgisIncidentStore(ledger);
      Random random = new Random(7);
      List<StoredIncident> all = new ArrayList<>();
      // 20,000 incidents over Ukraine and the Black Sea during ten days: enough that a scan would lose.
      for (int i = 0; i < 20_000; i++) {
        Instant start = DAY.plus(Duration.ofMinutes(random.nextInt(10 * 24 * 60)));
        all.add(new StoredIncident("inc-" + i, "strike", "open", start, start.plus(Duration.ofMinutes(random.nextInt(120))),
            44.0 + random.nextDouble() * 8.0, 30.0 + random.nextDouble() * 10.0, Optional.empty(), List.of()));
      }
      // Zaporizhzhia NPP, 47.5119 N 34.5863 E, on the 20th: one inside, one just outside the box, one too late.
      all.add(new StoredIncident("znpp-strike", "strike", "open", Instant.parse("2025-03-20T10:00:00Z"),
          Instant.parse("2025-03-20T10:20:00Z"), 47.5119, 34.5863, Optional.of("probable"), List.of("f-1", "f-2")));
      all.add(new StoredIncident("outside-box", "strike", "open", Instant.parse("2025-03-20T10:00:00Z"),
          Instant.parse("2025-03-20T10:20:00Z"), 47.5119, 34.7001, Optional.empty(), List.of()));
      all.add(new StoredIncident("too-late", "strike", "open", Instant.parse("2025-03-21T10:00:00Z"),
          Instant.parse("2025-03-21T10:20:00Z"), 47.5119, 34.5863, Optional.empty(), List.of()));
      incidents.replaceAll(all);

      double minLon = 34.50, minLat = 47.45, maxLon = 34.70, maxLat = 47.55;
      Instant from = Instant.parse("2025-03-20T00:00:00Z");
      Instant to = Instant.parse("2025-03-20T23:59:59Z");
      List<StoredIncident> found = incidents.within(minLon, minLat, maxLon, maxLat, from, to);

      List<String> expected = all.stream()
          .filter(i -> i.longitude() >= minLon && i.longitude() <= maxLon && i.latitude() >= minLat && i.latitude() <= maxLat)
          .filter(i -> !i.start().isAfter(to) && !i.end().isBefore(from))
          .sorted(java.util.Comparator.comparing(StoredIncident::start).thenComparing(StoredIncident::id))
          .map(StoredIncident::id).toList();
      assertThat(found).extracting(StoredIncident::id).containsExactlyElementsOf(expected).contains("znpp-strike")
          .doesNotContain("outside-box", "too-late");
      StoredIncident znpp = found.stream().filter(i -> i.id().equals("znpp-strike")).findFirst().orElseThrow();
      assertThat(znpp).isEqualTo(all.get(20_000));
      assertThat(incidents.plan(minLon, minLat, maxLon, maxLat, from, to)).contains("incidents_location");

      incidents.replaceAll(all.subList(20_000, 20_001));
      assertThat(incidents.within(-180, -90, 180, 90, DAY, DAY.plus(Duration.ofDays(30))))
          .extracting(StoredIncident::id).containsExactly("znpp-strike");
    }
  }
}
