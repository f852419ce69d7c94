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
import java.util.Arrays;
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
import org.trucewatch.core.fuse.IncidentSummaryColumns;
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
 * incident with a finding or casualties, the quiet ones held as columns ({@link
 * IncidentSummaryColumns}). So memory holds about a hundred bytes per quiet incident, not its
 * members; {@link #writeIncidents} reads the features back in the file's order (start, then id).
 * Not thread-safe; {@link #close} deletes the temporary file.
 */
final class ClosedIncidents implements Consumer<Pipeline.Assessed>, AutoCloseable {
  private final List<Review> reviews;
  private final IncidentsGeoJsonWriter geojson = new IncidentsGeoJsonWriter();
  private final Path features;
  private final OutputStream out;
  private long written;
  private boolean finished;
  /** The summaries, by arrival; most are quiet and held as columns, not objects. */
  private final IncidentSummaryColumns summaries = new IncidentSummaryColumns();
  /** Where each incident's feature starts in the temporary file, by arrival, then the file's length. */
  private long[] offsets = new long[16];
  /** The arrival indexes in start then id order, once finished. */
  private int[] order;
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
    int i = summaries.add(IncidentSummary.of(inc, found, this::shared));
    if (i + 1 >= offsets.length) {
      offsets = Arrays.copyOf(offsets, offsets.length * 2);
    }
    offsets[i] = written;
    written += text.length;
    offsets[i + 1] = written;
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
    summaries.trim();
    offsets = Arrays.copyOf(offsets, summaries.size() + 1);
    order = summaries.reportOrder();
    findings.sort(Comparator.comparing(Finding::time).thenComparing(Finding::id));
    finished = true;
  }

  /** The incidents' summaries, sorted by start then id: a view that makes each when asked for. */
  List<IncidentSummary> incidents() {
    check();
    return summaries.view(order);
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
      geojson.writeFeatures(new Iterator<>() {
        private int next;

        @Override
        public boolean hasNext() {
          return next < order.length;
        }

        @Override
        public String next() {
          if (!hasNext()) {
            throw new java.util.NoSuchElementException();
          }
          int i = order[next++];
          ByteBuffer b = ByteBuffer.allocate(Math.toIntExact(offsets[i + 1] - offsets[i]));
          try {
            while (b.hasRemaining()) {
              if (in.read(b, offsets[i] + b.position()) < 0) {
                throw new IOException(features + " ends before the feature of " + summaries.id(i));
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
