package org.trucewatch.ledger;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The packages of the ledger module depend on each other one way. */
class PackageCyclesTest {
  @Test
  void packagesDependOnEachOtherWithoutCircles() {
    // this module's compiled classes alone (Surefire runs in the module's folder)
    JavaClasses classes = new ClassFileImporter().importPath(Path.of("target", "classes"));
    // every package is its own slice, the module's root package included
    slices().matching("org.trucewatch.(**)").should().beFreeOfCycles().check(classes);
  }
}
