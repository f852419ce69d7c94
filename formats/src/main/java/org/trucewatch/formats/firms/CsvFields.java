package org.trucewatch.formats.firms;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one CSV line (RFC 4180 quoting: {@code "a,b"}, {@code ""} for a quote) into fields.
 *
 * <p>Records are taken to be single lines: no FIRMS field ever holds a line break, and treating
 * an unclosed quote as the end of its line keeps one damaged row from swallowing the rest of the
 * file.
 */
final class CsvFields {
  private CsvFields() {}

  /** Why a line could not be split. */
  static final class MalformedLine extends Exception {
    private static final long serialVersionUID = 1L;

    MalformedLine(String message) {
      super(message, null, false, false);
    }
  }

  /** The fields of {@code line}, which holds no line terminator. */
  static String[] split(String line) throws MalformedLine {
    if (line.indexOf('"') < 0) {
      return splitPlain(line);
    }
    List<String> out = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    int n = line.length();
    while (true) {
      field.setLength(0);
      if (i < n && line.charAt(i) == '"') {
        i++;
        boolean closed = false;
        while (i < n) {
          char c = line.charAt(i++);
          if (c == '"') {
            if (i < n && line.charAt(i) == '"') {
              field.append('"');
              i++;
            } else {
              closed = true;
              break;
            }
          } else {
            field.append(c);
          }
        }
        if (!closed) {
          throw new MalformedLine("unclosed quote in field " + (out.size() + 1));
        }
        if (i < n && line.charAt(i) != ',') {
          throw new MalformedLine("text after the closing quote of field " + (out.size() + 1));
        }
      } else {
        while (i < n && line.charAt(i) != ',') {
          char c = line.charAt(i++);
          if (c == '"') {
            throw new MalformedLine("quote inside unquoted field " + (out.size() + 1));
          }
          field.append(c);
        }
      }
      out.add(field.toString());
      if (i >= n) {
        return out.toArray(new String[0]);
      }
      i++; // the comma
    }
  }

  private static String[] splitPlain(String line) {
    int count = 1;
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) == ',') {
        count++;
      }
    }
    String[] out = new String[count];
    int start = 0;
    for (int f = 0; f < count; f++) {
      int end = line.indexOf(',', start);
      if (end < 0) {
        end = line.length();
      }
      out[f] = line.substring(start, end);
      start = end + 1;
    }
    return out;
  }
}
