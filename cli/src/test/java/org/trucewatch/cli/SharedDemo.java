package org.trucewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * {@code trucewatch demo --no-serve} with its defaults, run once per test JVM and shared by the
 * tests that only read its outputs: a demo takes many seconds, and two demos give byte-identical
 * outputs ({@code TrucewatchTest.twoDemosGiveByteIdenticalOutputs}). Readers must not write into
 * {@link #dir}; a test that changes a demo's files works on a copy.
 *
 * @param dir the demo's {@code --out} folder
 * @param outcome its exit code, stdout and stderr (progress included: not run with {@code -q})
 */
record SharedDemo(Path dir, TrucewatchTest.Outcome outcome) {
  private static SharedDemo demo;

  /** The demo, run on first use; fails the calling test if the demo fails. */
  static synchronized SharedDemo get() throws IOException {
    if (demo == null) {
      Path dir = Files.createTempDirectory("trucewatch-shared-demo").resolve("demo");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir.getParent())));
      TrucewatchTest.Outcome o = TrucewatchTest.run("demo", "--no-serve", "--out", dir.toString());
      assertThat(o.code()).as("the shared demo: %s", o.err()).isZero();
      demo = new SharedDemo(dir, o);
    }
    return demo;
  }

  private static void delete(Path dir) {
    try (Stream<Path> all = Files.walk(dir)) {
      all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
