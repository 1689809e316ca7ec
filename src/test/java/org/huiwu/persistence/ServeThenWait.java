package org.huiwu.persistence;

import java.nio.file.Path;
import java.time.Clock;

import org.huiwu.AppContext;
import org.huiwu.logic.sample.SampleMeeting;
import org.huiwu.model.rounds.SeatService;
import org.huiwu.model.rounds.SeatVisit;
import org.huiwu.model.rounds.ServiceEvent;

/**
 * Child-process main for {@link ServiceDurabilityTest}: opens the data folder given as the only
 * argument, creates the sample meeting, marks its most senior seat served through the service log,
 * prints {@code SERVED <event id>} once the tap returned (when the UI would turn the seat "served"),
 * then sleeps until it is killed. It never closes the database on purpose.
 */
public final class ServeThenWait {

    private ServeThenWait() {
    }

    public static void main(String[] args) throws InterruptedException {
        AppContext context = AppContext.open(Path.of(args[0]), Clock.systemUTC());
        context.sampleMeeting().ensure();
        SeatService first = context.roundBoard().now(context.roundBoard().load(SampleMeeting.ID)).seats().get(0);
        ServiceEvent served = context.serviceLog().markServed(
                new SeatVisit(SampleMeeting.ID, first.seatKey(), first.attendeeId(), "主席台组"));
        System.out.println("SERVED " + served.id());
        System.out.flush();
        Thread.sleep(10 * 60 * 1000L);
    }
}
