package org.strait;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.strait.cli.Main;
import org.strait.core.Dyad;
import org.strait.ingest.EventReader;
import org.strait.model.Model;
import org.strait.scenario.ScenarioReader;

/**
 * The arrows of the house style, checked on the compiled main classes of every module strait-app is built from
 * (core, data, model, scenario, app: the folders or jars their classes were loaded from): the adapters reach the
 * store and the charts only through {@code org.strait.app} and {@code org.strait.store}, the model and core know no
 * I/O framework, Javalin stays in {@code org.strait.web}, and no package depends on itself through others.
 */
class ArchitectureTest {
  /** The I/O frameworks and drivers: HTTP, JSON/YAML, the store's driver, the command line, charts and JDBC. */
  static final String[] IO = {"io.javalin..", "com.fasterxml.jackson..", "org.duckdb..", "picocli..",
      "org.knowm.xchart..", "java.sql.."};

  static JavaClasses classes;

  @BeforeAll
  static void importClasses() throws URISyntaxException, IOException {
    List<Location> modules = new ArrayList<>();
    List<JarFile> jars = new ArrayList<>();
    try {
      for (Class<?> c : List.of(Dyad.class, EventReader.class, Model.class, ScenarioReader.class, Main.class)) {
        Path where = Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
        // A module of the reactor is a folder of classes under `mvn test` and its jar under `mvn verify`.
        if (Files.isRegularFile(where)) {
          JarFile jar = new JarFile(where.toFile());
          jars.add(jar);
          modules.add(Location.of(jar));
        } else {
          modules.add(Location.of(where));
        }
      }
      classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importLocations(modules);
    } finally {
      for (JarFile jar : jars) {
        jar.close();
      }
    }
  }

  @Test
  void imported_everyModuleOfTheApp() {
    assertThat(classes.contain("org.strait.cli.Main")).isTrue();
    assertThat(classes.contain("org.strait.web.WebServer")).isTrue();
    assertThat(classes.contain("org.strait.core.Dyad")).isTrue();
    assertThat(classes.contain("org.strait.model.Model")).isTrue();
    assertThat(classes.contain("org.strait.ingest.EventReader")).isTrue();
    assertThat(classes.contain("org.strait.scenario.ScenarioReader")).isTrue();
    assertThat(classes.contain("org.strait.ArchitectureTest")).isFalse();
  }

  @Test
  void modelAndCore_importNoIoFramework() {
    noClasses().that().resideInAnyPackage("org.strait.core..", "org.strait.model..", "org.strait.fit..",
            "org.strait.bargain..")
        .should().dependOnClassesThat().resideInAnyPackage(IO)
        .because("the model knows nothing of who watches it (HOUSE-STYLE.md)")
        .check(classes);
  }

  @Test
  void adapters_importNoJdbcDuckDbOrChartLibrary() {
    noClasses().that().resideInAnyPackage("org.strait.cli..", "org.strait.web..")
        .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.duckdb..", "org.knowm.xchart..")
        .because("the adapters read the store through org.strait.store's typed reads and draw charts through"
            + " org.strait.app and org.strait.index")
        .check(classes);
  }

  @Test
  void javalin_onlyInTheWebPackage() {
    noClasses().that().resideOutsideOfPackage("org.strait.web..")
        .should().dependOnClassesThat().resideInAnyPackage("io.javalin..")
        .check(classes);
  }

  @Test
  void packages_haveNoCycle() {
    slices().matching("org.strait.(**)").should().beFreeOfCycles().check(classes);
  }
}
