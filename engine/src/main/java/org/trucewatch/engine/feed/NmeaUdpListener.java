package org.trucewatch.engine.feed;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Listens for raw NMEA on a UDP port, as receivers forward it (one or more sentences per
 * datagram), and hands each line to a sink on the listener's own thread. Thread-safe.
 */
public final class NmeaUdpListener implements AutoCloseable {
  private final DatagramSocket socket;
  private final Consumer<String> sink;
  private final AtomicLong datagrams = new AtomicLong();
  private final Thread thread;
  private volatile boolean closed;

  /**
   * Binds the port now (port 0 picks a free one); call {@link #start()} to listen.
   *
   * @throws SocketException when the port cannot be bound
   */
  public NmeaUdpListener(InetSocketAddress bind, Consumer<String> sink) throws SocketException {
    this.socket = new DatagramSocket(Objects.requireNonNull(bind, "bind"));
    this.sink = Objects.requireNonNull(sink, "sink");
    this.thread = new Thread(this::loop, "nmea-udp " + bind);
    this.thread.setDaemon(true);
  }

  /** The bound port. */
  public int port() {
    return socket.getLocalPort();
  }

  /** Datagrams received so far. */
  public long datagrams() {
    return datagrams.get();
  }

  /** Starts listening on a new daemon thread. */
  public void start() {
    thread.start();
  }

  private void loop() {
    byte[] buf = new byte[65_507];
    DatagramPacket packet = new DatagramPacket(buf, buf.length);
    while (!closed) {
      try {
        packet.setLength(buf.length);
        socket.receive(packet);
      } catch (IOException e) {
        if (closed) {
          return;
        }
        continue;
      }
      datagrams.incrementAndGet();
      String text = new String(packet.getData(), packet.getOffset(), packet.getLength(), StandardCharsets.ISO_8859_1);
      for (String line : text.split("\r?\n")) {
        if (!line.isEmpty()) {
          sink.accept(line);
        }
      }
    }
  }

  /** Stops listening and waits for the thread to end. */
  @Override
  public void close() throws InterruptedException {
    closed = true;
    socket.close();
    thread.join(5_000);
  }
}
