package org.trucewatch.engine.mission;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.engine.ingest.LedgerFormats;
import org.trucewatch.engine.ingest.ActionRecord;
import org.trucewatch.formats.ObservationReader;
import org.trucewatch.formats.ReadResult;
import org.trucewatch.formats.Reject;
import org.trucewatch.formats.cloud.CloudCoverCsv;
import org.trucewatch.formats.cloud.CloudCoverCsvReader;
import org.trucewatch.formats.fusion.FusionFileException;
import org.trucewatch.formats.fusion.FusionYamlReader;
import org.trucewatch.formats.sources.SourcesReadResult;
import org.trucewatch.formats.sources.SourcesYamlReader;

/**
 * Reads one ledger entry (or one input record carrying an entry's name, format and bytes) by its
 * format. The only place that knows what each entry format means: the ledger's fold ({@link
 * MissionFold}) and the Flink job's read stage both read entries through it. Not thread-safe (the
 * readers it holds are reused).
 */
public final class LedgerEntryReader {
  /** The format code of a sources file. */
  public static final String SOURCES = "sources-yaml";

  private final Map<String, ObservationReader> readers = ObservationReaders.all();
  private final SourcesYamlReader sourcesReader = new SourcesYamlReader();

  /**
   * Reads an entry of an observation format as {@link #read} does, handing each observation to
   * {@code each} in input order instead of holding them (a long FIRMS file a batch of rows at a
   * time); returns its rejects, or empty, reading nothing, when {@code format} is not an
   * observation format.
   */
  public Optional<List<Reject>> readObservations(String name, String format, String sha256, byte[] raw,
      Consumer<Observation> each) {
    ObservationReader reader = readers.get(format);
    return reader == null ? Optional.empty() : Optional.of(reader.read(name, sha256, raw, each));
  }

  /**
   * Reads an entry's bytes.
   *
   * @param seq the ledger entry, named in rejects of the entry as a whole; 0 for a record not
   *     (yet) in a ledger
   * @param name the name it came in under
   * @param format its format code
   * @param sha256 SHA-256 (hex) of {@code raw}
   * @param raw its bytes
   */
  public EntryContent read(long seq, String name, String format, String sha256, byte[] raw) {
    String where = seq > 0 ? "ledger entry " + seq : "format '" + format + "'";
    switch (format) {
      case LedgerFormats.AGREEMENT:
        return new EntryContent.AgreementText(
            new LedgerAgreement(seq, name, sha256, new String(raw, StandardCharsets.UTF_8)));
      case LedgerFormats.CLOUD_COVER: {
        CloudCoverCsv read = new CloudCoverCsvReader().read(name, raw);
        return new EntryContent.Clouds(read.cover(), read.rejects());
      }
      case LedgerFormats.FUSION:
        try {
          return new EntryContent.Fusion(name, sha256, Optional.of(new FusionYamlReader().read(name, raw)), List.of());
        } catch (FusionFileException bad) {
          // a bad file changes nothing: each problem is a reject
          return new EntryContent.Fusion(name, sha256, Optional.empty(),
              bad.problems().stream().map(p -> new Reject(name, 0, "", p)).toList());
        }
      case LedgerFormats.SITE_BASELINE: {
        org.trucewatch.formats.firms.FireTable table = new org.trucewatch.formats.firms.FireTableReader().read(name, raw);
        return new EntryContent.SiteBaseline(table.rows(), table.rejects());
      }
      case LedgerFormats.INGEST_REFUSAL:
        return new EntryContent.Unusable(List.of(LedgerFormats.refusalReject(name, raw)));
      case ActionRecord.FORMAT:
        try {
          return new EntryContent.Action(Optional.of(ActionRecord.fromBytes(raw)), List.of());
        } catch (IllegalArgumentException bad) {
          return new EntryContent.Action(Optional.empty(), List.of(new Reject(name, 0, "", where + ": " + bad.getMessage())));
        }
      case SOURCES: {
        SourcesReadResult r = sourcesReader.read(name, raw);
        return new EntryContent.Sources(r.sources(), r.rejects());
      }
      default: {
        ObservationReader reader = readers.get(format);
        if (reader == null) {
          String what = seq > 0 ? where + " has format '" + format + "'" : where;
          return new EntryContent.Unusable(List.of(new Reject(name, 0, "", what + ", which this version cannot read")));
        }
        ReadResult r = reader.read(name, sha256, raw);
        return new EntryContent.Observations(r.observations(), r.rejects());
      }
    }
  }
}
