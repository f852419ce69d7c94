package org.trucewatch.flink;

import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The job's parameters, from its command line: {@code --kafka HOST:PORT --agreement FILE} and
 * optionally {@code --fusion FILE --lateness PT6H --assess-every PT1H --checkpoint-every PT30S
 * --bounded --group-id ID --transactional-id-prefix P --postgres JDBC-URL}.
 *
 * @param kafka Kafka bootstrap servers
 * @param agreement the agreement file
 * @param lateness how far event time may run behind the latest seen before an assessment is made
 * @param assessEvery the event-time interval between assessments
 * @param checkpointEvery the checkpoint interval (Kafka transactions commit at checkpoints)
 * @param bounded read the input topics up to their current end, then finish (replays, tests)
 * @param groupId the Kafka consumer group
 * @param transactionalIdPrefix the prefix of the Kafka sink's transactional ids, unique per job
 * @param postgres a PostgreSQL JDBC URL to write findings and incidents to as well
 * @param fusion a fusion file to fuse by ({@code docs/fusion.md}), as {@code run --fusion} stores it
 *     in the ledger; empty for the defaults
 */
public record JobParameters(
    String kafka,
    Path agreement,
    Duration lateness,
    Duration assessEvery,
    Duration checkpointEvery,
    boolean bounded,
    String groupId,
    String transactionalIdPrefix,
    Optional<String> postgres,
    Optional<Path> fusion) {

  /** The usage line. */
  public static final String USAGE = "usage: --kafka HOST:PORT --agreement FILE [--fusion FILE] [--lateness PT6H] [--assess-every PT1H]"
      + " [--checkpoint-every PT30S] [--bounded] [--group-id trucewatch] [--transactional-id-prefix trucewatch]"
      + " [--postgres JDBC-URL]";

  /**
   * Reads the arguments.
   *
   * @throws IllegalArgumentException naming the argument that is missing or wrong
   */
  public static JobParameters parse(String... args) {
    String kafka = null;
    Path agreement = null;
    Duration lateness = Duration.ofHours(6);
    Duration assessEvery = Duration.ofHours(1);
    Duration checkpointEvery = Duration.ofSeconds(30);
    boolean bounded = false;
    String groupId = "trucewatch";
    String prefix = "trucewatch";
    Optional<String> postgres = Optional.empty();
    Optional<Path> fusion = Optional.empty();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--bounded")) {
        bounded = true;
        continue;
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(a + ": missing value; " + USAGE);
      }
      String v = args[++i];
      switch (a) {
        case "--kafka" -> kafka = v;
        case "--agreement" -> agreement = Path.of(v);
        case "--fusion" -> fusion = Optional.of(Path.of(v));
        case "--lateness" -> lateness = duration(a, v);
        case "--assess-every" -> assessEvery = duration(a, v);
        case "--checkpoint-every" -> checkpointEvery = duration(a, v);
        case "--group-id" -> groupId = v;
        case "--transactional-id-prefix" -> prefix = v;
        case "--postgres" -> postgres = Optional.of(v);
        default -> throw new IllegalArgumentException("unknown argument " + a + "; " + USAGE);
      }
    }
    if (kafka == null || agreement == null) {
      throw new IllegalArgumentException((kafka == null ? "--kafka" : "--agreement") + " is required; " + USAGE);
    }
    return new JobParameters(kafka, agreement, lateness, assessEvery, checkpointEvery, bounded, groupId, prefix, postgres, fusion);
  }

  private static Duration duration(String name, String v) {
    try {
      Duration d = Duration.parse(v);
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + ": must be positive, not " + v);
      }
      return d;
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(name + ": an ISO-8601 duration such as PT6H, not '" + v + "'");
    }
  }
}
