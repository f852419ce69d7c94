package org.trucewatch.formats.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class NameIndexTest {
  /** Real names to index: the bundled gazetteer's places, many sharing a name; a place's rank is its position here. */
  private static final List<Place> PLACES = Gazetteer.bundled().places();

  @Test
  void everyKeyGivesExactlyItsPlacesInRankOrder() {
    NameIndex.Builder b = new NameIndex.Builder();
    Map<String, List<Integer>> expected = new TreeMap<>();
    for (int rank = 0; rank < PLACES.size(); rank++) {
      Place p = PLACES.get(rank);
      List<String> keys = new ArrayList<>();
      keys.add(NameKey.of(p.name()));
      p.cyrillicNames().forEach(c -> keys.add(NameKey.of(c)));
      for (String k : keys) {
        b.add(k, rank);
        List<Integer> ranks = expected.computeIfAbsent(k, x -> new ArrayList<>());
        if (!ranks.contains(rank)) {
          ranks.add(rank);
        }
      }
    }
    NameIndex index = b.build();
    assertThat(expected).hasSizeGreaterThan(30_000);
    expected.forEach((k, ranks) -> assertThat(index.ranks(k)).as(k).containsExactly(ranks.stream().mapToInt(Integer::intValue).toArray()));
  }

  @Test
  void aKeyNoPlaceHasGivesNothing() {
    NameIndex.Builder b = new NameIndex.Builder();
    b.add(NameKey.of("Харків"), 0);
    b.add(NameKey.of("Kharkiv"), 0);
    b.add(NameKey.of("Суми"), 1);
    NameIndex index = b.build();
    assertThat(index.ranks(NameKey.of("Полтава"))).isEmpty();
    assertThat(index.ranks(NameKey.of("Суми"))).containsExactly(1);
    assertThat(new NameIndex.Builder().build().ranks("київ")).isEmpty();
  }
}
