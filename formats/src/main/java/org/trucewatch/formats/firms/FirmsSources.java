package org.trucewatch.formats.firms;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.trucewatch.core.source.Reliability;
import org.trucewatch.core.source.Source;

/** The sources FIRMS detections are attributed to, graded, for runs that list no sources of their own. */
public final class FirmsSources {
  private FirmsSources() {}

  /**
   * One source per FIRMS satellite, and one for extracts that name no product, sorted by id, each graded B (usually reliable) with no
   * affiliation.
   *
   * <p>Why B and not A: the detection algorithms are published, peer-reviewed and have a long
   * validated record, and NASA is not a party to the agreement, so there is no doubt about
   * authenticity or motive. But a detection only says a pixel was hotter than its background: gas
   * flares, industrial heat, sun glint and farm fires give true detections that are not strikes,
   * clouds and smoke hide real ones, and the location is a pixel hundreds of metres wide. That is
   * "minor doubt" on the Admiralty scale, which is B. Per-row confidence goes to credibility.
   */
  public static List<Source> defaults() {
    List<Source> out = new ArrayList<>();
    for (FirmsPlatform p : FirmsPlatform.values()) {
      out.add(new Source(p.sourceId(), p.sourceName(), Reliability.B, Optional.empty()));
    }
    // an extract reduced to position and date is still FIRMS's detections: the same grade
    out.add(new Source(FirmsCsvReader.UNSTATED_SOURCE_ID, "NASA FIRMS, product not stated (reduced extract)",
        Reliability.B, Optional.empty()));
    out.sort((a, b) -> a.id().compareTo(b.id()));
    return List.copyOf(out);
  }
}
