package org.huiwu.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.huiwu.AppContext;
import org.huiwu.Fixtures;
import org.huiwu.logic.settings.BackupPolicy;
import org.huiwu.model.Meeting;

/**
 * Child-process main for {@link CommandsBesideTheWindowTest}: opens the data folder given as the only argument
 * as the window does (waiting while busy, automatic backups on), saves one meeting and prints
 * {@code OPEN <meeting id>}; then, keeping the folder open, answers lines on standard input:
 * {@code COUNT} prints {@code ATTENDEES <n>} for that meeting, {@code ADD <name>} saves an attendee and
 * prints {@code ADDED}, {@code CLOSE} closes the folder, prints {@code CLOSED} and ends.
 */
public final class OpenWindowHolder {

    private OpenWindowHolder() {
    }

    public static void main(String[] args) throws Exception {
        AppContext context = AppContext.open(Path.of(args[0]), Clock.systemUTC(), AppContext.BUSY_WAIT, () -> { });
        context.applyBackupPolicy(BackupPolicy.DEFAULT);
        Meeting meeting = context.meetings().save(Fixtures.meeting("窗口中打开的会议", LocalDate.of(2025, 3, 12)));
        UUID id = meeting.id();
        System.out.println("OPEN " + id);
        System.out.flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (line.equals("COUNT")) {
                System.out.println("ATTENDEES " + context.roster().list(id).size());
            } else if (line.startsWith("ADD ")) {
                context.roster().save(Fixtures.attendee(id, line.substring(4), context.roster().nextRank(id)));
                System.out.println("ADDED");
            } else if (line.equals("CLOSE")) {
                context.close();
                System.out.println("CLOSED");
                System.out.flush();
                return;
            }
            System.out.flush();
        }
        context.close();
    }
}
