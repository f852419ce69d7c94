package org.trucewatch.formats.agreement;

import java.util.Objects;

/**
 * Where in which file a value sits: the file's name and the path of keys and indexes leading to
 * the value, e.g. {@code provisions[2].sites[5].radius_m}.
 *
 * @param file the file's name as shown in problems
 * @param path dotted path, indexes in brackets counting from 0; empty at the document's root
 */
record FieldPointer(String file, String path) {
  /** Checks the fields. */
  FieldPointer {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(path, "path");
  }

  /** The root of {@code file}. */
  static FieldPointer root(String file) {
    return new FieldPointer(file, "");
  }

  /** The value under {@code key} of the mapping here. */
  FieldPointer key(String key) {
    return new FieldPointer(file, path.isEmpty() ? key : path + "." + key);
  }

  /** The {@code index}-th item (from 0) of the list here. */
  FieldPointer index(int index) {
    return new FieldPointer(file, path + "[" + index + "]");
  }
}
