package org.huiwu.persistence;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import org.huiwu.AppContext;
import org.huiwu.logic.attendees.AttendeeEdit;
import org.huiwu.logic.sample.SampleMeeting;
import org.huiwu.model.Attendee;

/**
 * Child-process main for {@link TwoLaptopsEditOneAttendeeTest}, one attendant's laptop: opens its own data folder
 * (first argument) with the records on the venue server (URL and login next, the password in
 * {@code HUIWU_DB_PASSWORD}), reads the sample meeting's first attendee and prints {@code READ}; on the line
 * {@code SAVE} from standard input saves that read with the position given as the fourth argument, prints
 * {@code SAVED <true|false> <position stored now>} and ends.
 */
public final class EditAttendeeOnServer {

    private EditAttendeeOnServer() {
    }

    public static void main(String[] args) throws Exception {
        DatabaseServer server = new DatabaseServer(args[1], args[2], System.getenv("HUIWU_DB_PASSWORD"), null);
        try (AppContext context = AppContext.open(Path.of(args[0]), Clock.systemUTC(), server, Duration.ZERO,
                () -> { }, null)) {
            Attendee read = context.roster().list(SampleMeeting.ID).get(0);
            System.out.println("READ");
            System.out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            if ("SAVE".equals(in.readLine())) {
                AttendeeEdit edit = context.roster().saveOver(read, read.withPosition(args[3]));
                System.out.println("SAVED " + edit.saved() + " " + edit.stored().position());
                System.out.flush();
            }
        }
    }
}
