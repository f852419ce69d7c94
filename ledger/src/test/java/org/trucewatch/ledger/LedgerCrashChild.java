package org.trucewatch.ledger;

import java.nio.file.Path;
import java.time.Clock;

/**
 * Child process for {@link LedgerCrashTest}: appends one input, reports the acknowledgement on
 * stdout and then waits to be killed, without ever closing the ledger.
 */
public final class LedgerCrashChild {
  private LedgerCrashChild() {}

  /** Arguments: ledger file, input name, format, input text. */
  public static void main(String[] args) throws InterruptedException {
    SqliteLedger ledger = SqliteLedger.open(Path.of(args[0]), Clock.systemUTC());
    AppendResult result = ledger.append(args[1], args[2], Inputs.utf8(args[3]));
    System.out.println("ACK " + result.entry().seq() + " " + result.entry().chainHash());
    System.out.flush();
    // wait to be killed: the test's SIGKILL is what ends this process
    new java.util.concurrent.CountDownLatch(1).await();
  }
}
