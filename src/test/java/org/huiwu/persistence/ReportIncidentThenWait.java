package org.huiwu.persistence;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

import org.huiwu.AppContext;
import org.huiwu.Fixtures;
import org.huiwu.model.Meeting;
import org.huiwu.model.incidents.Incident;
import org.huiwu.model.incidents.IncidentType;

/**
 * Child-process main for {@link IncidentDurabilityTest}: opens the data folder given as the only
 * argument, saves a meeting, reports an incident and ticks its first step, prints {@code SAVED <id>}
 * (its protocol with the test), then sleeps until it is killed. It never closes the database on purpose.
 */
public final class ReportIncidentThenWait {

    private ReportIncidentThenWait() {
    }

    public static void main(String[] args) throws InterruptedException {
        AppContext context = AppContext.open(Path.of(args[0]), Clock.systemUTC());
        Meeting meeting = context.meetings().save(Fixtures.meeting("常务会议", LocalDate.of(2025, 3, 12)));
        var log = context.incidents().log();
        Incident incident = log.report(log.begin(meeting.id(), "吕佳").withType(IncidentType.MEDICAL_EMERGENCY)
                .withDescription("断电前登记的事件"));
        context.incidents().checklists().tick(incident.id(), 1, "吕佳");
        System.out.println("SAVED " + incident.id());
        System.out.flush();
        Thread.sleep(10 * 60 * 1000L);
    }
}
