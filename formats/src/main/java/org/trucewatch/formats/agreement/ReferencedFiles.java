package org.trucewatch.formats.agreement;

import com.fasterxml.jackson.core.JsonFactory;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Loads GeoJSON files an agreement file refers to ({@code {file: ...}}, {@code sites_file}),
 * resolved against the agreement file's folder, into located trees whose problems name the
 * referenced file.
 */
final class ReferencedFiles {
  private static final JsonFactory JSON = new JsonFactory();

  private final Path baseDir;
  private final Problems problems;

  /**
   * A referenced file's parsed content.
   *
   * @param root the document's root
   * @param at the root's pointer: the referenced file's name and an empty path
   */
  record Loaded(LocatedNode root, FieldPointer at) {}

  ReferencedFiles(Path baseDir, Problems problems) {
    this.baseDir = baseDir;
    this.problems = problems;
  }

  /**
   * Loads the file named by {@code refNode}.
   *
   * @param refNode the value naming the file, for problems with the reference itself
   * @param refAt where that value sits in the agreement file
   */
  Optional<Loaded> load(LocatedNode refNode, FieldPointer refAt) {
    Optional<String> ref = MapFields.text(refNode, refAt, problems);
    if (ref.isEmpty()) {
      return Optional.empty();
    }
    Path relative;
    try {
      relative = Path.of(ref.get());
    } catch (RuntimeException e) {
      problems.add(refAt, refNode, "'" + ref.get() + "' is not a usable file path: " + e.getMessage());
      return Optional.empty();
    }
    if (relative.isAbsolute()) {
      problems.add(refAt, refNode, "'" + ref.get() + "' must be a path relative to the agreement file's folder");
      return Optional.empty();
    }
    Path resolved = baseDir.resolve(relative).normalize();
    String shown = resolved.toString();
    String text;
    try {
      text = readUtf8(resolved);
    } catch (NoSuchFileException e) {
      problems.add(refAt, refNode, "referenced file '" + ref.get() + "' does not exist (looked for " + shown + ")");
      return Optional.empty();
    } catch (IOException e) {
      problems.add(refAt, refNode, "cannot read referenced file '" + ref.get() + "' (" + shown + "): " + describe(e));
      return Optional.empty();
    }
    return LocatedTreeParser.parse(JSON, shown, text, problems)
        .map(root -> new Loaded(root, FieldPointer.root(shown)));
  }

  /** The file's text, which must be UTF-8; a leading byte order mark is dropped. */
  static String readUtf8(Path file) throws IOException {
    if (Files.isDirectory(file)) {
      throw new IOException("it is a folder, not a file");
    }
    byte[] bytes = Files.readAllBytes(file);
    String text = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** A short reason for an I/O failure. */
  static String describe(IOException e) {
    if (e instanceof CharacterCodingException) {
      return "not valid UTF-8 text";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
