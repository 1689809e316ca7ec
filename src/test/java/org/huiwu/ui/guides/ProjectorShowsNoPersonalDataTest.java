package org.huiwu.ui.guides;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The trainer-mode projector shows a guide and nothing else: its view and view model (and the presentation
 * they follow) reach no meeting, attendee, seating, incident, feedback or other personal record, nor the
 * app's state that holds the open meeting, so nothing personal can ever be put on the projector.
 */
class ProjectorShowsNoPersonalDataTest {

    @Test
    void theProjectorReachesNoPersonalRecord() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.huiwu");
        noClasses().that().haveSimpleNameStartingWith("Projector").or().haveSimpleName("GuidePresentation")
                .should().dependOnClassesThat().resideInAnyPackage("org.huiwu.model.incidents..",
                        "org.huiwu.model.seating..", "org.huiwu.model.rounds..", "org.huiwu.model.feedback..",
                        "org.huiwu.model.checklists..", "org.huiwu.model.provenance..", "org.huiwu.logic..",
                        "org.huiwu.ui.shell..")
                .orShould().dependOnClassesThat().haveSimpleNameStartingWith("Attendee")
                .orShould().dependOnClassesThat().haveSimpleNameStartingWith("Meeting")
                .orShould().dependOnClassesThat().haveSimpleName("AppState")
                .check(classes);
    }
}
