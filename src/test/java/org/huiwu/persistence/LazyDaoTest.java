package org.huiwu.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Database#dao} hands out DAOs that Jdbi attaches on their first call (decision 0023): nothing about a
 * DAO is read when the composition root is built, calls behave as on the attached DAO, and a failure reaches
 * the caller as Jdbi threw it.
 */
class LazyDaoTest {

    /** Not a valid SqlObject: Jdbi refuses to attach it. */
    interface NotAttachable {
        String noSql();
    }

    interface Failing {
        @SqlUpdate("INSERT INTO no_such_table (x) VALUES (1)")
        void insertNowhere();

        @SqlQuery("SELECT 41 + 1")
        int answer();
    }

    @TempDir
    Path dataDir;

    private Database database;

    @BeforeEach
    void open() {
        database = Database.open(dataDir);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aDaoIsAttachedOnItsFirstCallNotWhenHandedOut() {
        NotAttachable dao = database.dao(NotAttachable.class);

        assertThat(dao.toString()).contains("NotAttachable");
        assertThatThrownBy(dao::noSql).isInstanceOf(RuntimeException.class);
    }

    @Test
    void attachingInTheBackgroundLeavesCallsWorkingAndAFaultyDaoFailingAtItsCall() throws Exception {
        SettingDao settings = database.dao(SettingDao.class);
        NotAttachable faulty = database.dao(NotAttachable.class);

        database.attachInBackground();

        settings.save("early", "yes");
        assertThat(settings.find("early")).contains("yes");
        assertThatThrownBy(faulty::noSql).isInstanceOf(RuntimeException.class);
    }

    @Test
    void callsWorkAsOnTheAttachedDao() {
        SettingDao settings = database.dao(SettingDao.class);

        settings.save("lazy", "yes");

        assertThat(settings.find("lazy")).contains("yes");
        assertThat(database.dao(SettingDao.class).find("lazy")).contains("yes");
        assertThat(database.dao(Failing.class).answer()).isEqualTo(42);
    }

    @Test
    void aFailureReachesTheCallerUnwrapped() {
        Failing dao = database.dao(Failing.class);

        assertThatThrownBy(dao::insertNowhere).isInstanceOf(JdbiException.class);
    }
}
