package org.trucewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.ParseResult;

/**
 * Every example in a command's {@code --help} and every {@code trucewatch} command line in the
 * README's code blocks, run for real in a scratch folder holding what the examples name. An
 * example that cannot run here must be listed in {@link #PARSE_ONLY} with the reason.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommandExamplesTest {
  private static final Path ROOT = Path.of(System.getProperty("trucewatch.root", "..")).toAbsolutePath().normalize();
  private static final Path SHARED = ROOT.resolve("../shared").normalize();
  private static final Pattern SERVING = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/");
  private static final Pattern POSTGRES_URL = Pattern.compile("'?(jdbc:postgresql|postgresql)://[^\\s']+'?");
  /** The incident id the review examples use: a placeholder for an id of the run they review. */
  private static final String PLACEHOLDER_INCIDENT = "3f2a9c01";
  private static final int MAX_EXAMPLE_COLUMNS = 78;

  /** Examples that need a service no test starts; they must still parse. Keep this short. */
  private static final Map<String, String> PARSE_ONLY = Map.of(
      "trucewatch publish --kafka 127.0.0.1:9092 --input scenario/inputs",
      "needs a Kafka broker (publishing to a real KRaft broker is tested in flink's ParityTest)",
      "trucewatch publish --kafka broker1:9092,broker2:9092 --input fires.csv --input ais.nmea",
      "names a cluster of two brokers that exist only in the reader's deployment",
      "trucewatch publish --kafka 127.0.0.1:9092 --ledger out",
      "needs a Kafka broker (the job fed a ledger this way is tested in flink's LedgerParityTest)");

  /**
   * Examples that run for many minutes on real archives, keyed by a part of their text: run only
   * with {@code -Dtrucewatch.soak=true}; the default run checks only that they are still examples.
   */
  private static final Map<String, String> SOAK = Map.of(
      "ukraine-energy-winter-2022.yaml",
      "the winter of 2022-23 over 232,266 real detections and ten years of site baseline, 10-20 minutes");

  /**
   * Examples run with a part replaced, and why; the replaced text must still be in the example.
   * Ports, store credentials, absolute folders and the review's incident id are replaced for
   * every example (see {@link #adapt}).
   */
  private static final Map<String, List<String>> REPLACED = Map.of(
      "nc 127.0.0.1 10110", List.of("cat traffic.nmea", "no live AIS feed (nor nc) here: the feed is a receiver's log"),
      "for s in 1 2 3 4 5 7;", List.of("for s in 1;", "one seed of the six: each takes a minute"),
      // the day's run, its verification (three times: the folder and two bundles of it) and its
      // score take a minute on a 2-core machine; the size of the day is not what they check
      "black-sea-energy.yaml --seed 7 --out", List.of("black-sea-energy.yaml --seed 7 --hours 6 --out",
          "six hours of the seed's day, not all 24: the examples after it run, verify and score that scenario"),
      "--seed $s --out", List.of("--seed $s --hours 6 --out", "six hours of the seed's day, as above, in fresh JVMs"));

  /** Where an example came from and the command line, continuations joined. */
  record Example(String origin, String text) {
    boolean script() {
      return text.contains("\n");
    }
  }

  private Path scratch;
  private final Map<String, String> storeUrls = new LinkedHashMap<>();
  private final Set<String> ran = new HashSet<>();

  @BeforeAll
  void prepareScratch() throws IOException {
    scratch = Files.createTempDirectory("trucewatch-examples");
    // examples name ../shared/...: beside every folder, as beside the checkout
    if (Files.isDirectory(SHARED)) {
      Files.createSymbolicLink(scratch.resolve("shared"), SHARED);
    }
    Path bin = Files.createDirectories(scratch.resolve("bin"));
    Path wrapper = bin.resolve("trucewatch");
    Files.writeString(wrapper, "#!/bin/sh\nexec '" + Path.of(System.getProperty("java.home"), "bin", "java") + "' -Xmx1g -cp '"
        + System.getProperty("java.class.path") + "' org.trucewatch.cli.Trucewatch \"$@\"\n");
    Files.setPosixFilePermissions(wrapper, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  @AfterAll
  void deleteScratch() throws IOException {
    if (scratch != null) {
      try (Stream<Path> all = Files.walk(scratch)) {
        all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  // ---------------------------------------------------------------- finding the examples

  /** Each command's rendered help, by command path ("run", "decode ais"). */
  static Map<String, String> helps() {
    Map<String, String> helps = new LinkedHashMap<>();
    collect(new CommandLine(new Trucewatch()), helps);
    return helps;
  }

  private static void collect(CommandLine cl, Map<String, String> helps) {
    for (CommandLine sub : cl.getSubcommands().values()) {
      if (sub.getCommandName().equals("help") || helps.containsKey(path(sub))) {
        continue;
      }
      helps.put(path(sub), sub.getUsageMessage(CommandLine.Help.Ansi.OFF));
      collect(sub, helps);
    }
  }

  private static String path(CommandLine cl) {
    return cl.getCommandSpec().qualifiedName(" ").substring("trucewatch ".length());
  }

  /** The lines under a help's "Examples:" heading, up to the first blank line. */
  static List<String> exampleLines(String help) {
    List<String> lines = new ArrayList<>();
    boolean in = false;
    for (String line : help.split("\\R")) {
      if (line.equals("Examples:") || line.equals("Example:")) {
        in = true;
      } else if (in && line.isBlank()) {
        break;
      } else if (in) {
        lines.add(line);
      }
    }
    return lines;
  }

  static List<Example> helpExamples() {
    List<Example> examples = new ArrayList<>();
    helps().forEach((command, help) -> {
      for (String text : joinContinuations(exampleLines(help))) {
        examples.add(new Example("help of " + command, text));
      }
    });
    return examples;
  }

  private static List<String> joinContinuations(List<String> lines) {
    List<String> joined = new ArrayList<>();
    List<String> parts = new ArrayList<>();
    for (String line : lines) {
      String t = line.strip();
      boolean continues = t.endsWith("\\");
      parts.add(continues ? t.substring(0, t.length() - 1).strip() : t);
      if (!continues) {
        joined.add(String.join(" ", parts));
        parts.clear();
      }
    }
    if (!parts.isEmpty()) {
      joined.add(String.join(" ", parts));
    }
    return joined;
  }

  /**
   * The trucewatch command lines of README.md's code blocks: one example per command (parts
   * joined by {@code &&} apart, comments dropped); a block that sets shell variables or loops is
   * one example, run as a script.
   */
  static List<Example> readmeExamples() throws IOException {
    List<Example> examples = new ArrayList<>();
    List<String> lines = Files.readAllLines(ROOT.resolve("README.md"));
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).strip().startsWith("```")) {
        continue;
      }
      int start = i + 1;
      int end = start;
      while (end < lines.size() && !lines.get(end).strip().startsWith("```")) {
        end++;
      }
      List<String> block = lines.subList(start, end);
      String origin = "README.md:" + (start + 1);
      if (block.stream().anyMatch(l -> l.contains("trucewatch "))) {
        if (block.stream().anyMatch(l -> l.matches("\\s*(for |[A-Za-z_]+=).*"))) {
          examples.add(new Example(origin, String.join("\n", block) + "\n"));
        } else {
          for (String line : joinContinuations(block)) {
            for (String part : line.replaceAll("\\s+#.*$", "").split("\\s+&&\\s+")) {
              String command = part.strip().replaceFirst("^bin/trucewatch ", "trucewatch ");
              if (command.startsWith("trucewatch ")) {
                examples.add(new Example(origin, command));
              }
            }
          }
        }
      }
      i = end;
    }
    return examples;
  }

  // ---------------------------------------------------------------- the tests

  @Test
  void everyCommandWithExamplesIsFoundAndTheREADMEHasSome() throws IOException {
    Set<String> commands = new LinkedHashSet<>();
    for (Example e : helpExamples()) {
      commands.add(e.origin());
    }
    assertThat(commands).contains("help of demo", "help of run", "help of sim", "help of verify", "help of review",
        "help of bundle", "help of extract", "help of serve", "help of decode ais", "help of classify-fires",
        "help of publish", "help of score");
    assertThat(readmeExamples()).hasSizeGreaterThanOrEqualTo(6);
  }

  @Test
  void everyExampleLineFitsIn78Columns() {
    List<String> tooWide = new ArrayList<>();
    helps().forEach((command, help) -> {
      for (String line : exampleLines(help)) {
        if (line.length() > MAX_EXAMPLE_COLUMNS) {
          tooWide.add(command + ": " + line.length() + ": " + line);
        }
      }
    });
    assertThat(tooWide).as("example lines wider than %d columns (continue them with \\)", MAX_EXAMPLE_COLUMNS).isEmpty();
  }

  @Test
  void everyExampleListedAsParseOnlyStillExistsAndParses() throws IOException {
    List<String> all = Stream.concat(helpExamples().stream(), readmeExamples().stream()).map(Example::text).toList();
    for (String text : PARSE_ONLY.keySet()) {
      assertThat(all).as("a parse-only example no longer in any help or README").contains(text);
      List<String> args = Shell.words(text).subList(1, Shell.words(text).size());
      assertThatCode(() -> new CommandLine(new Trucewatch()).parseArgs(args.toArray(String[]::new))).as(text).doesNotThrowAnyException();
    }
    for (String soak : SOAK.keySet()) {
      assertThat(String.join("\n", all)).as("a soak example no longer in any example").contains(soak);
    }
    for (String replaced : REPLACED.keySet()) {
      assertThat(String.join("\n", all)).as("a replaced part no longer in any example").contains(replaced);
    }
  }

  /** Runs the examples in order: sim first, then run, then the rest as the helps and README list them. */
  @TestFactory
  Stream<DynamicTest> everyExampleRunsAndGivesWhatItPromises() throws IOException {
    List<Example> examples = new ArrayList<>(helpExamples());
    examples.addAll(readmeExamples());
    examples.sort(Comparator.comparingInt(CommandExamplesTest::rank));
    List<Example> clients = examples.stream().filter(e -> e.text().startsWith("curl ")).toList();
    List<DynamicTest> tests = new ArrayList<>();
    for (Example e : examples) {
      if (e.text().startsWith("curl ")) {
        continue; // run against the server of the first serve example (see serveAndCall)
      }
      String name = e.origin() + ": " + e.text().lines().findFirst().orElse("");
      if (!Boolean.getBoolean("trucewatch.soak") && SOAK.keySet().stream().anyMatch(k -> e.text().contains(k))) {
        continue; // listed in SOAK with the reason; run with -Dtrucewatch.soak=true
      }
      if (PARSE_ONLY.containsKey(e.text())) {
        tests.add(DynamicTest.dynamicTest(name + " (parses only: " + PARSE_ONLY.get(e.text()) + ")", () -> {
          List<String> w = Shell.words(e.text());
          new CommandLine(new Trucewatch()).parseArgs(w.subList(1, w.size()).toArray(String[]::new));
        }));
        continue;
      }
      boolean firstServer = e.text().startsWith("trucewatch serve ") && e.text().contains("--store live.sqlite")
          && tests.stream().noneMatch(t -> t.getDisplayName().contains("with its clients"));
      tests.add(DynamicTest.dynamicTest(name + (firstServer ? " (with its clients: " + clients.size() + ")" : ""),
          () -> runOne(e, firstServer ? clients : List.of())));
    }
    assertThat(tests.stream().filter(t -> t.getDisplayName().contains("with its clients")).count())
        .as("a serve example on live.sqlite for the curl examples").isEqualTo(clients.isEmpty() ? 0 : 1);
    return tests.stream();
  }

  private static int rank(Example e) {
    if (e.text().startsWith("trucewatch sim ")) {
      return 0;
    }
    return e.text().startsWith("trucewatch run ") ? 1 : 2;
  }

  // ---------------------------------------------------------------- running one

  private void runOne(Example e) throws Exception {
    runOne(e, List.of());
  }

  private void runOne(Example e, List<Example> clients) throws Exception {
    Path dir = folderFor(e);
    String text = adapt(e, dir);
    if (!ran.add(dir + "\u0000" + text)) {
      return; // the same command in the same folder: run once already (README repeats the helps)
    }
    prepare(dir, text);
    List<String> words = Shell.words(text);
    boolean plain = !e.script() && words.get(0).equals("trucewatch") && Shell.plain(text);
    if (!plain) {
      runInShell(e, dir, text);
      return;
    }
    Redirect r = Redirect.of(words);
    List<String> args = localize(r.words().subList(1, r.words().size()), dir);
    boolean serves = args.get(0).equals("serve") || (args.get(0).equals("demo") && !args.contains("--no-serve"));
    if (serves) {
      serveAndCall(e, dir, args, clients);
      return;
    }
    TrucewatchTest.Outcome o = TrucewatchTest.run(args.toArray(String[]::new));
    assertThat(o.code()).as("%s exits 0; stderr:%n%s", e.text(), o.err()).isZero();
    if (r.target() != null) {
      Files.writeString(dir.resolve(r.target()), o.out());
      assertThat(o.out()).as("%s writes to %s", e.text(), r.target()).isNotBlank();
    } else if (args.contains("--out")) {
      Path out = Path.of(args.get(args.indexOf("--out") + 1));
      assertThat(out).as("%s writes --out", e.text()).exists();
      if (Files.isDirectory(out)) {
        assertThat(out).as("%s writes into --out", e.text()).isNotEmptyDirectory();
      } else {
        assertThat(out).isNotEmptyFile();
      }
    } else {
      assertThat(o.out()).as("%s prints its result; stderr:%n%s", e.text(), o.err()).isNotBlank();
    }
  }

  /** Starts a server example in a thread, checks /health, runs the clients against it and stops it. */
  private void serveAndCall(Example e, Path dir, List<String> args, List<Example> clients) throws Exception {
    List<String> withPort = new ArrayList<>(args);
    int p = withPort.indexOf("--port");
    if (p >= 0) {
      withPort.set(p + 1, "0"); // a free port: 8080 may be taken on a shared machine
    } else {
      withPort.addAll(List.of("--port", "0"));
    }
    StringWriter err = new StringWriter();
    AtomicInteger code = new AtomicInteger(-1);
    Thread thread = new Thread(() -> code.set(Trucewatch.execute(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
        withPort.toArray(String[]::new))));
    thread.start();
    try {
      org.awaitility.Awaitility.await(e.text() + " to serve").atMost(Duration.ofMinutes(3))
          .failFast("the command ended before serving: " + err, () -> !thread.isAlive() && !SERVING.matcher(err.toString()).find())
          .until(() -> SERVING.matcher(err.toString()).find());
      Matcher m = SERVING.matcher(err.toString());
      m.find();
      int port = Integer.parseInt(m.group(1));
      HttpResponse<String> health = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(health.statusCode()).as("%s answers /health", e.text()).isEqualTo(200);
      for (Example client : clients) {
        String text = adapt(client, dir).replace("127.0.0.1:8080", "127.0.0.1:" + port);
        String answer = runInShell(client, dir, text);
        assertThat(answer).as("%s answers with the new token", client.text()).contains("\"token\"");
      }
    } finally {
      thread.interrupt();
      thread.join(TimeUnit.SECONDS.toMillis(30));
    }
  }

  /** Runs a shell example with bash in its folder, with {@code trucewatch} on the PATH; returns stdout. */
  private String runInShell(Example e, Path dir, String text) throws Exception {
    Path stdout = Files.createTempFile(scratch, "stdout", ".txt");
    Path stderr = Files.createTempFile(scratch, "stderr", ".txt");
    ProcessBuilder pb = new ProcessBuilder("bash", "-e", "-o", "pipefail", "-c", text).directory(dir.toFile())
        .redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
    pb.environment().put("PATH", scratch.resolve("bin") + ":" + System.getenv("PATH"));
    Process process = pb.start();
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("%s ends", e.text()).isTrue();
    String out = Files.readString(stdout);
    assertThat(process.exitValue()).as("%s exits 0; stderr:%n%s", e.text(), Files.readString(stderr)).isZero();
    Redirect r = Redirect.of(Shell.words(text.lines().reduce((a, b) -> b).orElse("")));
    if (r.target() != null && !e.script()) {
      assertThat(dir.resolve(r.target())).as("%s writes %s", e.text(), r.target()).isNotEmptyFile();
    } else {
      assertThat(out).as("%s prints its result; stderr:%n%s", e.text(), Files.readString(stderr)).isNotBlank();
    }
    return out;
  }

  /**
   * The example as it runs here: the listed parts replaced, the store URLs pointed at the test
   * server, absolute folders moved into the scratch folder and the placeholder incident id
   * replaced by one of the reviewed run's.
   */
  private String adapt(Example e, Path dir) throws Exception {
    String text = e.text();
    for (var r : REPLACED.entrySet()) {
      text = text.replace(r.getKey(), r.getValue().get(0));
    }
    Matcher pg = POSTGRES_URL.matcher(text);
    if (pg.find()) {
      String url = storeUrls.computeIfAbsent(dir.getFileName().toString(), k -> PostgresTestStore.freshSchemaUrl());
      text = pg.replaceAll(Matcher.quoteReplacement("'" + url + "'"));
    }
    // README examples write to /tmp; service examples to /etc and /var/lib: all into the folder
    text = text.replaceAll("(?<=[\\s=])/tmp/", "").replaceAll("(?<=[\\s=])/(etc|var)/", "$1/");
    if (text.contains(PLACEHOLDER_INCIDENT)) {
      prepare(dir, "out");
      var incidents = new ObjectMapper().readTree(dir.resolve("out/incidents.geojson").toFile()).get("features");
      assertThat(incidents).as("incidents to review").isNotEmpty();
      text = text.replace(PLACEHOLDER_INCIDENT, incidents.get(0).get("properties").get("id").asText());
    }
    return text;
  }

  /**
   * The folder an example runs in: one for the PostgreSQL store, one for the review, one for
   * each run over the prepared small inputs (each writes its own out/), the shared one else.
   */
  private Path folderFor(Example e) throws IOException {
    String name = "main";
    if (POSTGRES_URL.matcher(e.text()).find()) {
      name = "postgres";
    } else if (e.origin().equals("help of review")) {
      name = "review";
    } else if (e.text().startsWith("trucewatch run --agreement a.yaml")) {
      name = "run-" + Integer.toHexString(e.text().hashCode());
    }
    Path dir = scratch.resolve(name);
    if (!Files.isDirectory(dir)) {
      Files.createDirectories(dir);
      Files.createSymbolicLink(dir.resolve("examples"), ROOT.resolve("examples"));
      Files.createSymbolicLink(dir.resolve("bin"), scratch.resolve("bin"));
    }
    return dir;
  }

  /** Makes the files an example names, where they are missing, from the example agreement, a small simulated scenario and ../shared/data. */
  private void prepare(Path dir, String text) throws Exception {
    Path main = scratch.resolve("main");
    Path firms = SHARED.resolve("data/firms");
    if (!dir.equals(main) && mentions(text, "scenario") && !Files.exists(dir.resolve("scenario"))) {
      assertThat(main.resolve("scenario/inputs")).as("the sim example's scenario (sim runs first)").isDirectory();
      Files.createSymbolicLink(dir.resolve("scenario"), main.resolve("scenario"));
    }
    if (!dir.equals(main) && mentions(text, "trucewatch-demo") && !Files.exists(dir.resolve("trucewatch-demo"))) {
      Files.createSymbolicLink(dir.resolve("trucewatch-demo"), main.resolve("trucewatch-demo"));
    }
    if (mentions(text, "a.yaml")) {
      copyOnce(ROOT.resolve("examples/agreements/black-sea-energy.yaml"), dir.resolve("a.yaml"));
    }
    Path small = smallScenario();
    if (Pattern.compile("(^|\\s)inputs($|\\s)").matcher(text).find() && !Files.exists(dir.resolve("inputs"))) {
      Files.createDirectories(dir.resolve("inputs"));
      try (Stream<Path> files = Files.list(small.resolve("inputs"))) {
        for (Path f : files.toList()) {
          Files.copy(f, dir.resolve("inputs").resolve(f.getFileName()));
        }
      }
    }
    if (mentions(text, "patrols") && !Files.exists(dir.resolve("patrols"))) {
      Files.createDirectories(dir.resolve("patrols"));
      try (Stream<Path> files = Files.list(small.resolve("inputs"))) {
        for (Path f : files.filter(f -> f.getFileName().toString().startsWith("patrol_")).toList()) {
          Files.copy(f, dir.resolve("patrols").resolve(f.getFileName()));
        }
      }
    }
    if (mentions(text, "reports.jsonl")) {
      copyOnce(small.resolve("inputs/reports.jsonl"), dir.resolve("reports.jsonl"));
    }
    if (mentions(text, "post.txt") && !Files.exists(dir.resolve("post.txt"))) {
      Files.writeString(dir.resolve("post.txt"), "Вночі російський дрон атакував Харків. Загинули двоє людей, ще п'ятеро поранені.\n");
    }
    if (mentions(text, "fires.csv")) {
      // the FIRMS pull of the same hours as reports.jsonl: a real 2023 file beside them would make
      // the run's coverage span two years (see the report of issue 17)
      copyOnce(small.resolve("inputs/firms_viirs_snpp.csv"), dir.resolve("fires.csv"));
    }
    for (String name : List.of("fire_nrt_SV-C2_400448.csv", "archive")) {
      if (mentions(text, name) && !Files.exists(dir.resolve(name))) {
        requireShared(firms.resolve(name));
        Files.createSymbolicLink(dir.resolve(name), firms.resolve(name));
      }
    }
    if (mentions(text, "ukr_fire_data_2022.csv") && !Files.exists(dir.resolve("ukr_fire_data_2022.csv"))) {
      requireShared(firms.resolve("archive/ukr_fire_data_2022.csv"));
      Files.createSymbolicLink(dir.resolve("ukr_fire_data_2022.csv"), firms.resolve("archive/ukr_fire_data_2022.csv"));
    }
    if (mentions(text, "ukraine-adm1.geojson") && !Files.exists(dir.resolve("ukraine-adm1.geojson"))) {
      Path adm1 = SHARED.resolve("data/boundaries/geoBoundaries-UKR-ADM1_simplified.geojson");
      requireShared(adm1);
      Files.createSymbolicLink(dir.resolve("ukraine-adm1.geojson"), adm1);
    }
    if (mentions(text, "traffic.nmea") && !Files.exists(dir.resolve("traffic.nmea"))) {
      requireShared(SHARED.resolve("data/ais/aislib/stream_example.txt"));
      Files.copy(SHARED.resolve("data/ais/aislib/stream_example.txt"), dir.resolve("traffic.nmea"));
    }
    if (mentions(text, "sample.aivdm") && !Files.exists(dir.resolve("sample.aivdm"))) {
      requireShared(SHARED.resolve("data/ais/gpsd/sample.aivdm"));
      Files.copy(SHARED.resolve("data/ais/gpsd/sample.aivdm"), dir.resolve("sample.aivdm"));
    }
    if ((mentions(text, "out") || text.contains("out/")) && !text.startsWith("trucewatch run ") && !Files.exists(dir.resolve("out"))) {
      copyOnce(ROOT.resolve("examples/agreements/black-sea-energy.yaml"), dir.resolve("a.yaml"));
      prepare(dir, "inputs");
      setup(dir, "run", "--agreement", "a.yaml", "--input", "inputs", "--out", "out");
    }
    if (mentions(text, "report-2025-03-20.twbundle") && !Files.exists(dir.resolve("report-2025-03-20.twbundle"))) {
      prepare(dir, "out");
      setup(dir, "bundle", "out", "--out", "report-2025-03-20.twbundle");
      try (ZipFile zip = new ZipFile(dir.resolve("report-2025-03-20.twbundle").toFile())) {
        Files.write(dir.resolve("mission.pem"), zip.getInputStream(zip.getEntry("public-key.pem")).readAllBytes());
      }
    }
  }

  private Path smallScenario() throws Exception {
    Path small = scratch.resolve("small");
    if (!Files.isDirectory(small)) {
      // six hours (the first with patrols) of the example agreement's scenario: the inputs a.yaml, inputs/ and patrols/ stand for
      setup(scratch, "sim", "--agreement", ROOT.resolve("examples/agreements/black-sea-energy.yaml").toString(),
          "--seed", "2", "--hours", "6", "--out", "small");
    }
    return small;
  }

  private static void setup(Path dir, String... args) {
    String[] absolute = localize(List.of(args), dir).toArray(String[]::new);
    TrucewatchTest.Outcome o = TrucewatchTest.run(absolute);
    assertThat(o.code()).as("preparing: trucewatch %s; stderr:%n%s", String.join(" ", args), o.err()).isZero();
  }

  private static void requireShared(Path p) {
    Assumptions.assumeTrue(Files.exists(p), "skipped: " + p + " is absent (../shared/data beside the checkout)");
  }

  private static boolean mentions(String text, String name) {
    return Pattern.compile("(^|[\\s/'\"=])" + Pattern.quote(name) + "($|[\\s/'\"])").matcher(text).find();
  }

  private static void copyOnce(Path from, Path to) throws IOException {
    if (!Files.exists(to)) {
      Files.copy(from, to);
    }
  }

  /**
   * The arguments with every value picocli takes as a file, folder or store resolved against the
   * example's folder (the test runs in the module's folder, the examples in their own).
   */
  static List<String> localize(List<String> args, Path dir) {
    ParseResult parsed = new CommandLine(new Trucewatch()).parseArgs(args.toArray(String[]::new));
    Set<String> paths = new HashSet<>();
    List<String> defaults = new ArrayList<>();
    int commandWords = 0;
    for (ParseResult r = parsed.subcommand(); r != null; r = r.subcommand()) {
      commandWords++;
      List<ArgSpec> specs = new ArrayList<>(r.matchedOptions());
      specs.addAll(r.matchedPositionals());
      for (ArgSpec a : specs) {
        if (isPath(a)) {
          paths.addAll(a.originalStringValues());
        }
      }
      // a relative default (demo's --out trucewatch-demo, serve's --store) is relative to the example's folder too
      for (var o : r.commandSpec().options()) {
        String d = o.defaultValue();
        if (isPath(o) && d != null && !r.hasMatchedOption(o) && !d.contains(":") && !d.startsWith("/") && !d.startsWith("$")) {
          defaults.addAll(List.of(o.longestName(), dir.resolve(d).toString()));
        }
      }
    }
    List<String> local = new ArrayList<>(args.subList(0, commandWords));
    for (String a : args.subList(commandWords, args.size())) {
      local.add(paths.contains(a) && !a.equals("-") && !a.contains(":") ? dir.resolve(a).toString() : a);
    }
    local.addAll(defaults);
    return local;
  }

  private static boolean isPath(ArgSpec a) {
    return a.type() == Path.class || List.of(a.auxiliaryTypes()).contains(Path.class)
        || a.paramLabel().matches(".*(FILE|PATH|DIR|URL|BUNDLE).*");
  }

  /** A trailing {@code > FILE} of a command. */
  record Redirect(List<String> words, String target) {
    static Redirect of(List<String> words) {
      int n = words.size();
      if (n >= 2 && words.get(n - 2).equals(">")) {
        return new Redirect(words.subList(0, n - 2), words.get(n - 1));
      }
      return new Redirect(words, null);
    }
  }

  /** Just enough of the shell's word splitting for examples: quotes and backslashes. */
  static final class Shell {
    private Shell() {}

    static List<String> words(String text) {
      List<String> words = new ArrayList<>();
      StringBuilder w = new StringBuilder();
      boolean inWord = false;
      char quote = 0;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (quote != 0) {
          if (c == quote) {
            quote = 0;
          } else if (c == '\\' && quote == '"' && i + 1 < text.length()) {
            w.append(text.charAt(++i));
          } else {
            w.append(c);
          }
        } else if (c == '\'' || c == '"') {
          quote = c;
          inWord = true;
        } else if (c == '\\' && i + 1 < text.length()) {
          w.append(text.charAt(++i));
          inWord = true;
        } else if (Character.isWhitespace(c)) {
          if (inWord) {
            words.add(w.toString());
            w.setLength(0);
            inWord = false;
          }
        } else {
          w.append(c);
          inWord = true;
        }
      }
      if (inWord) {
        words.add(w.toString());
      }
      return words;
    }

    /** True when nothing outside quotes needs a shell but a trailing redirect. */
    static boolean plain(String text) {
      char quote = 0;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (quote != 0) {
          if (c == quote) {
            quote = 0;
          } else if (quote == '"' && c == '$') {
            return false;
          }
        } else if (c == '\'' || c == '"') {
          quote = c;
        } else if ("|&;<$`(){}*?~".indexOf(c) >= 0) {
          return false;
        }
      }
      return true;
    }
  }

  static {
    // the help is rendered as a user sees it on a terminal of the default width
    System.setProperty("picocli.usage.width", "80");
  }
}
