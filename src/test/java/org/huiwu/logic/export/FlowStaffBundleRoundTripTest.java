package org.huiwu.logic.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.huiwu.AppContext;
import org.huiwu.logic.staff.Unpledged;
import org.huiwu.model.Confidentiality;
import org.huiwu.model.Meeting;
import org.huiwu.model.staff.PledgeStatus;
import org.huiwu.persistence.Database;
import org.huiwu.persistence.MeetingTable;
import org.huiwu.persistence.MeetingTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample meeting's flow and staff records make the round trip through a signed bundle into a fresh data
 * folder: every row of every meeting table arrives equal (the work order, stages and their marks, patrol
 * rounds, staffing, assessments with their scores among them, none empty), and the venue-wide tables keep
 * their rule (decisions 0027, 0028): rooms, bookings, staff records and pledges stay on the laptop that made
 * them, so the arriving laptop has none, and a 涉密 meeting arriving with staff it holds no pledge for flags
 * every one of them.
 */
class FlowStaffBundleRoundTripTest {

    /** The per-meeting tables of the flow (decision 0027) and the staff (decision 0028). */
    private static final List<String> FLOW_AND_STAFF = List.of("work_order", "meeting_flow", "stage_change",
            "stage_list", "stage_item", "stage_item_mark", "patrol_round", "meeting_staffing", "staff_assessment",
            "staff_assessment_score");

    /** The venue-wide rows an export shows beside the meeting's own but a bundle does not carry. */
    private static final List<String> STAY_ON_THE_LAPTOP = List.of(MeetingTables.BOOKINGS, MeetingTables.STAFF,
            MeetingTables.PLEDGES);

    @TempDir
    Path dir;

    private static Map<String, List<Map<String, Object>>> rows(Path dataDir, UUID meetingId) {
        try (Database database = Database.open(dataDir)) {
            return new MeetingTables(database.jdbi()).read(meetingId);
        }
    }

    @Test
    void everyFlowAndStaffRowArrivesEqualAndTheVenueWideOnesStayBehind() {
        UUID id;
        Path bundle;
        try (AppContext a = ExportFixture.open(dir.resolve("a"))) {
            id = a.sampleMeeting().ensure();
            var wang = a.staff().staffing().of(id).stream().filter(s -> s.staffName().equals("王丽")).findFirst()
                    .orElseThrow();
            a.staff().staffing().remove(wang.id());
            Meeting m = a.meetings().find(id).orElseThrow();
            a.meetings().save(new Meeting(m.id(), m.title(), m.category(), m.date(), m.startTime(),
                    m.plannedEndTime(), m.venue(), m.hostOrganisation(), m.organisingOrganisation(),
                    Confidentiality.CLASSIFIED, m.foreignAffairs(), m.expectedAttendees(), m.contactPerson(),
                    m.contactPhone(), m.notes(), m.agenda()));
            bundle = a.exports(ExportFixture.ZH, "吕佳").export(List.of(id), ExportFormat.BUNDLE, dir.resolve("out"),
                    ExportMonitor.none()).get(0);
        }
        Map<String, List<Map<String, Object>>> sent = rows(dir.resolve("a"), id);
        for (String table : FLOW_AND_STAFF) {
            assertThat(sent.get(table)).as(table + " in the sample").isNotEmpty();
        }
        for (String table : STAY_ON_THE_LAPTOP) {
            assertThat(sent.get(table)).as(table + " shown with the sample where it was made").isNotEmpty();
        }

        try (AppContext b = ExportFixture.open(dir.resolve("b"))) {
            var result = b.bundleMerger().merge(List.of(bundle), ExportMonitor.none());
            assertThat(result.newlyTrusted()).extracting(s -> s.name()).containsExactly("吕佳");
            assertThat(result.conflicts()).isZero();
            Meeting arrived = b.meetings().find(id).orElseThrow();
            assertThat(b.staff().staffing().flagged(arrived)).extracting(Unpledged::name, Unpledged::status)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("吕佳", PledgeStatus.MISSING),
                            org.assertj.core.groups.Tuple.tuple("刘芳", PledgeStatus.MISSING));
            assertThat(b.staff().roster().members()).isEmpty();
            assertThat(b.roomBook().rooms()).isEmpty();
        }
        Map<String, List<Map<String, Object>>> received = rows(dir.resolve("b"), id);
        for (MeetingTable table : MeetingTable.ALL) {
            assertThat(received.get(table.name())).as(table.name()).isEqualTo(sent.get(table.name()));
        }
        for (String table : STAY_ON_THE_LAPTOP) {
            assertThat(received.get(table)).as(table + " stays on the laptop that made it").isEmpty();
        }
    }
}
