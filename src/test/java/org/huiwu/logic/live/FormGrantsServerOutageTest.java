package org.huiwu.logic.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;

import org.huiwu.AppContext;
import org.huiwu.logic.flow.FlowProblem;
import org.huiwu.logic.flow.FlowRejectedException;
import org.huiwu.logic.flow.StageTemplate;
import org.huiwu.logic.staff.Assessments;
import org.huiwu.logic.staff.StaffProblem;
import org.huiwu.logic.staff.StaffRejectedException;
import org.huiwu.model.flow.AppliesTo;
import org.huiwu.model.flow.ItemKind;
import org.huiwu.model.flow.Stage;
import org.huiwu.model.flow.StageGroup;
import org.huiwu.model.staff.AssessmentTemplate;
import org.huiwu.persistence.AssessmentDao;
import org.huiwu.persistence.Database;
import org.huiwu.persistence.DatabaseServer;
import org.huiwu.persistence.StageListDao;
import org.huiwu.persistence.TestStores;
import org.huiwu.persistence.VenueSetup;
import org.huiwu.ui.common.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The supervisor rule of decision 0048 on a real venue server ({@link VenueSetup}'s logins and grants, the network cut
 * by a {@link LoopbackForwarder}): the stage template and the assessment form learn from the server's grants
 * ({@code mayChange}) who may change them, so during a cut an attendant's login is refused both in the user's
 * language and nothing queues, while a supervisor's versions queue and are stored when the server is back. Checked
 * again when sent: a version queued under a login the venue made an attendant meanwhile is kept out and counted.
 * Tagged {@code dao}: needs the PostgreSQL test server.
 */
@Tag("dao")
class FormGrantsServerOutageTest {

    private static final StageGroup CLEANING = new StageGroup(Stage.PREPARATION, ItemKind.CLEANING, AppliesTo.ALL);

    @TempDir
    Path attendantLaptop;

    @TempDir
    Path supervisorLaptop;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-27T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private String prefix;
    private String schema;
    private VenueSetup setup;

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
    void anAttendantIsRefusedOfflineAndASupervisorsVersionsAreStoredUnlessTheLoginLostTheRight() throws Exception {
        TestStores.requireServer();
        String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        prefix = TestStores.server().user().toLowerCase(Locale.ROOT) + "_g" + tag;
        schema = "g_" + tag;
        setup = new VenueSetup(TestStores.server(), prefix, schema);
        setup.apply();
        String amy = setup.addLogin(prefix + "_amy", "张敏", false, null);
        setup.addLogin(prefix + "_sue", "吕佳", true, "sue-pw-1");
        DatabaseServer base = TestStores.server();

        try (LoopbackForwarder network = OutboxOutageTest.forwarderTo(base);
                AppContext attendant = open(attendantLaptop, login(base, "_amy", amy), network);
                AppContext supervisor = open(supervisorLaptop, login(base, "_sue", "sue-pw-1"), network);
                Database venue = Database.open(login(base, "_sue", "sue-pw-1"), Duration.ZERO, () -> { }, null)) {
            StageTemplate amyTemplate = attendant.meetingFlows().stageLists().editor();
            Assessments amyForm = attendant.staff().assessments();
            StageTemplate sueTemplate = supervisor.meetingFlows().stageLists().editor();
            Assessments sueForm = supervisor.staff().assessments();
            UUID line = amyTemplate.lines(CLEANING).get(0).id();
            AssessmentTemplate read = amyForm.template();
            int version = sueTemplate.version();
            assertThat(sueTemplate.lines(CLEANING)).isNotEmpty();
            assertThat(sueForm.template()).isEqualTo(read);

            network.cut();
            clock.advance(Duration.ofSeconds(1));
            assertThatThrownBy(() -> amyTemplate.renameLine(line, "服务人员改的", "", "张敏"))
                    .isInstanceOfSatisfying(FlowRejectedException.class,
                            e -> assertThat(e.problem()).isEqualTo(FlowProblem.SUPERVISOR_ONLY));
            assertThatThrownBy(() -> amyForm.saveTemplate(FormVersionServerOutageTest.with(read, "服务人员加的"), "张敏"))
                    .isInstanceOfSatisfying(StaffRejectedException.class,
                            e -> assertThat(e.problem()).isEqualTo(StaffProblem.SUPERVISOR_ONLY));
            assertThat(attendant.queuedRecords()).as("nothing queued for the attendant").isZero();
            sueTemplate.renameLine(line, "领班断网时改的", "", "吕佳");
            AssessmentTemplate sues = sueForm.saveTemplate(FormVersionServerOutageTest.with(read, "领班断网时加的"), "吕佳");
            assertThat(supervisor.queuedRecords()).isEqualTo(2);
            network.restore();
            assertThat(FormVersionServerOutageTest.sendAll(supervisor)).isEqualTo(2);
            assertThat(supervisor.checkInsKeptElsewhere()).as("the server's grants let them in").isZero();
            assertThat(venue.dao(StageListDao.class).latestVersion()).isEqualTo(version + 1);
            assertThat(venue.dao(AssessmentDao.class).current()).isEqualTo(sues);

            assertThat(sueTemplate.lines(CLEANING)).as("read again before the next cut").isNotEmpty();
            network.cut();
            clock.advance(Duration.ofSeconds(1));
            sueTemplate.renameLine(line, "降为服务人员前改的", "", "吕佳");
            setup.addLogin(prefix + "_sue", "吕佳", false, "sue-pw-1");
            network.restore();
            assertThat(FormVersionServerOutageTest.sendAll(supervisor)).isEqualTo(1);
            assertThat(supervisor.checkInsKeptElsewhere()).as("kept out for the login's rights, counted").isEqualTo(1);
            assertThat(venue.dao(StageListDao.class).latestVersion()).as("nothing written").isEqualTo(version + 1);
        }
    }

    private AppContext open(Path folder, DatabaseServer login, LoopbackForwarder network) {
        return AppContext.open(folder, clock, OutboxOutageTest.through(login, network), Duration.ZERO, () -> { }, null);
    }

    private DatabaseServer login(DatabaseServer base, String suffix, String password) {
        return new DatabaseServer(base.url(), prefix + suffix, password, null);
    }
}
