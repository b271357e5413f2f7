package vn.cchc.portal;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModules;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** Feature packages stay modules: no cycles, no reaching into another feature's internals, thin views. */
class ModuleBoundariesTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.cchc.portal");

    @Test
    void featureModulesRespectSpringModulithRules() {
        ApplicationModules.of(Application.class).verify();
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("vn.cchc.portal.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void viewsUseServicesNeverRepositories() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .check(CLASSES);
    }

    @Test
    void repositoriesAreNotPublic() {
        classes().that().areAssignableTo(Repository.class).should().notBePublic().check(CLASSES);
    }

    @Test
    void sharedDependsOnNoFeature() {
        noClasses().that().resideInAPackage("vn.cchc.portal.shared..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.cchc.portal.organization..",
                        "vn.cchc.portal.security..", "vn.cchc.portal.report..", "vn.cchc.portal.shell..",
                        "vn.cchc.portal.audit..")
                .check(CLASSES);
    }

    @Test
    void theAuditLogDependsOnNoFeatureOnlyFeaturesOnIt() {
        noClasses().that().resideInAPackage("vn.cchc.portal.audit..")
                .should().dependOnClassesThat(resideInAPackage("vn.cchc.portal..")
                        .and(not(resideInAnyPackage("vn.cchc.portal.audit..", "vn.cchc.portal.shared.."))))
                .check(CLASSES);
    }
}
