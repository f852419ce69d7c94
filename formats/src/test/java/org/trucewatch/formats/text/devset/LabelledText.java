package org.trucewatch.formats.text.devset;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.trucewatch.formats.text.Language;

/**
 * One text of the ground development set with its hand labels (see {@code ground-devset/SOURCES.md}).
 *
 * @param id stable id, e.g. {@code uk-007}
 * @param language the language it is written in
 * @param url where it was published
 * @param title its headline, not given to the extractor
 * @param published the publication date, when the source shows it
 * @param text the excerpt: the sentences that carry the incident
 * @param places every settlement the text names as where an incident happened
 * @param killed people killed, empty where the text does not say
 * @param injured people injured, empty where the text does not say
 * @param children minors among the killed and injured, empty where the text does not say
 * @param means the means the text names, in the project's vocabulary
 */
public record LabelledText(
    String id,
    Language language,
    String url,
    String title,
    Optional<LocalDate> published,
    String text,
    List<LabelledPlace> places,
    OptionalInt killed,
    OptionalInt injured,
    OptionalInt children,
    Set<String> means) {
  /** Checks the fields and freezes the collections. */
  public LabelledText {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(text, "text");
    places = List.copyOf(places);
    means = Set.copyOf(means);
  }

  /** The parts of the set, in the order they are reported. */
  public static final List<String> PARTS = List.of("tuning", "held-out", "fresh", "blind", "blind-2", "blind-3", "blind-4", "blind-5", "blind-6", "blind-7", "blind-8", "blind-9", "blind-10", "blind-11", "blind-12", "blind-13", "blind-14");

  /**
   * The part of notes written by us in ACLED's conventions about incidents of the set ({@code
   * ground-notes/README.md}): scored apart and never counted in the figures of the real texts.
   */
  public static final String NOTES = "notes";

  /** The part each letter opening a text's number puts it in ({@code uk-s01}: the tenth blind part); see {@link #part}. */
  private static final Map<Character, String> PART_OF_LETTER = Map.ofEntries(Map.entry('y', "blind-14"), Map.entry('x', "blind-13"), Map.entry('v', "blind-12"), Map.entry('t', "blind-11"), Map.entry('s', "blind-10"), Map.entry('q', "blind-9"), Map.entry('l', "blind-8"), Map.entry('k', "blind-7"),
      Map.entry('j', "blind-6"), Map.entry('f', "blind-5"), Map.entry('e', "blind-4"), Map.entry('d', "blind-3"),
      Map.entry('c', "blind-2"), Map.entry('b', "blind"), Map.entry('g', "fresh"), Map.entry('h', "held-out"),
      Map.entry('n', NOTES), Map.entry('m', NOTES), Map.entry('p', NOTES), Map.entry('r', NOTES), Map.entry('u', NOTES),
      Map.entry('w', NOTES), Map.entry('z', NOTES));

  /**
   * Whether the text is kept out of tuning (scored, never read while tuning): the held-out part,
   * the fresh part or one of the fourteen blind parts, see {@link #part}.
   */
  public boolean heldOut() {
    return !part().equals("tuning");
  }

  /**
   * The name of the part the text is in. {@code held-out}: every fifth text of each language by its
   * number ({@code uk-005}, {@code uk-010}, ...), fixed before the extractor was tuned on the rest,
   * and every text added after that split, whose number carries an {@code h} ({@code uk-h01}).
   * {@code fresh}: texts added in the third round before it changed the extractor, whose number
   * carries a {@code g} ({@code uk-g01}), scored apart so that they stay unseen by every round
   * before them. {@code blind}: texts added in the fifth round, labelled from the text alone and
   * never run through the extractor by the annotator, whose number carries a {@code b} ({@code
   * uk-b01}); no round tunes on them, not even by reading their figures. {@code blind-2}: texts
   * added in the sixth round the same way, while other rounds tuned on every earlier text (the blind
   * part included), whose number carries a {@code c} ({@code uk-c01}). {@code blind-3}: texts added
   * in the eighth round the same way, while other rounds tuned on every earlier text (both blind parts
   * included), whose number carries a {@code d} ({@code uk-d01}). {@code blind-4}: texts added in
   * the ninth round the same way, while other rounds tuned on every earlier text (all three blind
   * parts included), whose number carries an {@code e} ({@code uk-e01}). {@code blind-5}: texts
   * added in the tenth round the same way, while other rounds tuned on every earlier text (all four
   * blind parts included), whose number carries an {@code f} ({@code uk-f01}). {@code blind-6}: texts
   * added in the eleventh round the same way, while other rounds tuned on every earlier text (all
   * five blind parts included), whose number carries a {@code j} ({@code uk-j01}). {@code blind-7}:
   * texts added in the twelfth round the same way, while other rounds tuned on every earlier text (all
   * six blind parts included), whose number carries a {@code k} ({@code uk-k01}). {@code blind-8}:
   * texts added in the thirteenth round the same way, whose number carries an {@code l} ({@code
   * uk-l01}). {@code blind-9}: texts added in the fourteenth round the same way, whose number
   * carries a {@code q} ({@code uk-q01}; not {@code m}, {@code n}, {@code p}, {@code r} or {@code u}, which are notes).
   * {@code blind-10}: texts added in the fifteenth round the same way, whose number carries an
   * {@code s} ({@code uk-s01}). {@code blind-11}: texts added in the sixteenth round the same way,
   * whose number carries a {@code t} ({@code uk-t01}). {@code blind-12}: texts added in the seventeenth
   * round the same way, whose number carries a {@code v} ({@code uk-v01}). {@code blind-13}: texts added in the eighteenth
   * round the same way, whose number carries an {@code x} ({@code uk-x01}). {@code blind-14}: texts added in the
   * nineteenth round the same way, whose number carries a {@code y} ({@code uk-y01}). {@code notes}: event notes of our
   * own in ACLED's conventions, whose number carries an {@code n} ({@code en-n01}), see {@link
   * #NOTES}; ids with {@code m} ({@code en-m01}): the blind notes of {@code ground-notes-blind},
   * scored apart from the first notes; ids with {@code p} ({@code en-p01}): the second blind notes,
   * of {@code ground-notes-blind-2}, scored apart; ids with {@code r} ({@code en-r01}): the third
   * blind notes, of {@code ground-notes-blind-3}, scored apart; ids with {@code u} ({@code en-u01}):
   * the fourth blind notes, of {@code ground-notes-blind-4}, scored apart; ids with {@code w} ({@code
   * en-w01}): the fifth blind notes, of {@code ground-notes-blind-5}, scored apart; ids with {@code z}
   * ({@code en-z01}): the sixth blind notes, of {@code ground-notes-blind-6}, scored apart. {@code
   * tuning}: the rest.
   */
  public String part() {
    String number = id.substring(id.indexOf('-') + 1);
    String lettered = number.isEmpty() ? null : PART_OF_LETTER.get(number.charAt(0));
    if (lettered != null) {
      return lettered;
    }
    boolean fifth = number.chars().allMatch(Character::isDigit) && !number.isEmpty() && Integer.parseInt(number) % 5 == 0;
    return fifth ? "held-out" : "tuning";
  }

  /**
   * A labelled place: a GeoNames populated place.
   *
   * @param name the name as labelled (the text may inflect it)
   * @param geonameId its GeoNames id
   * @param lat latitude, degrees
   * @param lon longitude, degrees
   */
  public record LabelledPlace(String name, long geonameId, double lat, double lon) {}
}
