package org.huiwu.logic.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;

import org.huiwu.Fixtures;
import org.huiwu.logic.meetings.MeetingCatalog;
import org.huiwu.model.Meeting;
import org.huiwu.persistence.Database;
import org.huiwu.persistence.MeetingDao;
import org.huiwu.ui.common.ViewModelFixture;
import org.huiwu.ui.meetings.MeetingFormViewModel;
import org.huiwu.ui.meetings.MeetingListViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The meeting list and form ViewModels during a venue-server outage (decision 0040), on real H2 with a simulated cut
 * ({@link H2Outage}) and no FX toolkit: a meeting whose form is first opened during the cut is saved without a
 * problem shown; 新建会议 during the cut lists and selects the new meeting, its form loads it and its save is queued
 * behind it; both reach the server once when it is back.
 */
class MeetingFormsOutageTest {

    @TempDir
    Path dataDir;

    @TempDir
    Path laptop;

    @Test
    void aFormFirstOpenedAndANewMeetingAreSavedDuringACutAndSentOnce() {
        try (ViewModelFixture fx = new ViewModelFixture(dataDir);
                Database store = Database.open(dataDir);
                H2Outage outage = new H2Outage(store, laptop)) {
            MeetingDao server = store.dao(MeetingDao.class);
            Meeting stored = Fixtures.meeting("市政府第28次常务会议", LocalDate.of(2025, 3, 12));
            server.save(stored, ViewModelFixture.CLOCK.instant());
            MeetingCatalog catalog = new MeetingCatalog(outage.dao(MeetingDao.class), ViewModelFixture.CLOCK,
                    UUID::randomUUID);
            MeetingListViewModel list = new MeetingListViewModel(catalog, fx.context.sampleMeeting(), fx.state,
                    fx.runner, fx.dialogs, fx.failures, fx.i18n);
            MeetingFormViewModel form = new MeetingFormViewModel(catalog, fx.state, fx.runner, fx.failures, fx.i18n,
                    id -> { });
            form.resolveConflictsWith(fx.dialogs);
            list.refresh();

            outage.cut();
            fx.state.currentMeetingProperty().set(list.visibleMeetings().get(0));
            assertThat(form.titleProperty().get()).as("opened from the list").isEqualTo(stored.title());
            form.venueProperty().set("二号会议室");
            form.save();
            assertThat(form.problemProperty().get()).as("no storage message").isEmpty();
            assertThat(outage.outbox().size()).isEqualTo(1);

            list.createMeeting();
            Meeting made = fx.state.currentMeeting();
            assertThat(made).as("the new meeting is selected").isNotNull();
            assertThat(made.id()).isNotEqualTo(stored.id());
            assertThat(list.visibleMeetings()).hasSize(2);
            assertThat(form.titleProperty().get()).isEqualTo(fx.i18n.get("meeting.new.title"));
            form.titleProperty().set("断网时新建的会议");
            form.save();
            assertThat(form.problemProperty().get()).isEmpty();
            assertThat(outage.outbox().size()).as("the edit, the meeting, its edit").isEqualTo(3);
            list.refresh();
            assertThat(list.visibleMeetings()).extracting(Meeting::title).contains("断网时新建的会议");

            outage.restore();
            assertThat(outage.send()).isEqualTo(3);
            assertThat(server.find(stored.id()).orElseThrow().venue()).isEqualTo("二号会议室");
            assertThat(server.find(made.id()).orElseThrow().title()).isEqualTo("断网时新建的会议");
            assertThat(outage.send()).isZero();
        }
    }

    /**
     * Decision 0043: 复制会议（顺延一周） and 删除会议 from the meeting list during a cut: no error shown, the copy listed
     * and selected with its source's attendees, the deleted meeting gone and nothing selected (its screens close);
     * both sent once.
     */
    @Test
    void aMeetingCopiedAndOneDeletedFromTheListDuringACutShowNoErrorAndAreSentOnce() {
        try (ViewModelFixture fx = new ViewModelFixture(dataDir);
                Database store = Database.open(dataDir);
                H2Outage outage = new H2Outage(store, laptop)) {
            MeetingDao server = store.dao(MeetingDao.class);
            Meeting source = Fixtures.meeting("市政府第28次常务会议", LocalDate.of(2025, 3, 12));
            Meeting doomed = Fixtures.meeting("要删除的会议", LocalDate.of(2025, 3, 5));
            server.save(source, ViewModelFixture.CLOCK.instant());
            server.save(doomed, ViewModelFixture.CLOCK.instant());
            var attendees = outage.dao(org.huiwu.persistence.AttendeeDao.class);
            store.dao(org.huiwu.persistence.AttendeeDao.class).save(Fixtures.attendee(source.id(), "王建国", 1));
            assertThat(attendees.listByMeeting(source.id())).hasSize(1);
            MeetingCatalog catalog = new MeetingCatalog(outage.dao(MeetingDao.class), ViewModelFixture.CLOCK,
                    UUID::randomUUID);
            MeetingListViewModel list = new MeetingListViewModel(catalog, fx.context.sampleMeeting(), fx.state,
                    fx.runner, fx.dialogs, fx.failures, fx.i18n);
            list.refresh();
            fx.dialogs.answerConfirm(true);

            outage.cut();
            fx.state.currentMeetingProperty().set(list.visibleMeetings().stream()
                    .filter(m -> m.id().equals(source.id())).findFirst().orElseThrow());
            list.duplicateSelected();
            Meeting copy = fx.state.currentMeeting();
            assertThat(copy.id()).as("the copy is selected").isNotEqualTo(source.id());
            assertThat(copy.date()).isEqualTo(source.date().plusWeeks(1));
            assertThat(attendees.listByMeeting(copy.id())).extracting(org.huiwu.model.Attendee::name)
                    .containsExactly("王建国");
            fx.state.currentMeetingProperty().set(list.visibleMeetings().stream()
                    .filter(m -> m.id().equals(doomed.id())).findFirst().orElseThrow());
            list.deleteSelected();
            assertThat(fx.state.currentMeeting()).as("its screens close").isNull();
            assertThat(list.visibleMeetings()).extracting(Meeting::id).contains(copy.id()).doesNotContain(doomed.id());
            assertThat(fx.dialogs.errors()).as("no storage message").isEmpty();

            outage.restore();
            assertThat(outage.send()).isEqualTo(2);
            assertThat(server.find(copy.id())).isPresent();
            assertThat(server.find(doomed.id())).isEmpty();
            assertThat(outage.keptElsewhere()).isZero();
            assertThat(outage.send()).isZero();
        }
    }
}
