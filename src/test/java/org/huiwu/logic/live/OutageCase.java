package org.huiwu.logic.live;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;

import org.huiwu.ui.common.MovableClock;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every outage test on real H2 with a simulated cut ({@link H2Outage}) starts from: the store's folder, the
 * laptop's own folder (its outbox) and a clock in Nantong's zone that the test moves. Each test opens the context,
 * the store and the cut itself, so it reads as the attendant's steps. JUnit makes the folders anew for each test.
 */
abstract class OutageCase {

    @TempDir
    Path dataDir;

    @TempDir
    Path laptop;

    final MovableClock clock = new MovableClock(Instant.parse("2026-11-27T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    /** The staff desk of another laptop, writing to the store directly (as the server holds it). */
    org.huiwu.logic.staff.StaffDesk serverDesk(org.huiwu.persistence.Database store) {
        return org.huiwu.logic.staff.StaffDesk.create(store.dao(org.huiwu.persistence.StaffDao.class),
                store.dao(org.huiwu.persistence.StaffingDao.class), store.dao(org.huiwu.persistence.AssessmentDao.class),
                clock, java.util.UUID::randomUUID);
    }

    /** This laptop's staff desk over the offline DAOs of the cut (decision 0044). */
    org.huiwu.logic.staff.StaffDesk laptopDesk(H2Outage outage) {
        return org.huiwu.logic.staff.StaffDesk.create(outage.dao(org.huiwu.persistence.StaffDao.class),
                outage.dao(org.huiwu.persistence.StaffingDao.class),
                outage.dao(org.huiwu.persistence.AssessmentDao.class), clock, java.util.UUID::randomUUID);
    }
}
