package vn.cchc.portal;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/** Feature packages stay modules: no cycles, no reaching into another feature's internals, thin views. */
class ModuleBoundariesTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.cchc.portal");

    private static final ApplicationModules MODULES = ApplicationModules.of(Application.class);

    @Test
    void featureModulesRespectSpringModulithRules() {
        MODULES.verify();
    }

    @Test
    void everyModuleDeclaresWhatItMayUse() {
        assertThat(MODULES.stream().map(module -> module.getBasePackage().getName()))
                .allSatisfy(pkg -> {
                    Class<?> info = Class.forName(pkg + ".package-info");
                    org.springframework.modulith.ApplicationModule declared =
                            info.getAnnotation(org.springframework.modulith.ApplicationModule.class);
                    assertThat(declared)
                            .as("@ApplicationModule in %s/package-info.java", pkg)
                            .isNotNull();
                    assertThat(declared.allowedDependencies())
                            .as("allowedDependencies of %s", pkg)
                            .doesNotContain(org.springframework.modulith.ApplicationModule.OPEN_TOKEN);
                });
    }

    @Test
    void theCommittedModuleDiagramShowsEveryModule() throws IOException {
        Path diagram = Path.of(ModuleDocs.FOLDER, "components.puml");
        assertThat(diagram)
                .as("run ./mvnw -Pdocs to write the module documentation")
                .exists();
        String text = Files.readString(diagram);
        assertThat(MODULES.stream().map(ApplicationModule::getDisplayName))
                .as("modules missing from %s: run ./mvnw -Pdocs", diagram)
                .allMatch(text::contains);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("vn.cchc.portal.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void viewsUseServicesNeverRepositories() {
        noClasses()
                .that()
                .resideInAPackage("..ui..")
                .should()
                .dependOnClassesThat()
                .areAssignableTo(Repository.class)
                .check(CLASSES);
    }

    @Test
    void repositoriesAreNotPublic() {
        classes()
                .that()
                .areAssignableTo(Repository.class)
                .should()
                .notBePublic()
                .check(CLASSES);
    }

    @Test
    void sharedDependsOnNoFeature() {
        noClasses()
                .that()
                .resideInAPackage("vn.cchc.portal.shared..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "vn.cchc.portal.organization..",
                        "vn.cchc.portal.security..",
                        "vn.cchc.portal.report..",
                        "vn.cchc.portal.shell..",
                        "vn.cchc.portal.audit..")
                .check(CLASSES);
    }

    @Test
    void theAuditLogDependsOnNoFeatureOnlyFeaturesOnIt() {
        noClasses()
                .that()
                .resideInAPackage("vn.cchc.portal.audit..")
                .should()
                .dependOnClassesThat(resideInAPackage("vn.cchc.portal..")
                        .and(not(resideInAnyPackage("vn.cchc.portal.audit..", "vn.cchc.portal.shared.."))))
                .check(CLASSES);
    }

    /**
     * Vaadin belongs to the views: the domain, services and {@code shared} compile without it. Justified exceptions:
     * the application class is Vaadin's app shell (theme, style sheet), and the security configuration installs
     * Vaadin's login and request rules.
     */
    @Test
    void onlyViewsAndTheShellUseVaadin() {
        noClasses()
                .that()
                .resideOutsideOfPackages("..ui..", "vn.cchc.portal.shell..")
                .and()
                .doNotHaveFullyQualifiedName(Application.class.getName())
                .and()
                .doNotHaveFullyQualifiedName("vn.cchc.portal.security.SecurityConfig")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.vaadin..")
                .check(CLASSES);
    }

    /**
     * Forms are bound by their own module's views and passed to its services; other modules read records. Reading
     * a form of another module (a getter) couples to its editor. Writes through a module's service API may still
     * fill its form (demo data creating a plan).
     */
    @Test
    void noModuleReadsAnotherModulesForms() {
        noClasses().should().callMethodWhere(readsFormOfAnotherModule()).check(CLASSES);
    }

    private static DescribedPredicate<JavaMethodCall> readsFormOfAnotherModule() {
        return DescribedPredicate.describe("a getter of another module's *Form", call -> {
            JavaClass target = call.getTargetOwner();
            String method = call.getName();
            return target.getSimpleName().endsWith("Form")
                    && target.getPackageName().startsWith("vn.cchc.portal.")
                    && (method.startsWith("get") || method.startsWith("is"))
                    && !module(target).equals(module(call.getOriginOwner()));
        });
    }

    private static String module(JavaClass type) {
        String[] parts = type.getPackageName().split("\\.");
        return parts.length > 3 ? parts[3] : "";
    }

    /**
     * Service errors are message keys ({@code BusinessException.of}), so the English UI shows English errors: in every
     * module, report included, no class throws a Vietnamese text.
     */
    @Test
    void servicesThrowMessageKeysNotText() {
        noClasses()
                .should()
                .callConstructor(vn.cchc.portal.shared.BusinessException.class, String.class)
                .check(CLASSES);
    }
}
