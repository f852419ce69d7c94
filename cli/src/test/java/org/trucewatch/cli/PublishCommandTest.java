package org.trucewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** What publish refuses before it talks to a broker (publishing itself is tested in the flink module). */
class PublishCommandTest {
  @Test
  void aMalformedBrokerAddressIsAUsageErrorNamingTheOption() {
    StringWriter err = new StringWriter();
    int code = Trucewatch.execute(new PrintWriter(new StringWriter()), new PrintWriter(err),
        "publish", "--kafka", "localhost", "--input", "x");
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("--kafka: expected HOST:PORT");
  }

  @Test
  void neitherOrBothOfInputAndLedgerIsAUsageError() {
    for (String[] args : new String[][] {
        {"publish", "--kafka", "127.0.0.1:9092"},
        {"publish", "--kafka", "127.0.0.1:9092", "--input", "x", "--ledger", "out"}}) {
      StringWriter err = new StringWriter();
      int code = Trucewatch.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), args);
      assertThat(code).isEqualTo(2);
      assertThat(err.toString()).contains("give either --input or --ledger");
    }
  }

  @Test
  void aLedgerThatDoesNotExistIsNamedAndNotCreated(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    StringWriter err = new StringWriter();
    int code = Trucewatch.execute(new PrintWriter(new StringWriter()), new PrintWriter(err),
        "publish", "--kafka", "127.0.0.1:9092", "--ledger", dir.resolve("nowhere.sqlite").toString());
    assertThat(code).isNotZero();
    assertThat(err.toString()).contains("no ledger at " + dir.resolve("nowhere.sqlite"));
    assertThat(dir.resolve("nowhere.sqlite")).doesNotExist();
  }

  @Test
  void helpShowsExamples() {
    StringWriter out = new StringWriter();
    int code = Trucewatch.execute(new PrintWriter(out), new PrintWriter(new StringWriter()), "publish", "--help");
    assertThat(code).isZero();
    assertThat(out.toString()).contains("trucewatch publish --kafka 127.0.0.1:9092 --input scenario/inputs")
        .contains("trucewatch publish --kafka 127.0.0.1:9092 --ledger out");
  }
}
