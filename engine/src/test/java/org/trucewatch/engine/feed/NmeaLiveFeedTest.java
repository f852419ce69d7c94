package org.trucewatch.engine.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.trucewatch.formats.ais.AisDecoder;
import org.trucewatch.formats.ais.AisNmeaWriter;
import org.trucewatch.formats.ais.DecodedAisMessage;

/** The live inputs against a local replay server on 127.0.0.1. */
class NmeaLiveFeedTest {
  private static List<String> log(int messages) {
    AisNmeaWriter w = new AisNmeaWriter();
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < messages; i++) {
      String text = w.classAPosition("replay", 1742990400L + i, 'A', 272000000 + i, 0, 46.0 + i * 0.001, 30.8,
          10.0, 180.0, 180, i % 60);
      lines.addAll(List.of(text.split("\n")));
    }
    return lines;
  }

  @Test
  void theTcpClientReconnectsAfterTheServerDropsItAndNoMessageIsLost() throws Exception {
    List<String> log = log(200);
    List<DecodedAisMessage> decoded = Collections.synchronizedList(new ArrayList<>());
    AisDecoder decoder = new AisDecoder(decoded::add, p -> {});
    CountDownLatch all = new CountDownLatch(log.size());
    try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      Thread replay = new Thread(() -> {
        try {
          // first connection: half the log, then the connection drops
          try (Socket s = server.accept()) {
            send(s.getOutputStream(), log.subList(0, 100));
          }
          // the client comes back: the rest
          try (Socket s = server.accept()) {
            send(s.getOutputStream(), log.subList(100, log.size()));
            all.await(20, TimeUnit.SECONDS); // hold the connection until the client has read every line
          }
        } catch (Exception e) {
          // the test's assertions report it
        }
      });
      replay.start();
      try (NmeaTcpClient client = new NmeaTcpClient(new InetSocketAddress(InetAddress.getLoopbackAddress(),
          server.getLocalPort()), line -> {
            synchronized (decoder) {
              decoder.acceptLine(line);
            }
            all.countDown();
          }, Duration.ofMillis(50), Duration.ofSeconds(1))) {
        client.start();
        assertThat(all.await(20, TimeUnit.SECONDS)).as("all lines received").isTrue();
        assertThat(client.connections()).isEqualTo(2);
        assertThat(client.lines()).isEqualTo(log.size());
      }
      replay.join(5_000);
    }
    assertThat(decoded).hasSize(200);
    assertThat(decoded.get(199).message().mmsi()).isEqualTo(272000199);
  }

  @Test
  void theTcpClientKeepsTryingWhileNoServerListensAndConnectsWhenOneDoes() throws Exception {
    int port;
    try (ServerSocket probe = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      port = probe.getLocalPort();
    }
    CountDownLatch got = new CountDownLatch(1);
    try (NmeaTcpClient client = new NmeaTcpClient(new InetSocketAddress(InetAddress.getLoopbackAddress(), port),
        line -> got.countDown(), Duration.ofMillis(50), Duration.ofMillis(200))) {
      client.start();
      // refused a few times meanwhile, backing off
      CompletableFuture<Void> refused = CompletableFuture.runAsync(() -> {
        while (client.failedAttempts() < 3) {
          Thread.onSpinWait();
        }
      });
      refused.get(20, TimeUnit.SECONDS);
      assertThat(client.connections()).isZero();
      try (ServerSocket server = new ServerSocket(port, 50, InetAddress.getLoopbackAddress())) {
        try (Socket s = server.accept()) {
          send(s.getOutputStream(), log(1));
          assertThat(got.await(10, TimeUnit.SECONDS)).isTrue();
        }
      }
      assertThat(client.connections()).isEqualTo(1);
    }
  }

  @Test
  void theUdpListenerSplitsDatagramsIntoSentences() throws Exception {
    List<String> log = log(50);
    List<String> received = Collections.synchronizedList(new ArrayList<>());
    CountDownLatch all = new CountDownLatch(log.size());
    try (NmeaUdpListener listener = new NmeaUdpListener(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
        line -> {
          received.add(line);
          all.countDown();
        });
        DatagramSocket sender = new DatagramSocket()) {
      listener.start();
      for (int i = 0; i < log.size(); i += 5) {
        byte[] b = (String.join("\r\n", log.subList(i, i + 5)) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        sender.send(new DatagramPacket(b, b.length, InetAddress.getLoopbackAddress(), listener.port()));
      }
      assertThat(all.await(10, TimeUnit.SECONDS)).as("all lines received").isTrue();
      assertThat(listener.datagrams()).isEqualTo(10);
    }
    List<DecodedAisMessage> decoded = AisDecoder.decodeAll(String.join("\n", received), new ArrayList<>());
    assertThat(decoded).hasSize(50);
  }

  private static void send(OutputStream out, List<String> lines) throws java.io.IOException {
    for (String l : lines) {
      out.write((l + "\r\n").getBytes(StandardCharsets.US_ASCII));
    }
    out.flush();
  }
}
