package org.trucewatch.server.resource;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.trucewatch.server.api.ApiProblem;

/**
 * Reads a request body up to a limit, refusing a larger one with 413 before it is all read.
 *
 * @param maxBytes the largest body accepted
 */
public record BodyReader(long maxBytes) {
  /** The body's bytes. */
  public byte[] read(Context ctx) throws IOException {
    long declared = ctx.contentLength();
    if (declared > maxBytes) {
      throw new ApiProblem(413, "body", "body of " + declared + " bytes is over the limit of " + maxBytes);
    }
    try (InputStream in = ctx.req().getInputStream()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buf = new byte[64 * 1024];
      int n;
      while ((n = in.read(buf)) >= 0) {
        out.write(buf, 0, n);
        if (out.size() > maxBytes) {
          throw new ApiProblem(413, "body", "body is over the limit of " + maxBytes + " bytes");
        }
      }
      return out.toByteArray();
    }
  }
}
