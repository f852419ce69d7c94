package org.trucewatch.formats.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.source.Reliability;
import org.trucewatch.core.source.Source;
import org.trucewatch.formats.Reject;

class SourcesYamlReaderTest {
  private final SourcesYamlReader reader = new SourcesYamlReader();

  private SourcesReadResult read(String yaml) {
    return reader.read("sources.yaml", yaml.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsTheDocumentedRegistry() {
    SourcesReadResult result = read(String.join("\n",
        "# who reports what, graded by the mission",
        "sources:",
        "  - id: ua-kharkiv-ova",
        "    name: Kharkiv Regional Military Administration (Telegram)",
        "    reliability: C",
        "    affiliation: UA        # the party it speaks for",
        "  - id: firms-viirs-snpp",
        "    name: \"NASA FIRMS VIIRS S-NPP 375 m\"",
        "    reliability: b",
        ""));

    assertThat(result.rejects()).isEmpty();
    assertThat(result.sources()).containsExactly(
        new Source("ua-kharkiv-ova", "Kharkiv Regional Military Administration (Telegram)", Reliability.C,
            Optional.of("UA")),
        new Source("firms-viirs-snpp", "NASA FIRMS VIIRS S-NPP 375 m", Reliability.B, Optional.empty()));
  }

  @Test
  void takesScalarsAsWrittenNotAsYamlBooleans() {
    SourcesReadResult result = read("sources:\n  - id: no-mod\n    name: yes\n    reliability: F\n    affiliation: NO\n");

    assertThat(result.rejects()).isEmpty();
    assertThat(result.sources().get(0).name()).isEqualTo("yes");
    assertThat(result.sources().get(0).affiliation()).contains("NO");
  }

  @Test
  void keepsGoodEntriesAroundBadOnesAndNamesLineAndField() {
    SourcesReadResult result = read(String.join("\n",
        "sources:",
        "  - id: good-1",                 // 2
        "    name: Good One",
        "    reliability: A",
        "  - id: Bad Id",                 // 5
        "    name: Bad",
        "    reliability: B",
        "  - id: no-grade",               // 8
        "    name: No grade",
        "    reliability: G",              // 10
        "  - id: good-1",                 // 11
        "    name: Again",
        "    reliability: C",
        "  - id: extra",                  // 14
        "    name: Extra",
        "    reliability: C",
        "    url: https://example.org",   // 17
        "  - id: no-name",                // 18
        "    reliability: D",
        "  - just a string",              // 20
        "  - id: good-2",                 // 21
        "    name: Good Two",
        "    reliability: E",
        "    affiliation: RU",
        ""));

    assertThat(result.sources()).extracting(Source::id).containsExactly("good-1", "good-2");
    assertThat(result.rejects()).extracting(Reject::line, Reject::field).containsExactly(
        tuple(5L, "sources[1].id"),
        tuple(10L, "sources[2].reliability"),
        tuple(11L, "sources[3].id"),
        tuple(17L, "sources[4].url"),
        tuple(18L, "sources[5].name"),
        tuple(20L, "sources[6]"));
    assertThat(result.rejects().get(2).toString())
        .isEqualTo("sources.yaml:11: sources[3].id: duplicate id 'good-1', first defined at line 2");
    assertThat(result.rejects().get(3).reason()).isEqualTo("unknown key; known keys are id, name, reliability, affiliation");
  }

  @Test
  void keepsEntriesBeforeASyntaxErrorAndNamesItsLine() {
    SourcesReadResult result = read(String.join("\n",
        "sources:",
        "  - id: good-1",
        "    name: Good One",
        "    reliability: A",
        "  - id: broken",
        "    name: [unclosed",
        "    reliability: B",
        ""));

    assertThat(result.sources()).extracting(Source::id).containsExactly("good-1");
    assertThat(result.rejects()).singleElement().satisfies(r -> {
      assertThat(r.line()).isBetween(6L, 8L);
      assertThat(r.reason()).startsWith("YAML syntax error: ");
    });
  }

  @Test
  void rejectsFilesWithoutASourcesList() {
    assertThat(read("").rejects()).extracting(Reject::toString)
        .containsExactly("sources.yaml: the file is empty; expected a top-level 'sources:' list");
    assertThat(read("provisions:\n  - id: x\n").rejects()).extracting(Reject::line, Reject::field)
        .containsExactly(tuple(1L, "provisions"), tuple(0L, "sources"));
    assertThat(read("- id: x\n").rejects()).extracting(Reject::line).containsExactly(1L);
    assertThat(read("sources:\n").rejects()).isEmpty();
    assertThat(read("sources: []\n").sources()).isEmpty();
  }
}
