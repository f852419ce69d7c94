package org.trucewatch.core;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What the docs promise of {@code core}: the domain and the pipeline's pure operators, with no
 * I/O, no framework and no clock, so that the same inputs give the same findings wherever they run.
 */
class CoreBoundariesTest {
  private static final JavaClasses CORE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.trucewatch.core");

  // an exception type is not I/O: H3 reports a failure to load its native library as IOException
  private static final Set<String> IO_TYPES_ALLOWED =
      Set.of(IOException.class.getName(), UncheckedIOException.class.getName(), Serializable.class.getName());

  @Test
  void readsAndWritesNoFileStreamOrNetwork() {
    noClasses().should().dependOnClassesThat(describe("are java.io streams, readers or files",
            (JavaClass c) -> c.getPackageName().equals("java.io") && !IO_TYPES_ALLOWED.contains(c.getName())))
        .orShould().dependOnClassesThat().resideInAnyPackage("java.nio.file..", "java.nio.channels..", "java.net..", "java.sql..")
        .because("core has no I/O: the engine, the server and the Flink job read and write for it")
        .check(CORE);
  }

  @Test
  void usesNoFramework() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage(
            "com.fasterxml.jackson..", "io.javalin..", "picocli..", "org.apache.flink..", "org.apache.kafka..",
            "org.xerial..", "org.sqlite..", "org.postgresql..", "com.zaxxer..", "org.flywaydb..", "org.slf4j..",
            "io.micrometer..")
        .because("core is the domain alone; formats, frameworks and drivers live in the modules above it")
        .check(CORE);
  }

  @Test
  void readsNoClock() {
    noClasses().should().callMethodWhere(describe("read the wall clock", CoreBoundariesTest::readsClock))
        .because("a finding's times come from its inputs, never from when it was computed")
        .check(CORE);
  }

  private static boolean readsClock(JavaMethodCall call) {
    String owner = call.getTargetOwner().getName();
    String name = call.getName();
    if (owner.equals(System.class.getName())) {
      return name.equals("currentTimeMillis") || name.equals("nanoTime");
    }
    if (owner.equals(java.time.Clock.class.getName())) {
      return name.startsWith("system");
    }
    return owner.startsWith("java.time.") && name.equals("now");
  }
}
