package org.trucewatch.flink;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The Flink job sits on the pipeline (core, formats, the engine's stages) and beside the server and
 * the command line, never on them; the module-layers rule in {@code bench} cannot see this module.
 */
class FlinkLayerTest {
  @Test
  void jobDependsOnNeitherServerNorCommandLineNorBenchmarks() {
    JavaClasses classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.trucewatch.flink");
    noClasses().should().dependOnClassesThat()
        .resideInAnyPackage("org.trucewatch.server..", "org.trucewatch.cli..", "org.trucewatch.bench..", "org.trucewatch.scenario..")
        .check(classes);
  }
}
