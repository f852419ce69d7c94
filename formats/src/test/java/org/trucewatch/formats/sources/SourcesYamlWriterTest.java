package org.trucewatch.formats.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.source.Reliability;
import org.trucewatch.core.source.Source;
import org.trucewatch.formats.firms.FirmsSources;

class SourcesYamlWriterTest {
  @Test
  void writesSortedPlainYaml() {
    String yaml = SourcesYamlWriter.toYaml(List.of(
        new Source("ua-kharkiv-ova", "Kharkiv Regional Military Administration (Telegram)", Reliability.C,
            Optional.of("UA")),
        new Source("firms-viirs-snpp", "NASA FIRMS VIIRS S-NPP 375 m", Reliability.B, Optional.empty())));

    assertThat(yaml).isEqualTo(String.join("\n",
        "sources:",
        "  - id: firms-viirs-snpp",
        "    name: NASA FIRMS VIIRS S-NPP 375 m",
        "    reliability: B",
        "  - id: ua-kharkiv-ova",
        "    name: Kharkiv Regional Military Administration (Telegram)",
        "    reliability: C",
        "    affiliation: UA",
        ""));
  }

  @Test
  void readsBackWhatItWrites() {
    List<Source> sources = new java.util.ArrayList<>(FirmsSources.defaults());
    sources.add(new Source("no-mod", "yes", Reliability.F, Optional.of("NO")));
    sources.add(new Source("ru-mod", "Міністерство оборони: \"зведення\" # 1\n", Reliability.E, Optional.of("RU")));
    sources.add(new Source("007", "  padded ", Reliability.D, Optional.of("null")));
    sources.sort((a, b) -> a.id().compareTo(b.id()));

    String yaml = SourcesYamlWriter.toYaml(sources);
    SourcesReadResult again = new SourcesYamlReader().read("w.yaml", yaml.getBytes(StandardCharsets.UTF_8));

    assertThat(again.rejects()).isEmpty();
    assertThat(again.sources()).isEqualTo(sources);
    assertThat(yaml).contains("affiliation: \"NO\"").contains("name: \"yes\"");
  }

  @Test
  void refusesDuplicateIds() {
    Source a = new Source("x", "X", Reliability.A, Optional.empty());

    assertThatThrownBy(() -> SourcesYamlWriter.toYaml(List.of(a, a)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two sources have the id x");
  }
}
