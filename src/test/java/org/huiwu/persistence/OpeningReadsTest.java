package org.huiwu.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.huiwu.Fixtures.meeting;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.huiwu.model.AgendaItem;
import org.huiwu.model.Meeting;
import org.huiwu.model.privacy.ClassifiedOverride;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link OpeningReads}, the reads the window makes without Jdbi before it shows the meeting list: they must answer
 * exactly what the DAOs answer (the same meetings in the same order with their agendas, the same settings, the
 * same override state), or the list would show something else than it does a moment later.
 */
@Tag("dao")
class OpeningReadsTest {

    private static final Instant NOW = Instant.parse("2026-12-07T01:00:00Z");

    @TempDir
    Path dataDir;

    private Database database;

    @BeforeEach
    void openDatabase() {
        database = TestStores.fresh(dataDir);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void theMeetingsAreTheDaosListInItsOrderWithEveryAgenda() {
        MeetingDao meetings = database.dao(MeetingDao.class);
        Meeting standing = meeting("市政府第28次常务会议", LocalDate.of(2026, 12, 9));
        Meeting sameDayLater = meeting("城市更新推进会", LocalDate.of(2026, 12, 9)).withId(UUID.randomUUID());
        Meeting older = meeting("安全生产例会", LocalDate.of(2026, 11, 2)).withId(UUID.randomUUID())
                .withAgenda(List.of());
        Meeting laterStart = new Meeting(sameDayLater.id(), sameDayLater.title(), sameDayLater.category(),
                sameDayLater.date(), LocalTime.of(15, 30), LocalTime.of(17, 0), sameDayLater.venue(),
                sameDayLater.hostOrganisation(), sameDayLater.organisingOrganisation(), sameDayLater.confidentiality(),
                sameDayLater.foreignAffairs(), 40, sameDayLater.contactPerson(), sameDayLater.contactPhone(),
                "备注：第二条", List.of(new AgendaItem(LocalTime.of(15, 30), "听取汇报", "张三"),
                        new AgendaItem(LocalTime.of(16, 10), "讨论", "")));
        for (Meeting m : List.of(older, standing, laterStart)) {
            meetings.save(m, NOW);
        }

        List<Meeting> read = database.openingReads().orElseThrow().meetings();

        assertThat(read).containsExactlyElementsOf(meetings.list());
        assertThat(read).extracting(Meeting::title).containsExactly("城市更新推进会", "市政府第28次常务会议", "安全生产例会");
        assertThat(read.get(0).agenda()).extracting(AgendaItem::title).containsExactly("听取汇报", "讨论");
        assertThat(read.get(1).agenda()).isEqualTo(standing.agenda()).isNotEmpty();
    }

    @Test
    void theSettingsAreAsStoredAndCannotBeWrittenThroughTheReads() {
        SettingDao settings = database.dao(SettingDao.class);
        settings.save("ui.language", "ENGLISH");
        settings.save("backup.kept", "7");

        SettingDao read = database.openingReads().orElseThrow().settings();

        assertThat(read.find("ui.language")).contains("ENGLISH");
        assertThat(read.find("backup.kept")).contains("7");
        assertThat(read.find("ui.theme")).isEmpty();
        assertThatThrownBy(() -> read.save("ui.theme", "DIM")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void anOverrideLoggedOnceIsSeen() {
        assertThat(database.openingReads().orElseThrow().overridden()).isFalse();

        database.dao(ClassifiedOverrideDao.class).insert(new ClassifiedOverride(UUID.randomUUID(), "王主任", NOW,
                "本机仅在机要室内使用"));

        assertThat(database.openingReads().orElseThrow().overridden()).isTrue();
    }

    @Test
    void openingAFolderAndItsReadsMakeNoJdbiUntilADaoIsCalled() {
        try (Database reopened = Database.open(dataDir.resolve("laptop"))) {
            reopened.dao(MeetingDao.class);
            assertThat(reopened.openingReads()).isPresent();
            assertThat(reopened.jdbiMade()).isFalse();

            reopened.dao(SettingDao.class).find("ui.language");

            assertThat(reopened.jdbiMade()).isTrue();
        }
    }

    @Test
    void anEmptyFolderReadsNoMeetings() {
        assertThat(database.openingReads().orElseThrow().meetings()).isEmpty();
    }
}
