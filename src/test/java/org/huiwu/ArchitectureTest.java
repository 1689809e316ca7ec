package org.huiwu;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the layers honest: model ← persistence ← logic ← ui, with the composition root and the command
 * line on top. A failure names the class and the dependency that broke the rule.
 */
class ArchitectureTest {

    private static final String[] SHARED_UI = {"org.huiwu.ui.common..", "org.huiwu.ui.control..",
            "org.huiwu.ui.seatplan..", "org.huiwu.ui.shell..", "org.huiwu.ui.provenance.."};

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.huiwu");
    }

    @Test
    void modelDependsOnTheJavaLibraryOnly() {
        noClasses().that().resideInAPackage("org.huiwu.model..")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.huiwu.model..", "java..")
                .check(classes);
    }

    @Test
    void persistenceKnowsNothingAboveIt() {
        noClasses().that().resideInAPackage("org.huiwu.persistence..")
                .should().dependOnClassesThat().resideInAnyPackage("org.huiwu.logic..", "org.huiwu.ui..",
                        "org.huiwu.cli..", "javafx..")
                .check(classes);
    }

    @Test
    void logicIsPlainJavaWithoutUiOrSql() {
        noClasses().that().resideInAPackage("org.huiwu.logic..")
                .should().dependOnClassesThat().resideInAnyPackage("org.huiwu.ui..", "org.huiwu.cli..", "javafx..",
                        "org.jdbi..", "java.sql..", "org.h2..", "org.flywaydb..")
                .check(classes);
    }

    @Test
    void logicStartsNoThreads() {
        noClasses().that().resideInAPackage("org.huiwu.logic..")
                .should().callConstructor(Thread.class, Runnable.class)
                .orShould().callConstructor(Thread.class)
                .check(classes);
    }

    @Test
    void uiNeverSeesTheDatabase() {
        noClasses().that().resideInAPackage("org.huiwu.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.huiwu.persistence..", "org.jdbi..",
                        "java.sql..", "org.h2..", "org.flywaydb..", "org.huiwu.cli..")
                .check(classes);
    }

    @Test
    void viewModelsNeedNoSceneGraph() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..",
                        "javafx.fxml..")
                .check(classes);
    }

    @Test
    void reusableControlsImportNoFeatureCode() {
        noClasses().that().resideInAPackage("org.huiwu.ui.control..")
                .should().dependOnClassesThat().resideInAnyPackage("org.huiwu.logic..", "org.huiwu.model..",
                        "org.huiwu.persistence..")
                .allowEmptyShould(true)
                .check(classes);
    }

    /**
     * A feature's screen never reaches into another feature: they meet only through the shared packages
     * (common, control, seatplan, shell, and provenance's sources panel) and {@code AppState}.
     */
    @Test
    void uiFeaturesDoNotImportEachOther() {
        slices().matching("org.huiwu.ui.(*)..").should().notDependOnEachOther()
                .ignoreDependency(alwaysTrue(), resideInAnyPackage(SHARED_UI))
                .check(classes);
    }

    @Test
    void sharedUiPackagesKnowNoFeature() {
        noClasses().that().resideInAnyPackage(SHARED_UI)
                .should().dependOnClassesThat(resideInAPackage("org.huiwu.ui..")
                        .and(not(resideInAnyPackage(SHARED_UI))))
                .check(classes);
    }

    @Test
    void logicFeaturesAreFreeOfCycles() {
        slices().matching("org.huiwu.logic.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theCommandLineUsesNoUiClass() {
        noClasses().that().resideInAPackage("org.huiwu.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("org.huiwu.ui..", "javafx..")
                .check(classes);
    }

    @Test
    void onlyEntryPointsDependOnTheCompositionRoot() {
        noClasses().that().resideInAnyPackage("org.huiwu.model..", "org.huiwu.persistence..", "org.huiwu.logic..",
                        "org.huiwu.ui..")
                .should().dependOnClassesThat().resideInAPackage("org.huiwu")
                .check(classes);
    }

    @Test
    void onlyTheCommandLineWritesToStandardStreams() {
        noClasses().that().resideOutsideOfPackage("org.huiwu.cli..")
                .should(ACCESS_STANDARD_STREAMS)
                .check(classes);
    }

    @Test
    void noFieldInjection() {
        NO_CLASSES_SHOULD_USE_FIELD_INJECTION.check(classes);
    }
}
