package org.trucewatch.engine.feed;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Reads raw NMEA lines from a TCP server, as AIS receivers serve them (AIS-catcher, rtl-ais, a
 * shore station's feed), and hands each line to a sink on the client's own thread. When the
 * connection cannot be made or drops, it waits and tries again, doubling the wait from {@code
 * initialBackoff} up to {@code maxBackoff}, and back to the start once a connection delivers a
 * line. {@link #close()} stops it. Thread-safe.
 */
public final class NmeaTcpClient implements AutoCloseable {
  private final InetSocketAddress address;
  private final Consumer<String> sink;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final AtomicLong connections = new AtomicLong();
  private final AtomicLong lines = new AtomicLong();
  private final AtomicLong failedAttempts = new AtomicLong();
  private final Thread thread;
  private volatile boolean closed;
  private volatile Socket socket;

  /**
   * A client; call {@link #start()} to connect.
   *
   * @param address the receiver's host and port
   * @param sink receives every line, without its line break, on the client's thread
   * @param initialBackoff the first wait after a failure
   * @param maxBackoff the longest wait
   */
  public NmeaTcpClient(InetSocketAddress address, Consumer<String> sink, Duration initialBackoff, Duration maxBackoff) {
    this.address = Objects.requireNonNull(address, "address");
    this.sink = Objects.requireNonNull(sink, "sink");
    this.initialBackoff = initialBackoff;
    this.maxBackoff = maxBackoff;
    this.thread = new Thread(this::loop, "nmea-tcp " + address);
    this.thread.setDaemon(true);
  }

  /** Starts connecting, on a new daemon thread. */
  public void start() {
    thread.start();
  }

  /** Connections made so far (the first and every reconnection). */
  public long connections() {
    return connections.get();
  }

  /** Connection attempts refused or broken so far: a receiver that is down shows here. */
  public long failedAttempts() {
    return failedAttempts.get();
  }

  /** Lines received so far (each is handed to the sink right after it is counted). */
  public long lines() {
    return lines.get();
  }

  private void loop() {
    long waitMillis = initialBackoff.toMillis();
    while (!closed) {
      try (Socket s = new Socket()) {
        socket = s;
        s.connect(address, 5_000);
        connections.incrementAndGet();
        BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1));
        for (String line = in.readLine(); line != null && !closed; line = in.readLine()) {
          lines.incrementAndGet();
          sink.accept(line);
          waitMillis = initialBackoff.toMillis();
        }
      } catch (IOException e) {
        // refused, reset or dropped: wait and try again
        failedAttempts.incrementAndGet();
      }
      if (closed) {
        return;
      }
      try {
        Thread.sleep(waitMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      waitMillis = Math.min(maxBackoff.toMillis(), waitMillis * 2);
    }
  }

  /** Stops the client and waits for its thread to end. */
  @Override
  public void close() throws InterruptedException {
    closed = true;
    Socket s = socket;
    if (s != null) {
      try {
        s.close();
      } catch (IOException e) {
        // closing anyway
      }
    }
    thread.interrupt();
    thread.join(5_000);
  }
}
