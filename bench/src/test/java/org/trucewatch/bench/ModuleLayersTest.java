package org.trucewatch.bench;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The modules depend one way: core, then formats, then the ledger, then the report, the scenario
 * and the engine, then the server, then the command line, with the benchmarks on top. Maven
 * refuses circles between modules but not a new dependency the wrong way (the report on the
 * engine, the scenario on the ledger): this test does. It lives here because the benchmarks see
 * every module but the Flink job (whose own tests check it).
 */
class ModuleLayersTest {
  @Test
  void modulesDependOneWay() {
    JavaClasses classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.trucewatch");
    layeredArchitecture().consideringOnlyDependenciesInLayers()
        .layer("core").definedBy("org.trucewatch.core..")
        .layer("formats").definedBy("org.trucewatch.formats..")
        .layer("ledger").definedBy("org.trucewatch.ledger..")
        .layer("report").definedBy("org.trucewatch.report..")
        .layer("scenario").definedBy("org.trucewatch.scenario..")
        .layer("engine").definedBy("org.trucewatch.engine..")
        .layer("server").definedBy("org.trucewatch.server..")
        .layer("cli").definedBy("org.trucewatch.cli..")
        .layer("bench").definedBy("org.trucewatch.bench..")
        .whereLayer("core").mayNotAccessAnyLayer()
        .whereLayer("formats").mayOnlyAccessLayers("core")
        .whereLayer("ledger").mayOnlyAccessLayers("core", "formats")
        .whereLayer("report").mayOnlyAccessLayers("core", "formats")
        .whereLayer("scenario").mayOnlyAccessLayers("core", "formats")
        .whereLayer("engine").mayOnlyAccessLayers("core", "formats", "ledger", "report")
        .whereLayer("server").mayOnlyAccessLayers("core", "formats", "ledger", "report", "engine")
        .whereLayer("cli").mayOnlyAccessLayers("core", "formats", "ledger", "report", "scenario", "engine", "server")
        .whereLayer("bench").mayOnlyAccessLayers("core", "formats", "ledger", "report", "scenario", "engine", "server")
        .check(classes);
  }
}
