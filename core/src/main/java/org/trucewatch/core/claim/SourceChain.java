package org.trucewatch.core.claim;

import java.util.List;

/**
 * Who said something and who passed it on: the original source first, then each channel that
 * carried it, e.g. "Kharkiv regional military governor", "Telegram", "dpa".
 *
 * @param links the original source, then the channels, in the order the words travelled; empty
 *     when the report names nobody
 */
public record SourceChain(List<String> links) {
  /** Freezes the list and refuses blank links. */
  public SourceChain {
    links = List.copyOf(links);
    for (String l : links) {
      if (l.isBlank()) {
        throw new IllegalArgumentException("a source chain link must not be blank");
      }
    }
  }

  /** Nobody named. */
  public static final SourceChain UNNAMED = new SourceChain(List.of());

  /** The original source, or empty text when nobody is named. */
  public String original() {
    return links.isEmpty() ? "" : links.get(0);
  }

  /** This chain carried on by one more channel (a wire agency relaying a governor's post). */
  public SourceChain via(String channel) {
    if (links.contains(channel)) {
      return this;
    }
    java.util.ArrayList<String> l = new java.util.ArrayList<>(links);
    l.add(channel);
    return new SourceChain(l);
  }

  /** "original, via channel, via channel", as analysts cite it. */
  @Override
  public String toString() {
    return String.join(", via ", links);
  }
}
