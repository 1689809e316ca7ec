package org.huiwu.ui.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.huiwu.ui.common.Attendant;
import org.huiwu.model.Confidentiality;
import org.huiwu.model.Meeting;
import org.huiwu.model.incidents.Incident;
import org.huiwu.model.incidents.IncidentType;
import org.huiwu.model.incidents.Severity;
import org.huiwu.ui.common.ViewModelFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The registers beside the incidents, on the sample meeting ({@link IncidentScreens}): left items listed until
 * returned, and the classified document copies whose recovery, closed with copies still out, raises a lost
 * document incident.
 */
class LeftItemsAndDocumentCopiesTest {

    @TempDir
    Path dataDir;

    private IncidentScreens screens;
    private ViewModelFixture fixture;
    private Attendant attendant;
    private IncidentTexts texts;
    private IncidentsViewModel incidents;

    @BeforeEach
    void openSample() {
        screens = new IncidentScreens(dataDir);
        fixture = screens.fixture;
        attendant = screens.attendant;
        texts = screens.texts;
        incidents = screens.incidents;
    }

    @AfterEach
    void close() {
        screens.close();
    }

    @Test
    void leftItemsStayListedUntilReturned() {
        LeftItemsViewModel items = new LeftItemsViewModel(fixture.context.incidents().leftItems(), fixture.state,
                attendant, fixture.runner, fixture.dialogs, texts);
        items.reload();
        int before = items.shown().size();
        items.whatProperty().set("Blue folder");
        items.foundWhereProperty().set("Row 1 seat 2");
        items.registerItem();
        assertThat(items.shown()).hasSize(before + 1);
        var folder = items.shown().stream().filter(i -> i.what().equals("Blue folder")).findFirst().orElseThrow();
        assertThat(items.describe(folder)).contains("Row 1 seat 2", "09:15", "Zhou Min");

        items.personProperty().set("Front desk");
        items.handOver(folder);
        items.personProperty().set("Li Wenhua");
        items.markReturned(folder);
        assertThat(items.shown()).noneMatch(i -> i.id().equals(folder.id()));
        items.openOnlyProperty().set(false);
        assertThat(items.shown()).anyMatch(i -> i.id().equals(folder.id()) && !i.isOpen()
                && i.handedTo().equals("Front desk") && i.returnedTo().equals("Li Wenhua"));
    }

    @Test
    void closingTheRecoveryWithCopiesOutRaisesALostDocumentIncident() {
        DocumentCopiesViewModel documents = new DocumentCopiesViewModel(fixture.context.incidents().documents(),
                fixture.context.roster(), fixture.state, attendant, fixture.runner, fixture.dialogs, texts,
                lost -> incidents.reload(lost.id()));
        assertThat(documents.classifiedProperty().get()).isFalse();
        Meeting m = screens.sample();
        fixture.state.currentMeetingProperty().set(new Meeting(m.id(), m.title(), m.category(), m.date(),
                m.startTime(), m.plannedEndTime(), m.venue(), m.hostOrganisation(), m.organisingOrganisation(),
                Confidentiality.CLASSIFIED, m.foreignAffairs(), m.expectedAttendees(), m.contactPerson(),
                m.contactPhone(), m.notes(), m.agenda()));
        documents.reload();
        assertThat(documents.classifiedProperty().get()).isTrue();

        documents.titleProperty().set("Draft budget");
        documents.issue(documents.attendees().subList(0, 3));
        assertThat(documents.copies()).hasSize(3);
        documents.markSigned(documents.copies().get(1));
        assertThat(documents.copies().get(1).signedAt()).isNotNull();
        assertThat(documents.copies().get(2).signedAt()).isNull();
        documents.markRecovered(documents.copies().get(0));
        assertThat(documents.summaryProperty().get()).isEqualTo("3 copies issued, 2 not recovered");
        assertThat(documents.describe(documents.copies().get(1))).contains("Draft budget", "still out");

        documents.closeRecovery();
        assertThat(documents.closedProperty().get()).isTrue();
        assertThat(fixture.dialogs.errors()).singleElement().satisfies(e -> assertThat(e.message()).startsWith("2 copies"));
        Incident lost = incidents.selectedProperty().get();
        assertThat(lost.type()).isEqualTo(IncidentType.CONFIDENTIAL_DOCUMENT_LOST);
        assertThat(lost.severity()).isEqualTo(Severity.SEVERE);
        assertThat(lost.description()).contains("Draft budget #2", "Draft budget #3");
    }
}
