package dev.commitmenttracker.reporting;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

/** The reporting module reads the write side only through its public contract and keeps its rows to itself. */
class ReportingArchitectureTest {

    static final JavaClasses CLASSES = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.commitmenttracker");

    @Test
    void reportingUsesOnlyTheCommitmentContractNotItsInternals() {
        noClasses().that().resideInAPackage("dev.commitmenttracker.reporting..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.commitmenttracker.commitment", "dev.commitmenttracker.commitment.web..",
                        "dev.commitmenttracker.inspection..")
                .check(CLASSES);
    }

    @Test
    void rowEntitiesAndRepositoriesAreInternalToTheReportingPackage() {
        classes().that().resideInAPackage("dev.commitmenttracker.reporting").and().areAnnotatedWith(Entity.class)
                .should().notHaveModifier(JavaModifier.PUBLIC).check(CLASSES);
        classes().that().resideInAPackage("dev.commitmenttracker.reporting").and().areAssignableTo(Repository.class)
                .should().notHaveModifier(JavaModifier.PUBLIC).check(CLASSES);
    }

    @Test
    void nothingOutsideReportingReachesIntoIt() {
        noClasses().that().resideOutsideOfPackages("dev.commitmenttracker.reporting..")
                .should().dependOnClassesThat().resideInAPackage("dev.commitmenttracker.reporting..")
                .check(CLASSES);
    }
}
