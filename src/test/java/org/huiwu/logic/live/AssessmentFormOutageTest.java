package org.huiwu.logic.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.huiwu.AppContext;
import org.huiwu.logic.staff.Assessments;
import org.huiwu.logic.staff.StaffProblem;
import org.huiwu.logic.staff.StaffRejectedException;
import org.huiwu.model.staff.AssessmentItem;
import org.huiwu.model.staff.AssessmentTemplate;
import org.huiwu.persistence.AssessmentDao;
import org.huiwu.persistence.Database;
import org.junit.jupiter.api.Test;

/**
 * The assessment form's new version (a supervisor's) during a venue-server outage (decision 0048), on real H2 with a
 * simulated cut ({@link H2Outage}): two versions saved during the cut show at once and are stored once, in order; a
 * version another laptop saved meanwhile refuses both, counted, never overwritten; an attendant's login is refused
 * offline from the grants read before, nothing queued. Before 0048 the save failed as unreachable.
 */
class AssessmentFormOutageTest extends OutageCase {

    @Test
    void twoVersionsSavedDuringTheCutShowAtOnceAndAreStoredOnceInOrder() {
        try (AppContext context = AppContext.open(dataDir, clock);
                Database store = Database.open(dataDir);
                H2Outage outage = new H2Outage(store, laptop)) {
            Assessments forms = new Assessments(outage.dao(AssessmentDao.class), clock, UUID::randomUUID);
            AssessmentTemplate read = forms.template();

            outage.cut();
            AssessmentTemplate first = forms.saveTemplate(with(read, "断网时新增：仪容仪表"), "张主管");
            clock.advance(Duration.ofSeconds(1));
            AssessmentTemplate second = forms.saveTemplate(with(first, "断网时新增：茶水温度"), "张主管");
            assertThat(second.version()).isEqualTo(read.version() + 2);
            assertThat(forms.template()).as("shown at once").isEqualTo(second);
            assertThat(outage.outbox().size()).isEqualTo(2);

            outage.restore();
            assertThat(outage.send()).isEqualTo(2);
            AssessmentDao stored = store.dao(AssessmentDao.class);
            assertThat(stored.current()).isEqualTo(second);
            assertThat(stored.items(first.version())).isEqualTo(first.items());
            assertThat(outage.keptElsewhere()).isZero();
            assertThat(outage.send()).as("nothing is sent twice").isZero();
            assertThat(stored.latestVersion()).contains(second.version());
        }
    }

    @Test
    void aVersionSavedElsewhereMeanwhileRefusesTheQueuedOnes() {
        try (AppContext context = AppContext.open(dataDir, clock);
                Database store = Database.open(dataDir);
                H2Outage outage = new H2Outage(store, laptop)) {
            Assessments forms = new Assessments(outage.dao(AssessmentDao.class), clock, UUID::randomUUID);
            Assessments other = new Assessments(store.dao(AssessmentDao.class), clock, UUID::randomUUID);
            AssessmentTemplate read = forms.template();

            outage.cut();
            AssessmentTemplate mine = forms.saveTemplate(with(read, "本机新增"), "张主管");
            clock.advance(Duration.ofSeconds(1));
            forms.saveTemplate(with(mine, "本机再增"), "张主管");
            AssessmentTemplate theirs = other.saveTemplate(with(read, "对方新增"), "王主管");

            outage.restore();
            assertThat(outage.send()).isEqualTo(2);
            assertThat(outage.keptElsewhere()).as("both refused, counted").isEqualTo(2);
            assertThat(store.dao(AssessmentDao.class).current()).as("never overwritten").isEqualTo(theirs);
            assertThat(forms.template()).as("the stored form shown").isEqualTo(theirs);
        }
    }

    @Test
    void anAttendantsLoginIsRefusedOfflineAndNothingQueues() {
        try (AppContext context = AppContext.open(dataDir, clock);
                Database store = Database.open(dataDir);
                H2Outage outage = new H2Outage(store, laptop)) {
            AssessmentDao real = store.dao(AssessmentDao.class);
            AssessmentDao attendant = (AssessmentDao) Proxy.newProxyInstance(AssessmentDao.class.getClassLoader(),
                    new Class<?>[] {AssessmentDao.class}, (proxy, method, args) -> method.getName().equals("mayChange")
                            ? Boolean.FALSE : method.invoke(real, args));
            Assessments forms = new Assessments(outage.dao(AssessmentDao.class, attendant), clock, UUID::randomUUID);
            AssessmentTemplate read = forms.template();

            outage.cut();
            assertThatThrownBy(() -> forms.saveTemplate(with(read, "服务人员改的"), "吕佳"))
                    .isInstanceOfSatisfying(StaffRejectedException.class,
                            e -> assertThat(e.problem()).isEqualTo(StaffProblem.SUPERVISOR_ONLY));
            assertThat(outage.outbox().size()).isZero();
            assertThat(forms.template()).isEqualTo(read);
        }
    }

    private static List<AssessmentItem> with(AssessmentTemplate form, String label) {
        List<AssessmentItem> items = new java.util.ArrayList<>(form.items());
        items.add(new AssessmentItem(label, "", 5));
        return items;
    }
}
