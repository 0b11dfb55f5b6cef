package dev.commitmenttracker;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import org.junit.jupiter.api.Test;

/** Keeps the feature modules apart and the event conventions honest. */
class ModularityTests {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.commitmenttracker");

    @Test
    void modulesDoNotDependOnEachOtherInACycle() {
        slices().matching("dev.commitmenttracker.(*)..")
                .should()
                .beFreeOfCycles()
                .check(CLASSES);
    }

    @Test
    void aggregatesAreHiddenInsideTheirModule() {
        classes()
                .that()
                .areAnnotatedWith(Aggregate.class)
                .should()
                .notBePublic()
                .check(CLASSES);
    }

    @Test
    void eventsAreRevisedRecordsInAnApiPackage() {
        classes()
                .that()
                .resideInAPackage("..api..")
                .and()
                .haveSimpleNameEndingWith("ed")
                .and()
                .areNotAssignableTo(Throwable.class)
                .should()
                .beAnnotatedWith(Revision.class)
                .andShould()
                .beRecords()
                .check(CLASSES);
    }

    @Test
    void theApiPackagesHoldOnlyTheContract() {
        noClasses()
                .that()
                .resideInAPackage("..api..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("..web..", "..security..", "org.springframework..", "jakarta.persistence..")
                .check(CLASSES);
    }

    @Test
    void controllersAreUsedByNoOne() {
        noClasses()
                .that()
                .resideOutsideOfPackage("..web..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.commitmenttracker.*.web..")
                .check(CLASSES);
    }

    @Test
    void nothingDependsOnThePages() {
        noClasses()
                .that()
                .resideOutsideOfPackage("dev.commitmenttracker.ui..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.commitmenttracker.ui..")
                .check(CLASSES);
    }

    @Test
    void sharedValueTypesKnowNoFeatureModule() {
        noClasses()
                .that()
                .resideInAPackage("dev.commitmenttracker.shared..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.commitmenttracker.commitment..",
                        "dev.commitmenttracker.inspection..",
                        "dev.commitmenttracker.security..",
                        "dev.commitmenttracker.web..")
                .check(CLASSES);
    }
}
