package org.huiwu.bench;

import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.huiwu.AppContext;
import org.huiwu.model.Attendee;
import org.huiwu.persistence.AttendeeDao;
import org.huiwu.persistence.LocalOutbox;
import org.huiwu.persistence.OfflineDaos;

/**
 * What keeping the remembered reads on disk costs (decision 0047), a harness with its own main():
 * {@code mvn -Pbench test-compile exec:exec -Dbench.main=org.huiwu.bench.RememberedReadsBench -Dbench.args=}. Reads go
 * through the offline DAOs over a DAO that answers from memory (the sample meeting's 19 attendees), so only the
 * proxy's own work is timed: per read on the reading thread kept in memory only and kept on disk too (the same read
 * again and again, so the answer does not change); the background writer's time per changed answer (2,000 reads of
 * different records, until the outbox closes); and loading 2,000 kept reads at the next start, without the server
 * (on the opening thread) and with it (behind). Prints the figures.
 */
public final class RememberedReadsBench {

    private static final String ORIGIN = "bench@jdbc:postgresql://hall/huiwu";
    private static final int READS = 200_000;

    private RememberedReadsBench() {
    }

    public static void main(String[] args) throws Exception {
        Path store = Files.createTempDirectory("huiwu-rrbench-store");
        List<Attendee> attendees;
        try (AppContext context = AppContext.open(store, Clock.systemUTC())) {
            attendees = context.roster().list(context.sampleMeeting().ensure());
        }
        UUID meeting = attendees.get(0).meetingId();
        AttendeeDao fixed = (AttendeeDao) Proxy.newProxyInstance(AttendeeDao.class.getClassLoader(),
                new Class<?>[] {AttendeeDao.class}, (proxy, method, arguments) -> switch (method.getName()) {
                    case "listByMeeting" -> attendees;
                    case "find" -> Optional.of(attendees.get(Math.floorMod(arguments[0].hashCode(), attendees.size())));
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        for (int round = 1; round <= 3; round++) {
            Path memory = Files.createTempDirectory("huiwu-rrbench-memory");
            Path disk = Files.createTempDirectory("huiwu-rrbench-disk");
            try (LocalOutbox outbox = LocalOutbox.open(memory)) {
                AttendeeDao dao = new OfflineDaos(outbox, OfflineDaos::unreachable).wrap(AttendeeDao.class, fixed);
                System.out.printf("round %d: in memory only  %7.2f µs per read%n", round, perRead(dao, meeting));
            }
            long writing;
            try (LocalOutbox outbox = LocalOutbox.open(disk)) {
                AttendeeDao dao = org.huiwu.persistence.OfflineStart.daos(outbox, ORIGIN, false).wrap(AttendeeDao.class, fixed);
                System.out.printf("round %d: kept on disk too %7.2f µs per read%n", round, perRead(dao, meeting));
                long start = System.nanoTime();
                for (int i = 0; i < 2_000; i++) {
                    dao.find(UUID.randomUUID());
                }
                System.out.printf("round %d: 2,000 changed answers noted in %.1f ms on the reading thread%n", round,
                        (System.nanoTime() - start) / 1e6);
                writing = System.nanoTime();
            }
            System.out.printf("round %d: the writer done %.1f ms after the last read (close waits for it)%n", round,
                    (System.nanoTime() - writing) / 1e6);
            long loading = System.nanoTime();
            try (LocalOutbox outbox = LocalOutbox.open(disk)) {
                org.huiwu.persistence.OfflineStart.daos(outbox, ORIGIN, true);
                System.out.printf("round %d: a start without the server opens the outbox and loads the kept reads in"
                        + " %.1f ms%n", round, (System.nanoTime() - loading) / 1e6);
            }
            loading = System.nanoTime();
            try (LocalOutbox outbox = LocalOutbox.open(disk)) {
                org.huiwu.persistence.OfflineStart.daos(outbox, ORIGIN, false);
                System.out.printf("round %d: a start with the server opens the outbox and goes on in %.1f ms (loading"
                        + " behind)%n", round, (System.nanoTime() - loading) / 1e6);
            }
        }
    }

    private static double perRead(AttendeeDao dao, UUID meeting) {
        for (int i = 0; i < READS / 10; i++) {
            dao.listByMeeting(meeting);
        }
        long start = System.nanoTime();
        for (int i = 0; i < READS; i++) {
            dao.listByMeeting(meeting);
        }
        return (System.nanoTime() - start) / 1e3 / READS;
    }
}
