package org.trucewatch.formats.text;

import java.util.ArrayList;
import java.util.List;
import org.trucewatch.formats.gazetteer.Gazetteer;

/**
 * A settlement named with the city district it belongs to ("В поселке Старомихайловка Кировского
 * района Донецка", "у селищі Жовтневе Кіровського району Донецька"): the settlement is the place,
 * and the city after the district only says where it lies, as a raion after a village does.
 */
final class SettlementInCityDistrict {
  private SettlementInCityDistrict() {}

  /** The mentions with each city that only qualifies the settlement before its district left out. */
  static List<PlaceMention> apply(List<Token> tokens, List<PlaceMention> mentions, Gazetteer gazetteer) {
    List<PlaceMention> out = new ArrayList<>(mentions);
    for (int k = 0; k + 1 < out.size(); k++) {
      PlaceMention settlement = out.get(k);
      PlaceMention city = out.get(k + 1);
      int adjective = settlement.last() + 1;
      if (settlement.isRegion() || settlement.candidates().isEmpty() || city.isRegion() || adjective >= tokens.size()
          || !tokens.get(adjective).capitalised()) {
        continue;
      }
      int noun = CityDistrict.districtWord(tokens, adjective);
      if (noun < 0 || noun >= city.first() || city.first() - noun > 3 || !CityDistrict.ofCity(tokens, noun, gazetteer)) {
        continue;
      }
      // the settlement itself is no district of the city's name: it keeps its own place
      if (settlement.candidates().stream().anyMatch(p -> city.candidates().contains(p))) {
        continue;
      }
      out.set(k, new PlaceMention(settlement.first(), city.last(), settlement.candidates(), settlement.region(),
          settlement.raions()));
      out.remove(k + 1);
    }
    return out;
  }
}
