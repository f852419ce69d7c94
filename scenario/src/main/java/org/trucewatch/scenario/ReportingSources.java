package org.trucewatch.scenario;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import org.locationtech.jts.geom.Coordinate;
import org.trucewatch.core.geo.Geodesy;
import org.trucewatch.core.source.Reliability;
import org.trucewatch.core.source.Source;

/**
 * The sources the scenario's observations come from, graded the way a mission would grade them,
 * and a record of which were used so that {@code sources.yaml} lists exactly those.
 *
 * <p>A party's regional authority is the one whose seat is nearest the event: a stand-in for the
 * oblast the event falls in, right for the places the simulator picks but not a boundary test.
 */
final class ReportingSources {
  private record Authority(String id, String name, String party, double lat, double lon) {}

  private static final List<Authority> REGIONAL =
      List.of(
          ua("kharkiv", "Kharkiv", 49.9935, 36.2304),
          ua("sumy", "Sumy", 50.9077, 34.7981),
          ua("chernihiv", "Chernihiv", 51.4982, 31.2893),
          ua("kyiv", "Kyiv", 50.4547, 30.5238),
          ua("poltava", "Poltava", 49.5937, 34.5407),
          ua("dnipropetrovsk", "Dnipropetrovsk", 48.4647, 35.0462),
          ua("zaporizhzhia", "Zaporizhzhia", 47.8388, 35.1396),
          ua("donetsk", "Donetsk", 48.7389, 37.5844),
          ua("luhansk", "Luhansk", 48.9483, 38.4917),
          ua("kherson", "Kherson", 46.6354, 32.6169),
          ua("mykolaiv", "Mykolaiv", 46.9750, 31.9946),
          ua("odesa", "Odesa", 46.4775, 30.7326),
          ua("kirovohrad", "Kirovohrad", 48.5132, 32.2597),
          ua("cherkasy", "Cherkasy", 49.4444, 32.0598),
          ua("vinnytsia", "Vinnytsia", 49.2331, 28.4682),
          ua("zhytomyr", "Zhytomyr", 50.2547, 28.6587),
          ua("khmelnytskyi", "Khmelnytskyi", 49.4230, 26.9871),
          ua("rivne", "Rivne", 50.6199, 26.2516),
          ua("volyn", "Volyn", 50.7472, 25.3254),
          ua("lviv", "Lviv", 49.8397, 24.0297),
          ua("ivano-frankivsk", "Ivano-Frankivsk", 48.9226, 24.7111),
          ru("belgorod", "Belgorod", 50.5957, 36.5871),
          ru("kursk", "Kursk", 51.7300, 36.1930),
          ru("bryansk", "Bryansk", 53.2434, 34.3640),
          ru("voronezh", "Voronezh", 51.6720, 39.1840),
          ru("rostov", "Rostov", 47.2360, 39.7130),
          ru("krasnodar", "Krasnodar", 45.0350, 38.9750),
          ru("oryol", "Oryol", 52.9700, 36.0700),
          ru("lipetsk", "Lipetsk", 52.6100, 39.6000),
          ru("tambov", "Tambov", 52.7200, 41.4500),
          ru("tula", "Tula", 54.1900, 37.6200),
          ru("ryazan", "Ryazan", 54.6300, 39.7400),
          ru("kaluga", "Kaluga", 54.5100, 36.2600),
          ru("moscow", "Moscow", 55.8200, 37.3300),
          ru("tver", "Tver", 56.8600, 35.9000),
          ru("smolensk", "Smolensk", 54.7800, 32.0400),
          ru("leningrad", "Leningrad", 59.9400, 30.3100),
          ru("volgograd", "Volgograd", 48.7100, 44.5100),
          ru("stavropol", "Stavropol", 45.0400, 41.9700));

  private final Sides sides;
  private final TreeMap<String, Source> used = new TreeMap<>();

  ReportingSources(Sides sides) {
    this.sides = sides;
  }

  /** The regional authority of {@code party} nearest {@code near}: an oblast administration or governor. */
  String regional(String party, Coordinate near) {
    Authority best = null;
    double bestMetres = Double.POSITIVE_INFINITY;
    for (Authority a : REGIONAL) {
      if (!a.party().equals(party)) {
        continue;
      }
      double d = Geodesy.distanceMetres(near, new Coordinate(a.lon(), a.lat()));
      if (d < bestMetres) {
        bestMetres = d;
        best = a;
      }
    }
    if (best == null) {
      return use(slug(party) + "-regional-authorities", sides.nameOf(party) + ": regional authorities", Reliability.C,
          Optional.of(party));
    }
    return use(best.id(), best.name(), Reliability.C, Optional.of(party));
  }

  /** The ministry of defence of {@code party}. */
  String defenceMinistry(String party) {
    String name;
    if (party.equals("UA")) {
      name = "Ministry of Defence of Ukraine";
    } else if (party.equals("RU")) {
      name = "Ministry of Defence of the Russian Federation";
    } else {
      name = sides.nameOf(party) + ": ministry of defence";
    }
    return use(slug(party) + "-mod", name, Reliability.D, Optional.of(party));
  }

  /** The national grid operator that reports damage to energy sites, where the simulator knows one. */
  Optional<String> gridOperator(String party) {
    if (party.equals("UA")) {
      return Optional.of(use("ua-ukrenergo", "Ukrenergo, national electricity transmission operator", Reliability.B,
          Optional.of("UA")));
    }
    return Optional.empty();
  }

  /** An international news agency: no party's voice. */
  String newsWire() {
    return use("news-wire", "International news wire", Reliability.C, Optional.empty());
  }

  /** The mission's patrol UAV number {@code n}. */
  String missionUav(int n) {
    return use("mission-uav-" + n, "Monitoring mission UAV patrol " + n, Reliability.B, Optional.empty());
  }

  /** Every source handed out so far, sorted by id. */
  List<Source> used() {
    return List.copyOf(used.values());
  }

  private String use(String id, String name, Reliability reliability, Optional<String> affiliation) {
    used.putIfAbsent(id, new Source(id, name, reliability, affiliation));
    return id;
  }

  private static String slug(String party) {
    return party.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
  }

  private static Authority ua(String key, String oblast, double lat, double lon) {
    return new Authority("ua-" + key + "-ova", oblast + " Regional Military Administration", "UA", lat, lon);
  }

  private static Authority ru(String key, String oblast, double lat, double lon) {
    boolean krai = key.equals("krasnodar") || key.equals("stavropol");
    String name = "Governor of " + oblast + (krai ? " Krai" : " Oblast");
    return new Authority("ru-" + key + "-governor", name, "RU", lat, lon);
  }
}
