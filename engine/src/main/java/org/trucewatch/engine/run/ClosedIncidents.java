package org.trucewatch.engine.run;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.trucewatch.core.assess.Finding;
import org.trucewatch.core.fuse.Incident;
import org.trucewatch.core.fuse.IncidentSummary;
import org.trucewatch.core.lifecycle.IncidentLifecycle;
import org.trucewatch.core.lifecycle.LifecycleState;
import org.trucewatch.core.lifecycle.Review;
import org.trucewatch.engine.Pipeline;
import org.trucewatch.engine.lifecycle.IncidentLifecycles;
import org.trucewatch.engine.publish.IncidentsGeoJsonWriter;

/**
 * A streamed run's incidents, taken as each closes ({@link Pipeline#runStreaming}): its review
 * lifecycle, its {@code incidents.geojson} feature written at once to a temporary file, its
 * findings, and a summary ({@link IncidentSummary}) that keeps the members whole only for an
 * incident with a finding or casualties. So memory holds a small record per incident, not its
 * members; {@link #writeIncidents} reads the features back in the file's order (start, then id).
 * Not thread-safe; {@link #close} deletes the temporary file.
 */
final class ClosedIncidents implements Consumer<Pipeline.Assessed>, AutoCloseable {
  /** An incident's summary and where its feature lies in the temporary file. */
  private record Placed(IncidentSummary summary, long offset, int length) {}

  private static final Comparator<Placed> ORDER =
      Comparator.comparing((Placed p) -> p.summary().start()).thenComparing(p -> p.summary().id());

  private final List<Review> reviews;
  private final IncidentsGeoJsonWriter geojson = new IncidentsGeoJsonWriter();
  private final Path features;
  private final OutputStream out;
  private long written;
  private boolean finished;
  private final List<Placed> placed = new ArrayList<>();
  private final List<Finding> findings = new ArrayList<>();
  private final TreeMap<String, IncidentLifecycle> lifecycles = new TreeMap<>();
  private final Map<String, String> shared = new HashMap<>();

  /**
   * Takes incidents under these analyst reviews ({@link IncidentLifecycles#reviews}).
   *
   * @throws IOException when the temporary file cannot be made
   */
  ClosedIncidents(List<Review> reviews) throws IOException {
    this.reviews = List.copyOf(reviews);
    this.features = Files.createTempFile("trucewatch-incidents-", ".jsonl");
    this.out = new BufferedOutputStream(Files.newOutputStream(features), 1 << 16);
  }

  @Override
  public void accept(Pipeline.Assessed a) {
    Incident inc = a.incident();
    IncidentLifecycle l = IncidentLifecycles.of(inc, reviews);
    boolean found = !a.findings().isEmpty();
    // an incident in its automatic state without history needs no entry: every reader falls back to that state
    if (found || l.hasHistory() || l.state() != LifecycleState.of(inc.status())) {
      lifecycles.put(inc.id(), l);
    }
    byte[] text = geojson.featureText(inc, a.findings(), l.state()).getBytes(StandardCharsets.UTF_8);
    try {
      out.write(text);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + features, e);
    }
    placed.add(new Placed(IncidentSummary.of(inc, found, this::shared), written, text.length));
    written += text.length;
    findings.addAll(a.findings());
  }

  /** One instance of each origin and source id: a mission's incidents repeat a few of them many times. */
  private String shared(String value) {
    return shared.computeIfAbsent(value, v -> v);
  }

  /**
   * Ends the intake: sorts incidents by start then id and findings by time then id.
   *
   * @throws IOException when the temporary file cannot be flushed
   */
  void finish() throws IOException {
    out.close();
    placed.sort(ORDER);
    findings.sort(Comparator.comparing(Finding::time).thenComparing(Finding::id));
    finished = true;
  }

  /** The incidents' summaries, sorted by start then id. */
  List<IncidentSummary> incidents() {
    check();
    List<IncidentSummary> out = new ArrayList<>(placed.size());
    placed.forEach(p -> out.add(p.summary()));
    return out;
  }

  /** The findings, sorted by time then id. */
  List<Finding> findings() {
    check();
    return Collections.unmodifiableList(findings);
  }

  /**
   * The lifecycle of every incident with a finding, a review history or a state other than its
   * automatic one, by incident id; every other incident is in its automatic state.
   */
  SortedMap<String, IncidentLifecycle> lifecycles() {
    return Collections.unmodifiableSortedMap(lifecycles);
  }

  /**
   * Writes {@code incidents.geojson}: the features in start then id order, read back one at a time.
   *
   * @throws IOException when the temporary file cannot be read or {@code to} written
   */
  void writeIncidents(Writer to) throws IOException {
    check();
    try (FileChannel in = FileChannel.open(features, StandardOpenOption.READ)) {
      Iterator<Placed> it = placed.iterator();
      geojson.writeFeatures(new Iterator<>() {
        @Override
        public boolean hasNext() {
          return it.hasNext();
        }

        @Override
        public String next() {
          Placed p = it.next();
          ByteBuffer b = ByteBuffer.allocate(p.length());
          try {
            while (b.hasRemaining()) {
              if (in.read(b, p.offset() + b.position()) < 0) {
                throw new IOException(features + " ends before the feature of " + p.summary().id());
              }
            }
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          return new String(b.array(), StandardCharsets.UTF_8);
        }
      }, to);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private void check() {
    if (!finished) {
      throw new IllegalStateException("the incidents are still arriving");
    }
  }

  @Override
  public void close() throws IOException {
    out.close();
    Files.deleteIfExists(features);
  }
}
