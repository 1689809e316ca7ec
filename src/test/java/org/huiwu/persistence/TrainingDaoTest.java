package org.huiwu.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.huiwu.model.training.TrainingSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link TrainingDao} on a real H2 file database built by the migrations: saving whole sessions and reading a period. */
@Tag("dao")
class TrainingDaoTest {

    private static final Instant NOW = Instant.parse("2026-11-27T02:00:00Z");

    @TempDir
    Path dataDir;

    private Database database;
    private TrainingDao dao;

    @BeforeEach
    void openDatabase() {
        database = TestStores.fresh(dataDir);
        dao = database.dao(TrainingDao.class);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void savedSessionReadsBackWithItsListsInOrder() {
        TrainingSession session = new TrainingSession(UUID.randomUUID(), "陈红", LocalDate.of(2026, 11, 20),
                List.of("tea-refill-lidded-cup", "standing-women", "evacuation"), List.of("刘芳", "王丽", "赵敏"),
                "会议室B");

        dao.save(session, NOW);

        assertThat(dao.between(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30))).containsExactly(session);
    }

    @Test
    void periodBoundsAreInclusiveAndSessionsComeOldestFirst() {
        TrainingSession before = session(LocalDate.of(2026, 10, 31), "甲");
        TrainingSession first = session(LocalDate.of(2026, 11, 1), "乙");
        TrainingSession last = session(LocalDate.of(2026, 11, 30), "丙");
        TrainingSession after = session(LocalDate.of(2026, 12, 1), "丁");
        for (TrainingSession s : List.of(after, last, before, first)) {
            dao.save(s, NOW);
        }

        assertThat(dao.between(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30))).containsExactly(first, last);
    }

    @Test
    void sessionsSurviveReopening() {
        TrainingSession session = session(LocalDate.of(2026, 11, 27), "周明");
        dao.save(session, NOW);
        database.close();

        database = TestStores.fresh(dataDir);

        assertThat(database.dao(TrainingDao.class).between(session.date(), session.date())).containsExactly(session);
    }

    @Test
    void aFailedSaveLeavesNoHalfSession() {
        TrainingSession kept = session(LocalDate.of(2026, 11, 27), "周明");
        dao.save(kept, NOW);
        String tooLongForTheTraineeColumn = "名".repeat(101);
        TrainingSession failing = new TrainingSession(UUID.randomUUID(), "陈红", kept.date(), List.of("sitting"),
                List.of("李华", tooLongForTheTraineeColumn), "");

        assertThatThrownBy(() -> dao.save(failing, NOW))
                .as("the session row and its guides are written before the trainee that does not fit")
                .isInstanceOf(RuntimeException.class);

        assertThat(dao.between(kept.date(), kept.date())).containsExactly(kept);
    }

    private static TrainingSession session(LocalDate date, String trainee) {
        return new TrainingSession(UUID.randomUUID(), "陈红", date, List.of("sitting"), List.of(trainee), "");
    }
}
