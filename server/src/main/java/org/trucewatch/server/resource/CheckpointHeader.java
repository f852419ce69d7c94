package org.trucewatch.server.resource;

import io.javalin.http.Context;
import org.trucewatch.ledger.Checkpoint;

/** The {@code X-Trucewatch-Checkpoint} header of answers that are not JSON: entries and head. */
final class CheckpointHeader {
  private CheckpointHeader() {}

  static void set(Context ctx, Checkpoint c) {
    ctx.header("X-Trucewatch-Checkpoint", c.entryCount() + " " + c.headChainHash());
  }
}
