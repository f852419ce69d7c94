package org.trucewatch.ledger;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Child process of {@link KilledIngestTest}: appends distinct inputs in batches of random size
 * for as long as it lives, printing {@code ACK seq sha256} for each input only after its append
 * returned (the acknowledgement). Stops by itself after 30 seconds if nobody kills it.
 */
public final class SustainedIngestChild {
  private SustainedIngestChild() {}

  /** Arguments: store URL, key file, run id, largest batch size, random seed. */
  public static void main(String[] args) {
    String store = args[0];
    DeploymentKey key = DeploymentKey.loadOrCreate(Path.of(args[1]));
    String run = args[2];
    int maxBatch = Integer.parseInt(args[3]);
    Random random = new Random(Long.parseLong(args[4]));
    long stopAt = System.nanoTime() + 30_000_000_000L;
    Ledger ledger = LedgerStores.open(store, new LedgerOptions(Clock.systemUTC(), Optional.of(key), 7));
    System.out.println("READY");
    System.out.flush();
    long item = 0;
    while (System.nanoTime() < stopAt) {
      int batch = 1 + random.nextInt(maxBatch);
      List<LedgerInput> inputs = new ArrayList<>();
      for (int i = 0; i < batch; i++, item++) {
        String line =
            "{\"source\":\"uav-" + (item % 5) + "\",\"kind\":\"drone\",\"time\":\"2025-03-20T10:"
                + String.format("%02d", item % 60) + ":00Z\",\"lat\":50.1,\"lon\":36.5,\"run\":\""
                + run + "\",\"item\":" + item + "}\n";
        inputs.add(new LedgerInput("live/" + run + "/" + item + ".jsonl", "observations-jsonl", Inputs.utf8(line)));
      }
      List<AppendResult> results = ledger.appendAll(inputs);
      StringBuilder acks = new StringBuilder();
      for (AppendResult r : results) {
        acks.append("ACK ").append(r.entry().seq()).append(' ').append(r.entry().sha256()).append('\n');
      }
      System.out.print(acks);
      System.out.flush();
    }
    ledger.close();
  }
}
