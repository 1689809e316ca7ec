package org.huiwu.persistence;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

import org.huiwu.AppContext;
import org.huiwu.Fixtures;
import org.huiwu.model.Meeting;

/**
 * Child-process main for {@link DurabilityTest}: opens the data folder given as the only argument,
 * saves one meeting through the catalog, prints {@code SAVED <id>} on standard output (its protocol
 * with the test), then sleeps until it is killed. It never closes the database on purpose.
 */
public final class WriteThenWait {

    private WriteThenWait() {
    }

    public static void main(String[] args) throws InterruptedException {
        AppContext context = AppContext.open(Path.of(args[0]), Clock.systemUTC());
        Meeting saved = context.meetings().save(Fixtures.meeting("断电前保存的会议", LocalDate.of(2025, 3, 12)));
        System.out.println("SAVED " + saved.id());
        System.out.flush();
        Thread.sleep(10 * 60 * 1000L);
    }
}
