package org.trucewatch.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Coordinate;
import org.trucewatch.core.agreement.AlertAreaProvision;
import org.trucewatch.core.agreement.Agreement;
import org.trucewatch.core.agreement.ProtectedSite;
import org.trucewatch.core.agreement.Provision;
import org.trucewatch.core.geo.Geodesy;

/**
 * Towns the simulator names places by, and the farm towns around which field fires burn.
 *
 * <p>Coordinates of Ukrainian towns are from GeoNames (cities1000); Russian ones are town centres
 * to about a kilometre. Farm towns are inland (at least 25 km from the Black and Azov Sea coasts),
 * so fires scattered up to 12 km around them stay on land.
 */
final class NamedPlaces {
  /** A named place; {@code farmland} when field fires are drawn around it. */
  record Place(String name, double lat, double lon, boolean farmland) {
    Coordinate coordinate() {
      return new Coordinate(lon, lat);
    }
  }

  private static final List<Place> BUILT_IN =
      List.of(
          // central, southern and eastern Ukraine: farmland
          farm("Uman", 48.74838, 30.22184),
          farm("Kropyvnytskyi", 48.51320, 32.25970),
          farm("Oleksandriia", 48.66961, 33.11593),
          farm("Znamianka", 48.71278, 32.66472),
          farm("Pervomaisk", 48.04433, 30.85073),
          farm("Voznesensk", 47.56494, 31.33078),
          farm("Bashtanka", 47.40719, 32.43868),
          farm("Novyi Buh", 47.69308, 32.52160),
          farm("Kryvyi Rih", 47.90966, 33.38044),
          farm("Apostolove", 47.66003, 33.71369),
          farm("Pavlohrad", 48.53426, 35.87098),
          farm("Samar", 48.63799, 35.24548),
          farm("Synelnykove", 48.32044, 35.51792),
          farm("Mezhova", 48.25318, 36.73468),
          farm("Lozova", 48.88937, 36.31755),
          farm("Berestyn", 49.38009, 35.44186),
          farm("Poltava", 49.59373, 34.54073),
          farm("Myrhorod", 49.96854, 33.60886),
          farm("Lubny", 50.01625, 32.99694),
          farm("Karlivka", 49.45723, 35.12975),
          farm("Balakliia", 49.46270, 36.85951),
          farm("Bohodukhiv", 50.16466, 35.52765),
          farm("Valky", 49.83597, 35.61223),
          farm("Okhtyrka", 50.31036, 34.89879),
          farm("Romny", 50.75104, 33.47471),
          farm("Konotop", 51.24032, 33.20263),
          farm("Pryluky", 50.59323, 32.38761),
          farm("Nizhyn", 51.04801, 31.88688),
          farm("Bobrynets", 48.05896, 32.16641),
          farm("Novoukrainka", 48.32635, 31.52852),
          farm("Holovanivsk", 48.38400, 30.46131),
          farm("Haisyn", 48.81143, 29.38977),
          farm("Bershad", 48.36782, 29.51726),
          farm("Tulchyn", 48.67448, 28.84641),
          farm("Balta", 47.93548, 29.61982),
          farm("Berezivka", 47.20429, 30.90780),
          farm("Melitopol", 46.84891, 35.36533),
          farm("Tokmak", 47.25522, 35.71238),
          farm("Polohy", 47.48444, 36.25361),
          farm("Vasylivka", 47.43694, 35.27417),
          farm("Chaplynka", 46.36507, 33.54027),
          farm("Novotroitske", 46.35560, 34.33272),
          farm("Starobilsk", 49.27832, 38.91069),
          farm("Svatove", 49.41029, 38.15035),
          // southern Russia: farmland
          farm("Alekseyevka", 50.63000, 38.69000),
          farm("Valuyki", 50.21100, 38.10000),
          farm("Novy Oskol", 50.76300, 37.86700),
          farm("Stary Oskol", 51.29700, 37.84200),
          farm("Biryuch", 50.64600, 38.40000),
          farm("Oboyan", 51.21200, 36.27600),
          farm("Rossosh", 50.19800, 39.56700),
          farm("Ostrogozhsk", 50.86700, 39.07000),
          farm("Boguchar", 49.93500, 40.54500),
          farm("Millerovo", 48.92200, 40.39800),
          farm("Chertkovo", 49.38300, 40.14200),
          farm("Kamensk-Shakhtinsky", 48.31800, 40.26800),
          farm("Matveyev Kurgan", 47.56400, 38.86600),
          farm("Kushchyovskaya", 46.55900, 39.63100),
          farm("Starominskaya", 46.53000, 39.05000),
          farm("Kanevskaya", 46.08500, 38.95700),
          farm("Tikhoretsk", 45.85500, 40.12500),
          // towns near the line, cities and ports: named, no field fires drawn
          town("Kharkiv", 49.98081, 36.25272),
          town("Vovchansk", 50.29078, 36.94108),
          town("Kupiansk", 49.71055, 37.61517),
          town("Izium", 49.20875, 37.24849),
          town("Chuhuiv", 49.83588, 36.68803),
          town("Zolochiv", 50.27970, 35.98040),
          town("Velykyi Burluk", 50.05930, 37.39050),
          town("Dvorichna", 49.85160, 37.68040),
          town("Kozacha Lopan", 50.35400, 36.20800),
          town("Sumy", 50.90770, 34.79810),
          town("Krasnopillia", 50.77330, 35.26580),
          town("Dnipro", 48.46470, 35.04620),
          town("Zaporizhzhia", 47.83880, 35.13960),
          town("Enerhodar", 47.49860, 34.65560),
          town("Kherson", 46.63540, 32.61690),
          town("Mykolaiv", 46.97500, 31.99460),
          town("Odesa", 46.47747, 30.73262),
          town("Chornomorsk", 46.30170, 30.65530),
          town("Pivdennyi", 46.62250, 31.10150),
          town("Izmail", 45.35160, 28.83650),
          town("Vylkove", 45.40230, 29.58950),
          town("Kyiv", 50.45466, 30.52380),
          town("Belgorod", 50.59570, 36.58710),
          town("Shebekino", 50.40800, 36.89400),
          town("Graivoron", 50.47900, 35.67600),
          town("Sudzha", 51.19000, 35.27000),
          town("Kursk", 51.73000, 36.19300),
          town("Voronezh", 51.67200, 39.18400),
          town("Rostov-on-Don", 47.23600, 39.71300),
          town("Novorossiysk", 44.72400, 37.76800),
          town("Krasnodar", 45.03500, 38.97500),
          town("Lviv", 49.83826, 24.02324),
          town("Ivano-Frankivsk", 48.92150, 24.70972),
          town("Burshtyn", 49.25880, 24.62760),
          town("Ternopil", 49.55589, 25.60556),
          town("Khmelnytskyi", 49.42161, 26.99653),
          town("Rivne", 50.61990, 26.25161),
          town("Lutsk", 50.75932, 25.34244),
          town("Netishyn", 50.33950, 26.64190),
          town("Vinnytsia", 49.23278, 28.48097),
          town("Ladyzhyn", 48.68430, 29.23610),
          town("Zhytomyr", 50.26487, 28.67669),
          town("Chernihiv", 51.50551, 31.28487),
          town("Cherkasy", 49.44452, 32.05974),
          town("Kremenchuk", 49.06802, 33.42041),
          town("Kamianske", 48.51790, 34.61340),
          town("Nikopol", 47.56659, 34.40620),
          town("Kramatorsk", 48.72305, 37.55629),
          town("Sloviansk", 48.86670, 37.61670),
          town("Sievierodonetsk", 48.94820, 38.49170),
          town("Luhansk", 48.56705, 39.31706),
          town("Donetsk", 48.02300, 37.80224),
          town("Mariupol", 47.09514, 37.54131),
          town("Berdiansk", 46.75858, 36.78448),
          town("Yuzhnoukrainsk", 47.81740, 31.18010),
          town("Kurchatov", 51.66040, 35.65730),
          town("Bryansk", 53.24340, 34.36400),
          town("Novoshakhtinsk", 47.75730, 39.93640),
          town("Shakhty", 47.70910, 40.21440),
          town("Taganrog", 47.23620, 38.89690),
          town("Tuapse", 44.09860, 39.07290),
          town("Afipsky", 44.90500, 38.84500),
          // along the Kharkiv-Belgorod border
          town("Pechenihy", 49.87167, 36.93472),
          town("Staryi Saltiv", 50.07619, 36.78852),
          town("Prykolotne", 50.16273, 37.34524),
          town("Lyptsi", 50.20000, 36.43000),
          town("Velyka Pysarivka", 50.42430, 35.47989),
          town("Borisovka", 50.60000, 36.02000),
          town("Golovchino", 50.53000, 35.78000),
          town("Volokonovka", 50.49000, 37.85000),
          town("Urazovo", 50.08000, 38.04000),
          town("Veydelevka", 50.15000, 38.45000),
          town("Rovenki", 49.91000, 38.88000),
          // next to power plants
          town("Varash", 51.35090, 25.84738),
          town("Slavutych", 51.52250, 30.71806),
          town("Ukrainka", 50.14317, 30.74612),
          town("Kalush", 49.01187, 24.37308),
          town("Kaniv", 49.75182, 31.46004),
          town("Vyshhorod", 50.58476, 30.48980),
          town("Dobrotvir", 50.21000, 24.38000),
          town("Kurakhove", 47.98000, 37.28000),
          town("Svitlodarsk", 48.43000, 38.22000),
          town("Zelenodolsk", 47.57000, 33.65000),
          town("Novovoronezh", 51.31000, 39.22000),
          town("Volgodonsk", 47.51000, 42.15000),
          town("Novocherkassk", 47.42000, 40.09000),
          town("Solnechnodolsk", 45.30000, 41.53000),
          town("Moscow", 55.75580, 37.61730),
          town("Kashira", 54.83000, 38.15000),
          town("Shatura", 55.58000, 39.54000),
          town("Konakovo", 56.71000, 36.77000),
          town("Udomlya", 57.88000, 35.01000),
          town("Desnogorsk", 54.15000, 33.28000),
          town("Sosnovy Bor", 59.90000, 29.09000),
          town("Kirishi", 59.45000, 32.02000),
          town("Tver", 56.86000, 35.90000),
          town("Smolensk", 54.78000, 32.04000),
          town("Saint Petersburg", 59.93900, 30.31600),
          // the western Black Sea
          town("Sulina", 45.15500, 29.65300),
          town("Constanta", 44.17300, 28.63800),
          town("Snake Island", 45.25500, 30.20400),
          town("Varna", 43.21400, 27.91500),
          town("Istanbul", 41.01400, 28.95500));

  private final List<Place> places;

  private NamedPlaces(List<Place> places) {
    this.places = List.copyOf(places);
  }

  /** The built-in towns plus the agreement's alert areas (cities and bases), by their names. */
  static NamedPlaces of(Agreement agreement) {
    List<Place> all = new ArrayList<>(BUILT_IN);
    for (Provision p : agreement.provisions()) {
      if (p instanceof AlertAreaProvision a) {
        for (ProtectedSite s : a.areas()) {
          all.add(new Place(s.name(), s.location().y, s.location().x, false));
        }
      }
    }
    return new NamedPlaces(all);
  }

  /** The places field fires are drawn around, in a fixed order. */
  List<Place> farmland() {
    return places.stream().filter(Place::farmland).toList();
  }

  /** The nearest named place to {@code c}. */
  Place nearest(Coordinate c) {
    Place best = places.get(0);
    double bestMetres = Double.POSITIVE_INFINITY;
    for (Place p : places) {
      double d = Geodesy.distanceMetres(c, p.coordinate());
      if (d < bestMetres) {
        bestMetres = d;
        best = p;
      }
    }
    return best;
  }

  /**
   * How a report or patrol log would name the spot: "Vovchansk" within 4 km of a town, else
   * "12 km NE of Vovchansk".
   */
  String describe(Coordinate c) {
    Place p = nearest(c);
    double d = Geodesy.distanceMetres(p.coordinate(), c);
    if (d < 4_000) {
      return p.name();
    }
    return String.format(
        Locale.ROOT, "%d km %s of %s", Math.round(d / 1000), compassPoint(Geodesy.azimuthDegrees(p.coordinate(), c)),
        p.name());
  }

  private static String compassPoint(double azimuthDegrees) {
    String[] points = {"N", "NE", "E", "SE", "S", "SW", "W", "NW"};
    int i = (int) Math.floorMod(Math.round(azimuthDegrees / 45.0), 8L);
    return points[i];
  }

  private static Place farm(String name, double lat, double lon) {
    return new Place(name, lat, lon, true);
  }

  private static Place town(String name, double lat, double lon) {
    return new Place(name, lat, lon, false);
  }
}
