package org.huiwu.logic.guides;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.huiwu.model.training.TrainingSession;
import org.huiwu.persistence.Database;
import org.huiwu.persistence.TestStores;
import org.huiwu.persistence.TrainingDao;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link TrainingRecords} on real H2: recording tidies names, refuses incomplete sessions, lists by period. */
@Tag("dao")
class TrainingRecordsTest {

    /** 00:30 on 28 November 2026 in Beijing, still the 27th in UTC. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T16:30:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path dataDir;

    private Database database;
    private TrainingRecords records;

    @BeforeEach
    void open() {
        database = TestStores.fresh(dataDir);
        records = new TrainingRecords(database.dao(TrainingDao.class), CLOCK, UUID::randomUUID);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void todayIsTheClocksLocalDate() {
        assertThat(records.today()).isEqualTo(LocalDate.of(2026, 11, 28));
    }

    @Test
    void recordingTidiesNamesAndStoresTheSession() {
        TrainingSession saved = records.record("  陈红 ", records.today(),
                List.of("tea-refill-lidded-cup", "tea-refill-lidded-cup", "evacuation"),
                TrainingRecords.names("刘芳\n\n  王丽  \r\n刘芳\n"), " 第二期 ");

        assertThat(saved.trainer()).isEqualTo("陈红");
        assertThat(saved.guideIds()).containsExactly("tea-refill-lidded-cup", "evacuation");
        assertThat(saved.trainees()).containsExactly("刘芳", "王丽");
        assertThat(saved.notes()).isEqualTo("第二期");
        assertThat(records.list(YearMonth.of(2026, 11))).containsExactly(saved);
    }

    @Test
    void sessionWithoutTrainerGuideOrTraineeIsRefusedAndNothingIsStored() {
        LocalDate day = records.today();
        assertThatThrownBy(() -> records.record(" ", day, List.of("sitting"), List.of("刘芳"), ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> records.record("陈红", day, List.of(), List.of("刘芳"), ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> records.record("陈红", day, List.of("sitting"), List.of(" "), ""))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(records.list(day, day)).isEmpty();
    }

    @Test
    void listCoversOnlyThePeriod() {
        TrainingSession october = records.record("陈红", LocalDate.of(2026, 10, 31), List.of("sitting"), List.of("甲"), "");
        TrainingSession november = records.record("陈红", LocalDate.of(2026, 11, 2), List.of("sitting"), List.of("乙"), "");

        assertThat(records.list(YearMonth.of(2026, 11))).containsExactly(november);
        assertThat(records.list(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 30)))
                .containsExactly(october, november);
        assertThat(november.trained("乙 ")).isTrue();
    }

    @Test
    void periodEndingBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> records.list(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
