package org.huiwu.persistence;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.stream.Collectors;

import org.huiwu.AppContext;
import org.huiwu.model.rounds.SeatService;
import org.huiwu.model.rounds.SeatVisit;
import org.huiwu.logic.sample.SampleMeeting;
import org.huiwu.model.rounds.ServiceEvent;

/**
 * Child-process main for {@link TwoLaptopsOnOneServerTest}, one attendant's laptop: opens its own data folder
 * (first argument) with the records on the venue server (URL and login as the next arguments, the password in
 * {@code HUIWU_DB_PASSWORD}), marks the sample meeting's seat of the given index served, prints
 * {@code SERVED <event id>}, then on the line {@code READ} from standard input prints {@code SEEN <ids>} (every
 * service event of the meeting it reads now) and ends.
 */
public final class ServeSeatOnServer {

    private ServeSeatOnServer() {
    }

    public static void main(String[] args) throws Exception {
        DatabaseServer server = new DatabaseServer(args[1], args[2], System.getenv("HUIWU_DB_PASSWORD"), null);
        try (AppContext context = AppContext.open(Path.of(args[0]), Clock.systemUTC(), server, Duration.ZERO,
                () -> { }, null)) {
            SeatService seat = context.roundBoard().now(context.roundBoard().load(SampleMeeting.ID)).seats()
                    .get(Integer.parseInt(args[3]));
            ServiceEvent served = context.serviceLog().markServed(
                    new SeatVisit(SampleMeeting.ID, seat.seatKey(), seat.attendeeId(), "laptop " + args[3]));
            System.out.println("SERVED " + served.id());
            System.out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            if ("READ".equals(in.readLine())) {
                System.out.println("SEEN " + context.roundBoard().history(SampleMeeting.ID).events().stream()
                        .map(event -> event.id().toString()).collect(Collectors.joining(",")));
                System.out.flush();
            }
        }
    }
}
