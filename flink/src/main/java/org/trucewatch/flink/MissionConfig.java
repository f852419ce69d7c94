package org.trucewatch.flink;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.trucewatch.core.agreement.Agreement;
import org.trucewatch.core.enrich.ProvisionMatcher;
import org.trucewatch.core.fuse.FusionParameters;
import org.trucewatch.core.source.Source;
import org.trucewatch.core.source.SourceDirectory;
import org.trucewatch.engine.Pipeline;
import org.trucewatch.engine.ingest.LedgerFormats;
import org.trucewatch.engine.mission.Mission;
import org.trucewatch.engine.mission.MissionFold;
import org.trucewatch.engine.run.ReplayRun;
import org.trucewatch.formats.agreement.AgreementFileException;
import org.trucewatch.formats.agreement.AgreementReader;
import org.trucewatch.formats.firms.FirmsSources;
import org.trucewatch.formats.fusion.FusionFileException;
import org.trucewatch.formats.fusion.FusionYamlReader;

/**
 * The agreement a job checks against and the fusion file it fuses by, carried in the job graph as
 * the files' bytes and read on each task, so that every task parses the very files the job was
 * started with. The fusion file is read as the ledger's entry {@code fusion/NAME} is, through the
 * same fold as every other runner ({@link MissionFold}). Files the agreement references are read
 * from the agreement's folder, which every TaskManager must see.
 */
public final class MissionConfig implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String agreementName;
  private final byte[] agreementYaml;
  private final String baseDir;
  private final String fusionName;
  private final byte[] fusionYaml;
  private transient Agreement agreement;
  private transient Mission mission;

  private MissionConfig(String agreementName, byte[] agreementYaml, String baseDir, String fusionName, byte[] fusionYaml) {
    this.agreementName = agreementName;
    this.agreementYaml = agreementYaml;
    this.baseDir = baseDir;
    this.fusionName = fusionName;
    this.fusionYaml = fusionYaml;
  }

  /**
   * Reads and checks the agreement file; fuses by the defaults.
   *
   * @throws AgreementFileException naming each problem of the file
   */
  public static MissionConfig of(Path agreementFile) throws IOException, AgreementFileException {
    try {
      return of(agreementFile, Optional.empty());
    } catch (FusionFileException e) {
      throw new IllegalStateException("no fusion file was given", e);
    }
  }

  /**
   * Reads and checks the agreement file and the fusion file, if one is given.
   *
   * @throws AgreementFileException naming each problem of the agreement
   * @throws FusionFileException naming the fusion file, line and field of each of its problems: the
   *     job refuses to start on it
   */
  public static MissionConfig of(Path agreementFile, Optional<Path> fusionFile)
      throws IOException, AgreementFileException, FusionFileException {
    Path dir = agreementFile.toAbsolutePath().getParent();
    String fusionName = null;
    byte[] fusionYaml = null;
    if (fusionFile.isPresent()) {
      fusionYaml = Files.readAllBytes(fusionFile.get());
      fusionName = fusionFile.get().getFileName().toString();
      // checked before the job is built, as `run --fusion` checks it before storing it
      new FusionYamlReader().read(fusionName, fusionYaml);
    }
    MissionConfig c = new MissionConfig(agreementFile.getFileName().toString(), Files.readAllBytes(agreementFile),
        dir.toString(), fusionName, fusionYaml);
    c.agreement = new AgreementReader().read(agreementFile);
    return c;
  }

  /** The ledger's name for the fusion file, {@code fusion/NAME}, as {@code run --fusion} stores it; empty without one. */
  public Optional<String> fusionEntry() {
    return mission().fusionEntry();
  }

  /** The fusion parameters in force: the fusion file's, else the defaults. */
  public FusionParameters fusion() {
    return mission().fusion();
  }

  /** The mission the job's files make, folded as a ledger holding them would be. */
  private Mission mission() {
    if (mission == null) {
      MissionFold fold = new MissionFold();
      if (fusionYaml != null) {
        fold.read(0, ReplayRun.FUSION_ENTRY_PREFIX + fusionName, LedgerFormats.FUSION, ReadInputs.sha256(fusionYaml),
            fusionYaml);
      }
      mission = fold.mission();
      if (!mission.rejects().isEmpty()) {
        throw new IllegalStateException(fusionName + " was checked when the job was built: " + mission.rejects());
      }
    }
    return mission;
  }

  /** The agreement. */
  public Agreement agreement() {
    if (agreement == null) {
      try {
        agreement = new AgreementReader().read(agreementName,
            new String(agreementYaml, java.nio.charset.StandardCharsets.UTF_8), Path.of(baseDir));
      } catch (AgreementFileException e) {
        throw new IllegalStateException(agreementName + " was checked when the job was built: " + e.getMessage(), e);
      }
    }
    return agreement;
  }

  /** The enrich stage's matcher for this agreement; sources do not matter to it. */
  public ProvisionMatcher matcher() {
    return pipeline(List.of()).matcher();
  }

  /** The engine's pipeline for this agreement with these declared sources besides FIRMS's. */
  public Pipeline pipeline(List<Source> declared) {
    return new Pipeline(agreement(), sources(declared), fusion());
  }

  /** FIRMS's sources and these declared ones, as the pipeline grades them. */
  public SourceDirectory sources(List<Source> declared) {
    List<Source> sources = new ArrayList<>(FirmsSources.defaults());
    sources.addAll(declared);
    return new SourceDirectory(sources);
  }
}
