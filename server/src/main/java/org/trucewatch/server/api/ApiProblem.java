package org.trucewatch.server.api;

import java.util.List;
import java.util.Map;

/**
 * A request the server refuses, with the HTTP status and the field at fault; rendered as {@code
 * {"error": ..., "field": ..., "problems": [...]}}.
 */
public final class ApiProblem extends RuntimeException {
  private final int status;
  private final String field;
  private final List<Map<String, Object>> problems;

  /** A refusal about one field ({@code ""} when it is the request as a whole). */
  public ApiProblem(int status, String field, String message) {
    this(status, field, message, List.of());
  }

  /** A refusal listing several problems, each with its own line and field. */
  public ApiProblem(int status, String field, String message, List<Map<String, Object>> problems) {
    super(message);
    this.status = status;
    this.field = field;
    this.problems = List.copyOf(problems);
  }

  /** The HTTP status. */
  public int status() {
    return status;
  }

  /** The field at fault, {@code ""} when none. */
  public String field() {
    return field;
  }

  /** The problems listed, each a map with {@code line}, {@code field}, {@code reason}. */
  public List<Map<String, Object>> problems() {
    return problems;
  }
}
