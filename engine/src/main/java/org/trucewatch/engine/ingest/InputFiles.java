package org.trucewatch.engine.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Expands the paths given on the command line into input files, folders recursively, sorted. */
public final class InputFiles {
  private InputFiles() {}

  /**
   * The files under these paths: a file as itself, a folder as every regular file below it
   * (hidden files skipped), in name order within each path.
   *
   * @throws NoSuchFileException naming the first path that does not exist
   */
  public static List<InputFile> expand(List<Path> paths) throws IOException {
    List<InputFile> out = new ArrayList<>();
    for (Path p : paths) {
      if (!Files.exists(p)) {
        throw new NoSuchFileException(p.toString(), null, "input not found");
      }
      if (Files.isDirectory(p)) {
        Path root = p.toAbsolutePath().normalize();
        String prefix = root.getFileName() == null ? "" : root.getFileName() + "/";
        try (Stream<Path> walk = Files.walk(root)) {
          List<Path> files =
              walk.filter(Files::isRegularFile)
                  .filter(f -> !root.relativize(f).toString().startsWith(".") && !f.getFileName().toString().startsWith("."))
                  .sorted()
                  .toList();
          for (Path f : files) {
            out.add(new InputFile(f, prefix + root.relativize(f).toString().replace('\\', '/')));
          }
        } catch (UncheckedIOException e) {
          throw e.getCause();
        }
      } else {
        out.add(new InputFile(p, p.getFileName().toString()));
      }
    }
    return out;
  }
}
