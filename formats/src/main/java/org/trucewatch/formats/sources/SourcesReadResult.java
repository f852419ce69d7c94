package org.trucewatch.formats.sources;

import java.util.List;
import org.trucewatch.core.source.Source;
import org.trucewatch.formats.Reject;

/**
 * What {@link SourcesYamlReader} made of a sources registry: the entries it could read, in file
 * order, and the ones it could not.
 *
 * @param sources sources read
 * @param rejects rejected entries, with line and field
 */
public record SourcesReadResult(List<Source> sources, List<Reject> rejects) {
  /** Freezes the lists. */
  public SourcesReadResult {
    sources = List.copyOf(sources);
    rejects = List.copyOf(rejects);
  }
}
