package org.trucewatch.formats.agreement;

import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.trucewatch.core.agreement.Agreement;
import org.trucewatch.core.agreement.Party;
import org.trucewatch.core.agreement.Provision;

/**
 * Reads an agreement file (YAML, described in {@code docs/agreement-format.md}) into an
 * {@link Agreement}. The whole file is checked in one pass: every problem, in the file or in the
 * GeoJSON files it refers to, is reported together with its file, line, column and field.
 *
 * <p>Instances hold no state between calls and are safe to share between threads.
 */
public final class AgreementReader {
  private static final YAMLFactory YAML = YAMLFactory.builder().build();
  private static final Pattern PARTY_ID = Pattern.compile("[A-Z][A-Z0-9-]*");
  private static final List<String> TOP_KEYS = List.of("agreement", "parties", "provisions");

  /** Creates a reader. */
  public AgreementReader() {}

  /**
   * Reads the agreement file at {@code file}; files it refers to are looked up relative to its
   * folder.
   *
   * @throws AgreementFileException listing every problem found, when there is at least one
   */
  public Agreement read(Path file) throws AgreementFileException {
    String name = file.toString();
    String text;
    try {
      text = ReferencedFiles.readUtf8(file);
    } catch (NoSuchFileException e) {
      throw new AgreementFileException(List.of(new AgreementProblem(name, 0, 0, "", "the file does not exist")));
    } catch (IOException e) {
      throw new AgreementFileException(
          List.of(new AgreementProblem(name, 0, 0, "", "cannot read the file: " + ReferencedFiles.describe(e))));
    }
    Path parent = file.getParent();
    return read(name, text, parent == null ? Path.of("") : parent);
  }

  /**
   * Reads an agreement held in memory.
   *
   * @param name the name to give the file in problems
   * @param yaml the file's text
   * @param baseDir the folder that referenced files are resolved against
   * @throws AgreementFileException listing every problem found, when there is at least one
   */
  public Agreement read(String name, String yaml, Path baseDir) throws AgreementFileException {
    Problems problems = new Problems();
    String text = yaml.startsWith("\uFEFF") ? yaml.substring(1) : yaml;
    Optional<Agreement> agreement = LocatedTreeParser.parse(YAML, name, text, problems)
        .flatMap(root -> agreement(root, FieldPointer.root(name), baseDir, problems));
    if (!problems.isEmpty() || agreement.isEmpty()) {
      if (problems.isEmpty()) {
        // not expected: every path to an empty result records why
        problems.add(FieldPointer.root(name), 0, 0, "the agreement could not be read");
      }
      throw new AgreementFileException(problems.sorted());
    }
    return agreement.get();
  }

  private Optional<Agreement> agreement(LocatedNode root, FieldPointer at, Path baseDir, Problems problems) {
    Optional<MapFields> fields = MapFields.of(root, at, problems, "an agreement with keys agreement, parties, provisions");
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    MapFields f = fields.get();
    f.rejectUnknownKeys(TOP_KEYS);

    Optional<String> id = Optional.empty();
    Optional<String> title = Optional.empty();
    Optional<MapFields> header = f.mapping("agreement", true, "the agreement's id and title");
    if (header.isPresent()) {
      header.get().rejectUnknownKeys(List.of("id", "title"));
      id = header.get().matching("id", true, MapFields.ID, "a valid id (lower-case letters, digits and hyphens)");
      title = header.get().text("title", true);
    }

    SortedSet<String> partyIds = new TreeSet<>();
    Optional<List<Party>> parties = parties(f, partyIds);

    List<Provision> provisions = new ArrayList<>();
    Optional<LocatedList> provisionList = f.nonEmptyList("provisions", true);
    if (provisionList.isPresent()) {
      ProvisionReader reader = new ProvisionReader(problems, new ReferencedFiles(baseDir, problems), partyIds);
      List<LocatedNode> items = provisionList.get().items();
      for (int i = 0; i < items.size(); i++) {
        reader.read(items.get(i), at.key("provisions").index(i)).ifPresent(provisions::add);
      }
    }
    if (!problems.isEmpty() || id.isEmpty() || title.isEmpty() || parties.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new Agreement(id.get(), title.get(), parties.get(), provisions));
    } catch (IllegalArgumentException e) {
      problems.add(at, root, "cannot use this agreement: " + e.getMessage());
      return Optional.empty();
    }
  }

  /** The parties; their ids (even of parties with other faults) go into {@code ids}. */
  private Optional<List<Party>> parties(MapFields f, SortedSet<String> ids) {
    Optional<LocatedList> list = f.nonEmptyList("parties", true);
    if (list.isEmpty()) {
      return Optional.empty();
    }
    List<Party> out = new ArrayList<>();
    Map<String, Integer> lines = new HashMap<>();
    boolean ok = true;
    for (int i = 0; i < list.get().items().size(); i++) {
      FieldPointer at = f.at().key("parties").index(i);
      Optional<MapFields> party = MapFields.of(list.get().items().get(i), at, f.problems(), "a party {id, name}");
      if (party.isEmpty()) {
        ok = false;
        continue;
      }
      MapFields p = party.get();
      p.rejectUnknownKeys(List.of("id", "name"));
      Optional<String> rawId = p.text("id", true);
      rawId.ifPresent(ids::add);
      Optional<String> id = rawId.flatMap(t -> p.matching(t, p.value("id").orElseThrow(), at.key("id"), PARTY_ID,
          "a valid party id (upper-case letters, digits and hyphens, e.g. UA)"));
      Optional<String> name = p.text("name", true);
      if (id.isPresent()) {
        Integer first = lines.putIfAbsent(id.get(), p.value("id").orElseThrow().line());
        if (first != null) {
          p.problem("id", "party id '" + id.get() + "' appears twice (first on line " + first + ")");
          ok = false;
          continue;
        }
      }
      if (id.isEmpty() || name.isEmpty()) {
        ok = false;
        continue;
      }
      out.add(new Party(id.get(), name.get()));
    }
    return ok ? Optional.of(out) : Optional.empty();
  }
}
