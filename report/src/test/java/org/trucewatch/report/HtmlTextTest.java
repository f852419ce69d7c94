package org.trucewatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {
  @Test
  void escapesTheFiveXmlSpecials() {
    assertThat(HtmlText.escape("<a href=\"x\">'&'</a>"))
        .isEqualTo("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  }

  @Test
  void replacesCharactersXmlForbidsButKeepsLineBreaksAndPairedSurrogates() {
    assertThat(HtmlText.escape("a\u0000b\u001bc\td\ne")).isEqualTo("a\uFFFDb\uFFFDc\td\ne");
    assertThat(HtmlText.escape("Київ \uD83D\uDCA5")).isEqualTo("Київ \uD83D\uDCA5");
    assertThat(HtmlText.escape("x\uD83Dy\uDCA5")).isEqualTo("x\uFFFDy\uFFFD");
  }

  @Test
  void givesEmptyTextForNull() {
    assertThat(HtmlText.escape(null)).isEmpty();
  }
}
