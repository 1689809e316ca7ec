package org.huiwu.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.huiwu.Fixtures;
import org.huiwu.i18n.I18n;
import org.huiwu.logic.messages.FailureMessages;
import org.huiwu.model.incidents.IncidentType;
import org.huiwu.model.Meeting;
import org.huiwu.model.StorageProblem;
import org.huiwu.model.StorageUnavailableException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The venue's logins on a real PostgreSQL server, set up by {@link VenueSetup} (decision 0030): an attendant
 * records meeting work but the server itself refuses their change to a procedure (a supervisor's table), which a
 * supervisor may make; a wrong password is refused with a clear message. PostgreSQL run only (skips on H2).
 */
@Tag("dao")
class VenueRolesTest {

    private String prefix;
    private String schema;
    private VenueSetup setup;

    @BeforeEach
    void setUpVenue() {
        assumeThat(TestStores.onPostgres()).as("a PostgreSQL run").isTrue();
        TestStores.requireServer();
        String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        prefix = TestStores.server().user().toLowerCase(Locale.ROOT) + "_r" + tag;
        schema = "v_" + tag;
        setup = new VenueSetup(TestStores.server(), prefix, schema);
        setup.apply();
    }

    @AfterEach
    void dropVenue() {
        if (setup == null) {
            return;
        }
        TestStores.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        for (String role : new String[] {prefix + "_amy", prefix + "_sue", prefix + "_attendant", prefix + "_supervisor",
                prefix + "_owner"}) {
            TestStores.execute("DO $$ BEGIN IF EXISTS (SELECT FROM pg_roles WHERE rolname = '" + role + "') THEN "
                    + "BEGIN EXECUTE 'DROP OWNED BY " + role + "'; EXCEPTION WHEN insufficient_privilege THEN NULL; END; "
                    + "EXECUTE 'DROP ROLE " + role + "'; END IF; END $$");
        }
    }

    @Test
    void theServerRefusesAnAttendantsProcedureEditAndTakesTheSupervisors() {
        String attendantPassword = setup.addLogin(prefix + "_amy", false, null);
        setup.addLogin(prefix + "_sue", true, "sue-pw-1");

        try (Database attendant = open(prefix + "_amy", attendantPassword)) {
            Meeting meeting = Fixtures.meeting("常委会", LocalDate.of(2026, 12, 7));
            attendant.dao(MeetingDao.class).save(meeting, Instant.now());
            assertThat(attendant.dao(MeetingDao.class).find(meeting.id())).isPresent();

            assertThatThrownBy(() -> attendant.dao(ProcedureDao.class).insertVersion(UUID.randomUUID(), 1,
                    IncidentType.values()[0], "", Instant.now(), "amy"))
                    .satisfies(refused -> assertThat(Database.problemOf(refused))
                            .contains(StorageProblem.SERVER_NOT_ALLOWED));
            assertThat(attendant.dao(ProcedureDao.class).count()).as("nothing was written").isZero();
            assertThat(attendant.dao(ProcedureDao.class).mayChange()).as("the UI greys the editor out").isFalse();
            assertThat(attendant.dao(ChecklistTemplateDao.class).mayChange()).as("known offline from here (0045)")
                    .isFalse();
            org.huiwu.logic.checklists.ChecklistTemplate template = new org.huiwu.logic.checklists.ChecklistTemplate(
                    attendant.dao(ChecklistTemplateDao.class), java.time.Clock.systemUTC(), UUID::randomUUID);
            assertThatThrownBy(() -> template.renameLine(template.activeItems().get(0).id(), "服务人员改的", "", "amy"))
                    .as("refused in the user's language").isInstanceOf(
                            org.huiwu.logic.checklists.ChecklistRejectedException.class);
        }
        try (Database supervisor = open(prefix + "_sue", "sue-pw-1")) {
            supervisor.dao(ProcedureDao.class).insertVersion(UUID.randomUUID(), 1, IncidentType.values()[0], "",
                    Instant.now(), "sue");
            assertThat(supervisor.dao(ProcedureDao.class).count()).isEqualTo(1);
            assertThat(supervisor.dao(ChecklistTemplateDao.class).mayChange()).isTrue();
            assertThat(supervisor.dao(ProcedureDao.class).mayChange()).isTrue();
            assertThat(supervisor.dao(MeetingDao.class).list()).extracting(Meeting::title).containsExactly("常委会");
        }
    }

    @Test
    void theServerSaysWhoTheLoginIsAndOnlyASupervisorClosesAStageWithItemsOpen() {
        String attendantPassword = setup.addLogin(prefix + "_amy", "张敏", false, null);
        setup.addLogin(prefix + "_sue", "吕佳", true, "sue-pw-1");
        Meeting meeting = Fixtures.meeting("常委会", LocalDate.of(2026, 12, 7));
        org.huiwu.model.flow.Stage from = org.huiwu.model.flow.Stage.values()[0];
        org.huiwu.model.flow.Stage to = org.huiwu.model.flow.Stage.values()[1];

        DatabaseServer base = TestStores.server();
        assertThat(Database.check(new DatabaseServer(base.url(), prefix + "_sue", "sue-pw-1", null)))
                .as("the settings' test login says who").isEqualTo(new org.huiwu.model.staff.VenueLogin(prefix + "_sue",
                        "吕佳", true));
        try (Database attendant = open(prefix + "_amy", attendantPassword)) {
            assertThat(attendant.venueLogin()).contains(new org.huiwu.model.staff.VenueLogin(prefix + "_amy", "张敏",
                    false));
            attendant.dao(MeetingDao.class).save(meeting, Instant.now());
            MeetingFlowDao flows = attendant.dao(MeetingFlowDao.class);
            assertThatThrownBy(() -> flows.insertStageChange(new org.huiwu.model.flow.StageChange(UUID.randomUUID(),
                    meeting.id(), from, to, 2, "领导已同意", Instant.now(), "张敏")))
                    .satisfies(refused -> assertThat(Database.problemOf(refused))
                            .contains(StorageProblem.SERVER_NOT_ALLOWED));
            assertThat(new FailureMessages(new I18n(Locale.SIMPLIFIED_CHINESE), Database::problemOf)
                    .storageText(StorageProblem.SERVER_NOT_ALLOWED)).contains("督导员").contains("阶段放行");
            flows.insertStageChange(new org.huiwu.model.flow.StageChange(UUID.randomUUID(), meeting.id(), from, to,
                    0, "", Instant.now(), "张敏"));
            assertThat(flows.stageChanges(meeting.id())).as("a plain stage change is the attendant's").hasSize(1);
        }
        try (Database supervisor = open(prefix + "_sue", "sue-pw-1")) {
            assertThat(supervisor.venueLogin()).contains(new org.huiwu.model.staff.VenueLogin(prefix + "_sue", "吕佳",
                    true));
            supervisor.dao(MeetingFlowDao.class).insertStageChange(new org.huiwu.model.flow.StageChange(
                    UUID.randomUUID(), meeting.id(), to, from, 2, "领导已同意", Instant.now(), "吕佳"));
            assertThat(supervisor.dao(MeetingFlowDao.class).stageChanges(meeting.id())).hasSize(2);
        }
        setup.apply();
        try (Database attendant = open(prefix + "_amy", attendantPassword)) {
            assertThat(attendant.venueLogin()).as("set-up run again keeps the login").isPresent();
            assertThat(attendant.dao(MeetingFlowDao.class).stageChanges(meeting.id())).hasSize(2);
        }
    }

    @Test
    void aWrongPasswordIsRefusedWithAClearMessage() {
        setup.addLogin(prefix + "_amy", false, "right-pw");

        assertThatThrownBy(() -> open(prefix + "_amy", "wrong-pw"))
                .isInstanceOfSatisfying(StorageUnavailableException.class, refused -> {
                    assertThat(refused.problem()).isEqualTo(StorageProblem.SERVER_LOGIN_REFUSED);
                    assertThat(new FailureMessages(new I18n(Locale.ENGLISH), Database::problemOf)
                            .storageText(refused.problem())).startsWith("The venue server refused the login");
                    assertThat(refused.getMessage()).doesNotContain("wrong-pw");
                });
    }

    private static Database open(String login, String password) {
        DatabaseServer base = TestStores.server();
        return Database.open(new DatabaseServer(base.url(), login, password, null), Duration.ZERO, () -> { },
                (String) null);
    }
}
