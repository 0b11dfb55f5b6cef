package dev.commitmenttracker.reporting;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.commitmenttracker.commitment.CommitmentService;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

/** The reporting module reads the write side only through its public contract and keeps its rows to itself. */
class ReportingArchitectureTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.commitmenttracker");

    /** Projections fold the commitment contract; only the as-of report reads the ledger, through its public read service. */
    @Test
    void reportingUsesOnlyTheCommitmentContractNotItsInternals() {
        noClasses()
                .that()
                .resideInAPackage("dev.commitmenttracker.reporting..")
                .should()
                .dependOnClassesThat(JavaClass.Predicates.resideInAnyPackage(
                                "dev.commitmenttracker.commitment",
                                "dev.commitmenttracker.commitment.web..",
                                "dev.commitmenttracker.inspection..")
                        .and(DescribedPredicate.not(JavaClass.Predicates.equivalentTo(CommitmentService.class))))
                .check(CLASSES);
    }

    @Test
    void rowEntitiesAndRepositoriesAreInternalToTheirProjectionsPackage() {
        classes()
                .that()
                .resideInAPackage("dev.commitmenttracker.reporting..")
                .and()
                .areAnnotatedWith(Entity.class)
                .should()
                .notHaveModifier(JavaModifier.PUBLIC)
                .check(CLASSES);
        classes()
                .that()
                .resideInAPackage("dev.commitmenttracker.reporting..")
                .and()
                .areAssignableTo(Repository.class)
                .should()
                .notHaveModifier(JavaModifier.PUBLIC)
                .check(CLASSES);
    }

    /** A projection's package reads no other projection's rows: what they share is in processing. */
    @Test
    void projectionsDoNotReachIntoEachOther() {
        for (String projection : new String[] {"progress", "evidence", "slippage"}) {
            for (String other : new String[] {"progress", "evidence", "slippage"}) {
                if (!projection.equals(other)) {
                    noClasses()
                            .that()
                            .resideInAPackage("dev.commitmenttracker.reporting." + projection + "..")
                            .should()
                            .dependOnClassesThat()
                            .resideInAPackage("dev.commitmenttracker.reporting." + other + "..")
                            .check(CLASSES);
                }
            }
        }
        noClasses()
                .that()
                .resideInAPackage("dev.commitmenttracker.reporting.processing..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.commitmenttracker.reporting.progress..",
                        "dev.commitmenttracker.reporting.evidence..",
                        "dev.commitmenttracker.reporting.slippage..",
                        "dev.commitmenttracker.reporting.web..")
                .check(CLASSES);
    }

    /** Except the pages (ui), which read the same reports as the API so that scope is enforced alike. */
    @Test
    void nothingOutsideReportingReachesIntoIt() {
        noClasses()
                .that()
                .resideOutsideOfPackages("dev.commitmenttracker.reporting..", "dev.commitmenttracker.ui..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.commitmenttracker.reporting..")
                .check(CLASSES);
    }
}
