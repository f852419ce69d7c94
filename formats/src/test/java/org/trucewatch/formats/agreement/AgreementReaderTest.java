package org.trucewatch.formats.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.trucewatch.core.agreement.Agreement;
import org.trucewatch.core.agreement.AlertAreaProvision;
import org.trucewatch.core.agreement.CorridorProvision;
import org.trucewatch.core.agreement.ProtectedSite;
import org.trucewatch.core.agreement.ProtectedSitesProvision;
import org.trucewatch.core.agreement.ZoneProvision;
import org.trucewatch.core.geo.Geodesy;
import org.trucewatch.core.geo.LineBand;
import org.trucewatch.core.geo.PolygonRegion;
import org.trucewatch.core.observation.Activity;

class AgreementReaderTest {
  static final String MINIMAL = """
      agreement:
        id: test-agreement
        title: Test agreement
      parties:
        - {id: UA, name: Ukraine}
        - {id: RU, name: Russian Federation}
      provisions:
        - id: energy
          kind: protected-sites
          name: Energy moratorium
          parties: [UA, RU]
          effective: {from: 2025-03-18T00:00:00Z, until: 2025-04-17T00:00:00Z}
          prohibited: [strike]
          default_radius_m: 3000
          sites:
            - {id: zaporizhzhia-npp, name: Zaporizhzhia NPP, category: nuclear, country: UA, location: [34.5858, 47.5119], radius_m: 5000}
            - {id: burshtyn-tpp, name: Burshtyn TPP, category: thermal, country: UA, location: [24.6283, 49.2111]}
        - id: corridor
          kind: corridor
          name: Test corridor
          parties: [UA, RU]
          effective: {from: 2025-03-18T00:00:00Z}
          prohibited: [strike, military-presence]
          half_width_m: 10000
          centreline: {type: LineString, coordinates: [[30.75, 46.50], [30.75, 46.00]]}
        - id: dmz
          kind: zone
          name: Test zone
          parties: [UA, RU]
          effective: {from: 2025-03-18T00:00:00Z}
          prohibited: [military-presence, heavy-weapons]
          area:
            type: Polygon
            coordinates: [[[36.0, 50.0], [36.5, 50.0], [36.5, 50.3], [36.0, 50.3], [36.0, 50.0]]]
        - id: cities
          kind: alert-areas
          name: Cities
          parties: [UA, RU]
          effective: {from: 2025-03-18T00:00:00Z}
          alert_on: [strike]
          areas:
            - {id: kyiv, name: Kyiv, category: city, country: UA, location: [30.5234, 50.4501], radius_m: 30000}
      """;

  private final AgreementReader reader = new AgreementReader();

  private static Path resources() throws URISyntaxException {
    return Path.of(AgreementReaderTest.class.getResource("/agreement/with-files.yaml").toURI()).getParent();
  }

  private List<AgreementProblem> problems(String yaml) {
    AgreementFileException e = catchThrowableOfType(
        AgreementFileException.class, () -> reader.read("test.yaml", yaml, Path.of(".")));
    assertThat(e).as("expected the file to be rejected").isNotNull();
    return e.problems();
  }

  @Test
  void readsMinimalAgreementIntoCoreRecords() throws Exception {
    Agreement a = reader.read("minimal.yaml", MINIMAL, Path.of("."));

    assertThat(a.id()).isEqualTo("test-agreement");
    assertThat(a.parties()).extracting(p -> p.id()).containsExactly("UA", "RU");
    assertThat(a.provisions()).extracting(p -> p.id()).containsExactly("energy", "corridor", "dmz", "cities");

    ProtectedSitesProvision energy = (ProtectedSitesProvision) a.provision("energy").orElseThrow();
    assertThat(energy.activities()).containsExactly(Activity.STRIKE);
    assertThat(energy.period().start()).isEqualTo(Instant.parse("2025-03-18T00:00:00Z"));
    assertThat(energy.period().end()).contains(Instant.parse("2025-04-17T00:00:00Z"));
    assertThat(energy.sites()).extracting(ProtectedSite::id, ProtectedSite::radiusMetres, ProtectedSite::country)
        .containsExactly(tuple("zaporizhzhia-npp", 5000.0, Optional.of("UA")), tuple("burshtyn-tpp", 3000.0, Optional.of("UA")));
    assertThat(energy.sites().get(0).location()).isEqualTo(new Coordinate(34.5858, 47.5119));

    CorridorProvision corridor = (CorridorProvision) a.provision("corridor").orElseThrow();
    assertThat(corridor.period().end()).isEmpty();
    assertThat(corridor.activities()).containsExactlyInAnyOrder(Activity.STRIKE, Activity.MILITARY_PRESENCE);
    assertThat(corridor.band().halfWidthMetres()).isEqualTo(10000);
    // on the centreline: inside; 0.2 degrees of longitude east at 46.25N is about 15.4 km off it
    assertThat(corridor.band().distanceMetres(Geodesy.WGS84.createPoint(new Coordinate(30.75, 46.25)))).isZero();
    assertThat(corridor.band().distanceMetres(Geodesy.WGS84.createPoint(new Coordinate(30.95, 46.25))))
        .isBetween(5000.0, 5800.0);

    ZoneProvision dmz = (ZoneProvision) a.provision("dmz").orElseThrow();
    assertThat(dmz.region()).isInstanceOf(PolygonRegion.class);
    assertThat(dmz.region().touches(Geodesy.WGS84.createPoint(new Coordinate(36.25, 50.15)))).isTrue();
    assertThat(dmz.region().touches(Geodesy.WGS84.createPoint(new Coordinate(36.75, 50.15)))).isFalse();

    AlertAreaProvision cities = (AlertAreaProvision) a.provision("cities").orElseThrow();
    assertThat(cities.prohibits()).isFalse();
    assertThat(cities.activities()).containsExactly(Activity.STRIKE);
    assertThat(cities.elements()).extracting(e -> e.id()).containsExactly("cities/kyiv");
  }

  @Test
  void readsZoneGivenByLineAsBand() throws Exception {
    String area = "    area:\n      type: Polygon\n"
        + "      coordinates: [[[36.0, 50.0], [36.5, 50.0], [36.5, 50.3], [36.0, 50.3], [36.0, 50.0]]]\n";
    assertThat(MINIMAL).contains(area);
    String yaml = MINIMAL.replace(area,
        "    half_width_m: 15000\n    line: {type: LineString, coordinates: [[36.0, 50.0], [36.5, 50.0]]}\n");
    ZoneProvision dmz = (ZoneProvision) reader.read("line.yaml", yaml, Path.of(".")).provision("dmz").orElseThrow();
    assertThat(dmz.region()).isInstanceOf(LineBand.class);
    assertThat(((LineBand) dmz.region()).halfWidthMetres()).isEqualTo(15000);
  }

  @Test
  void referencedFilesGiveTheSameAgreementAsInlineGeometry() throws Exception {
    Agreement inline = reader.read("minimal.yaml", MINIMAL, Path.of("."));
    Agreement fromFiles = reader.read(resources().resolve("with-files.yaml"));

    ProtectedSitesProvision a = (ProtectedSitesProvision) inline.provision("energy").orElseThrow();
    ProtectedSitesProvision b = (ProtectedSitesProvision) fromFiles.provision("energy").orElseThrow();
    assertThat(b.sites()).isEqualTo(a.sites());
    CorridorProvision ca = (CorridorProvision) inline.provision("corridor").orElseThrow();
    CorridorProvision cb = (CorridorProvision) fromFiles.provision("corridor").orElseThrow();
    assertThat(cb.band().centreline().equalsExact(ca.band().centreline())).isTrue();
    ZoneProvision za = (ZoneProvision) inline.provision("dmz").orElseThrow();
    ZoneProvision zb = (ZoneProvision) fromFiles.provision("dmz").orElseThrow();
    assertThat(zb.region().outline().equalsExact(za.region().outline())).isTrue();
  }

  @Test
  void readsBareGeometryFileAndRejectsCollectionOfTwo() throws Exception {
    String area = "    area:\n      type: Polygon\n"
        + "      coordinates: [[[36.0, 50.0], [36.5, 50.0], [36.5, 50.3], [36.0, 50.3], [36.0, 50.0]]]\n";
    String bare = MINIMAL.replace(area, "    half_width_m: 15000\n    line: {file: bare-line.geojson}\n");
    ZoneProvision dmz = (ZoneProvision) reader.read("bare.yaml", bare, resources()).provision("dmz").orElseThrow();
    assertThat(((LineBand) dmz.region()).centreline().getCoordinates())
        .containsExactly(new Coordinate(36.0, 50.0), new Coordinate(36.5, 50.0));

    String two = MINIMAL.replace(area, "    half_width_m: 15000\n    line: {file: two-features.geojson}\n");
    AgreementFileException e = catchThrowableOfType(
        AgreementFileException.class, () -> reader.read("two.yaml", two, resources()));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.file()).isEqualTo(resources().resolve("two-features.geojson").toString());
      assertThat(p.line()).isEqualTo(3);
      assertThat(p.field()).isEqualTo("features");
      assertThat(p.message()).isEqualTo("expected exactly one feature holding the geometry, found 2");
    });
  }

  @Test
  void reportsEveryProblemOfABadFileWithLineAndField() {
    String yaml = """
        agreement:
          id: bad-agreement
          title: Bad agreement
        parties:
          - {id: UA, name: Ukraine}
          - {id: RU, name: Russian Federation}
        provisions:
          - id: energy
            kind: protected-sites
            name: Energy moratorium
            parties: [UA, XX]
            effective: {from: 2025-03-18T00:00:00Z}
            prohibited: [strike, bombing]
            sites:
              - id: npp
                name: Some NPP
                category: nuclear
                location: [34.5858, 47.5119]
                raduis_m: 5000
              - id: tpp
                name: Some TPP
                category: thermal
                location: [24.6283, 49.2111]
                radius_m: -3000
        """;
    List<AgreementProblem> problems = problems(yaml);

    assertThat(problems).extracting(AgreementProblem::line, AgreementProblem::column, AgreementProblem::field)
        .containsExactly(
            tuple(11, 19, "provisions[0].parties[1]"),
            tuple(13, 26, "provisions[0].prohibited[1]"),
            tuple(15, 9, "provisions[0].sites[0].radius_m"),
            tuple(19, 9, "provisions[0].sites[0].raduis_m"),
            tuple(24, 19, "provisions[0].sites[1].radius_m"));
    assertThat(problems.get(0).message()).isEqualTo("party 'XX' is not among the agreement's parties (RU, UA)");
    assertThat(problems.get(1).message())
        .isEqualTo("unknown activity 'bombing'; expected one of strike, military-presence, heavy-weapons, military-flight, navigation-breach, navigation");
    assertThat(problems.get(2).message()).isEqualTo("missing radius_m, and the provision sets no default_radius_m");
    assertThat(problems.get(3).message()).startsWith("unknown key 'raduis_m' (did you mean 'radius_m'?); expected one of ")
        .contains("category, country, id, location, name, radius_m");
    assertThat(problems.get(4).message()).isEqualTo("must be more than zero, found -3000");
    assertThat(problems.get(4)).hasToString(
        "test.yaml:24:19: provisions[0].sites[1].radius_m: must be more than zero, found -3000");
  }

  @Test
  void exceptionMessageListsEveryProblem() {
    String yaml = MINIMAL.replace("prohibited: [strike]\n", "prohibited: [strikes]\n").replace("[30.75, 46.00]", "[30.75, 96.00]");
    AgreementFileException e = catchThrowableOfType(
        AgreementFileException.class, () -> reader.read("test.yaml", yaml, Path.of(".")));
    assertThat(e.problems()).hasSize(2);
    assertThat(e.getMessage()).startsWith("2 problems in agreement file test.yaml:")
        .contains("test.yaml:13:18: provisions[0].prohibited[0]: unknown activity 'strikes'")
        .contains("test.yaml:25:74: provisions[1].centreline.coordinates[1][1]: latitude 96.00 is outside [-90, 90]");
  }

  @Test
  void reportsYamlSyntaxErrorWithLine() {
    String yaml = """
        agreement:
          id: broken
          title: "an unterminated string
        parties:
          - {id: UA, name: Ukraine}
        """;
    List<AgreementProblem> problems = problems(yaml);
    assertThat(problems).hasSize(1);
    // the scanner notices the missing quote only at the end of the input
    assertThat(problems.get(0).line()).isEqualTo(6);
    assertThat(problems.get(0).message()).isEqualTo("YAML syntax error: while scanning a quoted scalar: "
        + "found unexpected end of stream (what is unfinished began on line 3)");
  }

  @Test
  void reportsBadIndentationAtItsLine() {
    String yaml = """
        agreement:
          id: broken
         title: misaligned
        parties: []
        """;
    List<AgreementProblem> problems = problems(yaml);
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).message()).startsWith("YAML syntax error: ");
    assertThat(problems.get(0).line()).isEqualTo(3);
    assertThat(problems.get(0).column()).isEqualTo(2);
  }

  @Test
  void namesMissingReferencedFile() throws Exception {
    AgreementFileException e = catchThrowableOfType(
        AgreementFileException.class, () -> reader.read(resources().resolve("with-bad-files.yaml")));
    AgreementProblem missing = e.problems().stream()
        .filter(p -> p.field().equals("provisions[1].centreline.file")).findFirst().orElseThrow();
    assertThat(missing.file()).endsWith("with-bad-files.yaml");
    assertThat(missing.line()).isEqualTo(19);
    assertThat(missing.message()).startsWith("referenced file 'no-such-line.geojson' does not exist (looked for ")
        .contains(resources().resolve("no-such-line.geojson").toString());
  }

  @Test
  void reportsProblemsInsideReferencedFileUnderItsName() throws Exception {
    AgreementFileException e = catchThrowableOfType(
        AgreementFileException.class, () -> reader.read(resources().resolve("with-bad-files.yaml")));
    String sites = resources().resolve("bad-sites.geojson").toString();
    // the agreement file's own problems come first, then the referenced file's, each by line
    assertThat(e.problems()).extracting(AgreementProblem::file, AgreementProblem::line, AgreementProblem::field)
        .containsExactly(
            tuple(resources().resolve("with-bad-files.yaml").toString(), 19, "provisions[1].centreline.file"),
            tuple(sites, 6, "features[0].geometry.coordinates[1]"),
            tuple(sites, 12, "features[1].properties.radius_m"));
    assertThat(e.problems().get(1).message()).isEqualTo("latitude 95.0 is outside [-90, 90]");
  }

  @Test
  void reportsMissingAgreementFile() {
    Path missing = Path.of("no-such-folder", "agreement.yaml");
    assertThatThrownBy(() -> reader.read(missing))
        .isInstanceOf(AgreementFileException.class)
        .hasMessageContaining(missing + ":0:0: the file does not exist");
  }

  @Test
  void rejectsUnclosedRingAndSelfIntersectingPolygon() {
    String unclosed = MINIMAL.replace("[36.0, 50.3], [36.0, 50.0]]]", "[36.0, 50.3], [36.0, 50.1]]]");
    assertThat(problems(unclosed)).singleElement().satisfies(p -> {
      assertThat(p.field()).isEqualTo("provisions[2].area.coordinates[0]");
      assertThat(p.line()).isEqualTo(34);
      assertThat(p.message()).startsWith("the ring is not closed");
    });
    String bowTie = MINIMAL.replace(
        "[[[36.0, 50.0], [36.5, 50.0], [36.5, 50.3], [36.0, 50.3], [36.0, 50.0]]]",
        "[[[36.0, 50.0], [36.5, 50.3], [36.5, 50.0], [36.0, 50.3], [36.0, 50.0]]]");
    assertThat(problems(bowTie)).singleElement().satisfies(p -> {
      assertThat(p.field()).isEqualTo("provisions[2].area.coordinates");
      assertThat(p.message()).startsWith("the polygon is not valid: Self-intersection at [36.25, 50.15");
    });
  }

  @Test
  void rejectsLineOfOnePositionAndWrongGeometryType() {
    String onePoint = MINIMAL.replace("coordinates: [[30.75, 46.50], [30.75, 46.00]]", "coordinates: [[30.75, 46.50]]");
    assertThat(problems(onePoint)).singleElement().satisfies(p -> {
      assertThat(p.field()).isEqualTo("provisions[1].centreline.coordinates");
      assertThat(p.message()).isEqualTo("a LineString needs at least 2 positions, found 1");
    });
    String polygonCorridor = MINIMAL.replace("centreline: {type: LineString,", "centreline: {type: Polygon,");
    assertThat(problems(polygonCorridor)).singleElement().satisfies(p -> {
      assertThat(p.field()).isEqualTo("provisions[1].centreline.type");
      assertThat(p.message()).isEqualTo("expected a geometry of type LineString, found 'Polygon'");
    });
  }

  @Test
  void rejectsPeriodEndingBeforeItStartsAndTimeWithoutOffset() {
    String backwards = MINIMAL.replace("until: 2025-04-17T00:00:00Z", "until: 2025-03-01T00:00:00Z");
    assertThat(problems(backwards)).singleElement().satisfies(p -> {
      assertThat(p.field()).isEqualTo("provisions[0].effective.until");
      assertThat(p.line()).isEqualTo(12);
      assertThat(p.message()).isEqualTo("must be after from (2025-03-18T00:00:00Z), found 2025-03-01T00:00:00Z");
    });
    String noOffset = MINIMAL.replace("{from: 2025-03-18T00:00:00Z, until", "{from: 2025-03-18T00:00:00, until");
    assertThat(problems(noOffset)).singleElement().satisfies(p -> {
      assertThat(p.field()).isEqualTo("provisions[0].effective.from");
      assertThat(p.message()).contains("is not an ISO-8601 date and time with offset");
    });
  }

  @Test
  void rejectsDuplicateProvisionAndSiteIds() {
    String yaml = MINIMAL.replace("id: burshtyn-tpp", "id: zaporizhzhia-npp").replace("- id: dmz", "- id: energy");
    assertThat(problems(yaml)).extracting(AgreementProblem::line, AgreementProblem::field, AgreementProblem::message)
        .containsExactly(
            tuple(17, "provisions[0].sites[1].id",
                "site id 'zaporizhzhia-npp' appears twice in this provision (first at provisions[0].sites[0], line 16)"),
            tuple(26, "provisions[2].id", "provision id 'energy' appears twice (first on line 8)"));
  }

  @Test
  void rejectsBadIdsAndKeysOfAnotherKind() {
    String yaml = MINIMAL.replace("- id: corridor", "- id: Corridor_1").replace("default_radius_m: 3000", "half_width_m: 3000");
    assertThat(problems(yaml)).extracting(AgreementProblem::line, AgreementProblem::field)
        .containsExactly(tuple(14, "provisions[0].half_width_m"), tuple(17, "provisions[0].sites[1].radius_m"),
            tuple(18, "provisions[1].id"));
    assertThat(problems(yaml).get(0).message())
        .startsWith("key 'half_width_m' does not belong in a protected-sites provision; expected one of ");
    assertThat(problems(yaml).get(2).message())
        .isEqualTo("'Corridor_1' is not a valid id (lower-case letters, digits and hyphens)");
  }

  @Test
  void readsAZoneProhibitingNavigationAsAClosedSeaAreaAndRefusesNavigationElsewhere() throws Exception {
    String yaml = MINIMAL.replace("prohibited: [military-presence, heavy-weapons]", "prohibited: [navigation, military-presence]");
    ZoneProvision closed = (ZoneProvision) reader.read("closed.yaml", yaml, Path.of(".")).provision("dmz").orElseThrow();
    assertThat(closed.activities()).containsExactlyInAnyOrder(Activity.NAVIGATION, Activity.MILITARY_PRESENCE);

    String corridor = MINIMAL.replace("prohibited: [strike, military-presence]", "prohibited: [strike, navigation]");
    assertThat(problems(corridor)).singleElement().satisfies(p -> {
      assertThat(p.field()).isEqualTo("provisions[1].prohibited[1]");
      assertThat(p.line()).isEqualTo(23);
      assertThat(p.message()).isEqualTo("only a zone can prohibit 'navigation' (a sea area closed to shipping outside "
          + "the corridors); found in a corridor provision");
    });
  }

  @Test
  void rejectsUnknownKindListingTheKnownOnes() {
    String yaml = MINIMAL.replace("kind: corridor", "kind: shipping-lane");
    assertThat(problems(yaml)).singleElement().satisfies(p -> {
      assertThat(p.field()).isEqualTo("provisions[1].kind");
      assertThat(p.message()).isEqualTo("unknown kind 'shipping-lane'; expected one of alert-areas, corridor, protected-sites, zone");
    });
  }

  @Test
  void rejectsMissingRequiredKeysAtTheirMapping() {
    String yaml = """
        agreement: {id: x}
        parties:
          - {id: UA}
        provisions:
          - id: p
            kind: corridor
            name: P
            parties: [UA]
            effective: {until: 2025-03-18T00:00:00Z}
            prohibited: [strike]
            centreline: {type: LineString, coordinates: [[30.0, 46.0], [30.5, 46.0]]}
        """;
    assertThat(problems(yaml)).extracting(AgreementProblem::line, AgreementProblem::field, AgreementProblem::message)
        .containsExactly(
            tuple(1, "agreement.title", "missing required key 'title'"),
            tuple(3, "parties[0].name", "missing required key 'name'"),
            tuple(5, "provisions[0].half_width_m", "missing required key 'half_width_m'"),
            tuple(9, "provisions[0].effective.from", "missing required key 'from'"));
  }

  @Test
  void rejectsDuplicateYamlKey() {
    String yaml = MINIMAL.replace("    half_width_m: 10000\n", "    half_width_m: 10000\n    half_width_m: 20000\n");
    assertThat(problems(yaml)).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(25);
      assertThat(p.column()).isEqualTo(5);
      assertThat(p.field()).isEqualTo("provisions[1].half_width_m");
      assertThat(p.message()).isEqualTo("key 'half_width_m' appears twice in this mapping (first on line 24); only the first is used");
    });
  }

  @Test
  void rejectsYamlAliasRatherThanReadingTheAnchorName() {
    String yaml = MINIMAL.replace("effective: {from: 2025-03-18T00:00:00Z, until: 2025-04-17T00:00:00Z}",
        "effective: &moratorium {from: 2025-03-18T00:00:00Z, until: 2025-04-17T00:00:00Z}")
        .replace("    effective: {from: 2025-03-18T00:00:00Z}\n    prohibited: [strike, military-presence]",
            "    effective: *moratorium\n    prohibited: [strike, military-presence]");
    assertThat(problems(yaml)).extracting(AgreementProblem::line, AgreementProblem::field, AgreementProblem::message)
        .containsExactly(tuple(22, "provisions[1].effective",
            "YAML aliases (*moratorium) are not supported; write the value out in full"));
  }

  @Test
  void readsYamlBooleanWordAsPartyCode() throws Exception {
    // YAML 1.1 reads a plain NO as false; as a party code it must stay Norway
    String yaml = MINIMAL.replace("- {id: RU, name: Russian Federation}", "- {id: RU, name: Russian Federation}\n  - {id: NO, name: Norway}")
        .replace("parties: [UA, RU]\n    effective: {from: 2025-03-18T00:00:00Z}\n    alert_on", "parties: [NO]\n    effective: {from: 2025-03-18T00:00:00Z}\n    alert_on");
    Agreement a = reader.read("norway.yaml", yaml, Path.of("."));
    assertThat(a.parties()).extracting(p -> p.id()).containsExactly("UA", "RU", "NO");
    assertThat(a.provision("cities").orElseThrow().parties()).containsExactly("NO");
  }

  @Test
  void problemWithoutFieldLeavesItOut() {
    assertThat(new AgreementProblem("a.yaml", 0, 0, "", "the file does not exist"))
        .hasToString("a.yaml:0:0: the file does not exist");
    assertThat(Set.of(new AgreementProblem("a.yaml", 3, 5, "agreement.id", "x")))
        .containsExactly(new AgreementProblem("a.yaml", 3, 5, "agreement.id", "x"));
  }
}
