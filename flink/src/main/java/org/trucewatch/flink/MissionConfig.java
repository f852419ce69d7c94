package org.trucewatch.flink;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.trucewatch.core.agreement.Agreement;
import org.trucewatch.core.enrich.ProvisionMatcher;
import org.trucewatch.core.fuse.FusionParameters;
import org.trucewatch.core.source.Source;
import org.trucewatch.core.source.SourceDirectory;
import org.trucewatch.engine.Pipeline;
import org.trucewatch.formats.agreement.AgreementFileException;
import org.trucewatch.formats.agreement.AgreementReader;
import org.trucewatch.formats.firms.FirmsSources;

/**
 * The agreement a job checks against, carried in the job graph as the file's bytes and read on
 * each task, so that every task parses the very file the job was started with. Files the agreement
 * references are read from the agreement's folder, which every TaskManager must see.
 */
public final class MissionConfig implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String agreementName;
  private final byte[] agreementYaml;
  private final String baseDir;
  private transient Agreement agreement;

  private MissionConfig(String agreementName, byte[] agreementYaml, String baseDir) {
    this.agreementName = agreementName;
    this.agreementYaml = agreementYaml;
    this.baseDir = baseDir;
  }

  /**
   * Reads and checks the agreement file.
   *
   * @throws AgreementFileException naming each problem of the file
   */
  public static MissionConfig of(Path agreementFile) throws IOException, AgreementFileException {
    Path dir = agreementFile.toAbsolutePath().getParent();
    MissionConfig c = new MissionConfig(agreementFile.getFileName().toString(), Files.readAllBytes(agreementFile), dir.toString());
    c.agreement = new AgreementReader().read(agreementFile);
    return c;
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
    return new Pipeline(agreement(), sources(declared), FusionParameters.DEFAULT);
  }

  /** FIRMS's sources and these declared ones, as the pipeline grades them. */
  public SourceDirectory sources(List<Source> declared) {
    List<Source> sources = new ArrayList<>(FirmsSources.defaults());
    sources.addAll(declared);
    return new SourceDirectory(sources);
  }
}
