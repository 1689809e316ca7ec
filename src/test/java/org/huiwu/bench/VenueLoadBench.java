package org.huiwu.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.huiwu.Fixtures;
import org.huiwu.logic.live.LiveFeed;
import org.huiwu.model.Attendee;
import org.huiwu.model.Meeting;
import org.huiwu.model.live.Change;
import org.huiwu.model.rounds.ServiceEvent;
import org.huiwu.model.rounds.ServiceEventKind;
import org.huiwu.persistence.AttendeeDao;
import org.huiwu.persistence.ChangeFeedDao;
import org.huiwu.persistence.Database;
import org.huiwu.persistence.DatabaseServer;
import org.huiwu.persistence.FeedsChanges;
import org.huiwu.persistence.MeetingDao;
import org.huiwu.persistence.ServiceEventDao;
import org.huiwu.persistence.TestStores;

/**
 * The venue load harness (issue 15, decision 0031): N simulated laptops as threads on loopback against the local
 * PostgreSQL, each with its own connection pool and one worker thread (as the app's database thread), tapping a
 * seat every 2 s (random phase) through the real {@link ServiceEventDao} (tea row and change-feed row in one
 * transaction) and polling the real {@link LiveFeed} every {@link LiveFeed#POLL_PERIOD}; after a poll that brought
 * tea changes it reads the new events by id, as the tea board does (decision 0031). Reports sustained taps/s, p50/p95 from the start of
 * a tap to its appearance on every other laptop, and the CPU of the server's postgres processes (from /proc),
 * beside a floor: a bare JDBC insert+commit of the same row on the same server in the same run.
 *
 * <p>{@code mvn -o -q -Pbench test-compile exec:exec -Dbench.main=org.huiwu.bench.VenueLoadBench
 * -Dbench.args="30 60"} (laptops, seconds, and what a laptop reads after tea changes: {@code by-id} (default, as
 * the board does), {@code feed-only} or {@code full} (the whole tea log, as the board did before)); the server from {@code HUIWU_TEST_PG_URL|USER|PASSWORD} as for the
 * tests. Each run works in a fresh schema, dropped at the end. CLI output of a harness.
 */
public final class VenueLoadBench {

    private static final long TAP_EVERY_MILLIS = 2000;
    private final int laptops;
    private final int seconds;
    /** What a laptop reads after a poll that brought tea changes: nothing, the new events by id, or the whole log. */
    private final String reading;
    private final Map<UUID, Long> tapStarted = new ConcurrentHashMap<>();
    private final Map<UUID, Integer> tapOrigin = new ConcurrentHashMap<>();
    private final List<Long> seenAfter = Collections.synchronizedList(new ArrayList<>());
    private final List<Long> tapMillis = Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong taps = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();

    private VenueLoadBench(int laptops, int seconds, String reading) {
        this.laptops = laptops;
        this.seconds = seconds;
        this.reading = reading;
    }

    public static void main(String[] args) throws Exception {
        int laptops = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        new VenueLoadBench(laptops, seconds, args.length > 2 ? args[2] : "by-id").run();
        System.exit(0);
    }

    private void run() throws Exception {
        DatabaseServer server = TestStores.freshServer();
        Clock clock = Clock.systemUTC();
        List<Database> stores = new ArrayList<>();
        for (int i = 0; i < laptops; i++) {
            stores.add(Database.open(server, Duration.ZERO, () -> { }, null));
        }
        Meeting meeting = Fixtures.meeting("人代会全体会议", LocalDate.now());
        stores.get(0).dao(MeetingDao.class).save(meeting, clock.instant());
        List<Attendee> seated = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            seated.add(Fixtures.attendee(meeting.id(), "代表" + i, i + 1));
        }
        stores.get(0).dao(AttendeeDao.class).insertAll(seated);

        double floorMillis = floor(server, meeting.id(), seated.get(0).id());
        long cpuBefore = postgresTicks();
        long start = System.nanoTime();
        List<ScheduledExecutorService> workers = new ArrayList<>();
        Random random = new Random(15);
        for (int i = 0; i < laptops; i++) {
            int laptop = i;
            Database store = stores.get(i);
            ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor();
            workers.add(worker);
            LiveFeed feed = new LiveFeed(store.dao(ChangeFeedDao.class), clock, System::nanoTime);
            worker.submit(feed::poll);
            worker.scheduleAtFixedRate(() -> tap(laptop, store, meeting.id(), seated, clock),
                    random.nextInt((int) TAP_EVERY_MILLIS), TAP_EVERY_MILLIS, TimeUnit.MILLISECONDS);
            worker.scheduleWithFixedDelay(() -> poll(laptop, store, feed, meeting.id()), random.nextInt(700),
                    LiveFeed.POLL_PERIOD.toMillis(), TimeUnit.MILLISECONDS);
        }
        Thread.sleep(seconds * 1000L);
        long tapsDone = taps.get();
        double elapsed = (System.nanoTime() - start) / 1e9;
        long cpuAfter = postgresTicks();
        workers.forEach(ScheduledExecutorService::shutdown);
        for (ScheduledExecutorService worker : workers) {
            worker.awaitTermination(30, TimeUnit.SECONDS);
        }
        stores.forEach(Database::close);
        report(tapsDone, elapsed, (cpuAfter - cpuBefore) / 100.0, floorMillis);
    }

    private void tap(int laptop, Database store, UUID meetingId, List<Attendee> seated, Clock clock) {
        Attendee person = seated.get(java.util.concurrent.ThreadLocalRandom.current().nextInt(seated.size()));
        Instant at = clock.instant();
        ServiceEvent event = new ServiceEvent(UUID.randomUUID(), meetingId, "A-" + person.rank(), person.id(),
                "服务员" + laptop, ServiceEventKind.REFILL, null, "", 0, at, at);
        long t0 = System.nanoTime();
        tapStarted.put(event.id(), t0);
        tapOrigin.put(event.id(), laptop);
        try {
            store.dao(ServiceEventDao.class).add(event);
            taps.incrementAndGet();
            tapMillis.add((System.nanoTime() - t0) / 1_000_000);
        } catch (RuntimeException e) {
            failures.incrementAndGet();
        }
    }

    private void poll(int laptop, Database store, LiveFeed feed, UUID meetingId) {
        try {
            List<Change> changes = feed.poll();
            long now = System.nanoTime();
            java.util.Set<UUID> tea = new java.util.HashSet<>();
            for (Change change : changes) {
                Long started = change.recordId() == null ? null : tapStarted.get(change.recordId());
                Integer origin = tapOrigin.get(change.recordId());
                if (started != null && origin != laptop) {
                    seenAfter.add((now - started) / 1_000_000);
                }
                if (FeedsChanges.SERVICE.equals(change.kind()) && change.recordId() != null) {
                    tea.add(change.recordId());
                }
            }
            if (!tea.isEmpty() && reading.equals("by-id")) {
                store.dao(ServiceEventDao.class).eventsById(tea);
            } else if (!tea.isEmpty() && reading.equals("full")) {
                store.dao(ServiceEventDao.class).events(meetingId);
            }
        } catch (RuntimeException e) {
            failures.incrementAndGet();
        }
    }

    /** The median of 200 bare JDBC inserts of a tea row, each committed, on one connection of the same server. */
    private static double floor(DatabaseServer server, UUID meetingId, UUID attendeeId) throws Exception {
        List<Long> nanos = new ArrayList<>();
        java.util.Properties login = new java.util.Properties();
        login.setProperty("user", server.user());
        login.setProperty("password", server.password());
        try (Connection connection = DriverManager.getConnection(server.url(), login);
                PreparedStatement insert = connection.prepareStatement("""
                        INSERT INTO service_event (id, meeting_id, seat_key, attendee_id, attendant, kind, round_number,
                            occurred_at, recorded_at) VALUES (?, ?, 'floor', ?, '张敏', 'REFILL', 0, ?, ?)""")) {
            connection.setAutoCommit(false);
            for (int i = 0; i < 200; i++) {
                OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC);
                long t0 = System.nanoTime();
                insert.setObject(1, UUID.randomUUID());
                insert.setObject(2, meetingId);
                insert.setObject(3, attendeeId);
                insert.setObject(4, at);
                insert.setObject(5, at);
                insert.executeUpdate();
                connection.commit();
                nanos.add(System.nanoTime() - t0);
            }
        }
        Collections.sort(nanos);
        return nanos.get(nanos.size() / 2) / 1e6;
    }

    /** User and system clock ticks of every process named postgres, from /proc (100 ticks a second on Linux). */
    private static long postgresTicks() {
        long ticks = 0;
        try (var pids = Files.list(Path.of("/proc"))) {
            for (Path pid : pids.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).toList()) {
                try {
                    String stat = Files.readString(pid.resolve("stat"));
                    int close = stat.lastIndexOf(')');
                    if (!stat.substring(stat.indexOf('(') + 1, close).equals("postgres")) {
                        continue;
                    }
                    String[] fields = stat.substring(close + 2).split(" ");
                    ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                } catch (IOException | RuntimeException gone) {
                    // the process ended between the listing and the read
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return ticks;
    }

    private void report(long tapsDone, double elapsed, double serverCpuSeconds, double floorMillis) {
        List<Long> seen = new ArrayList<>(seenAfter);
        List<Long> tapsTimed = new ArrayList<>(tapMillis);
        Collections.sort(seen);
        Collections.sort(tapsTimed);
        System.out.printf("laptops %d%s, %.0f s, taps %d (%.1f taps/s sustained), failures %d%n", laptops,
                " (" + reading + ")", elapsed, tapsDone,
                tapsDone / elapsed, failures.get());
        System.out.printf("tap stored (tea row + feed row, one transaction): p50 %d ms  p95 %d ms%n",
                percentile(tapsTimed, 50), percentile(tapsTimed, 95));
        System.out.printf("floor (bare JDBC insert+commit, same server, same run): p50 %.1f ms%n", floorMillis);
        System.out.printf("tap to seen on another laptop (%d sightings): p50 %d ms  p95 %d ms  max %d ms%n",
                seen.size(), percentile(seen, 50), percentile(seen, 95), seen.isEmpty() ? 0 : seen.get(seen.size() - 1));
        System.out.printf("postgres processes CPU: %.1f s over %.0f s = %.0f%% of one core (%d cores here)%n",
                serverCpuSeconds, elapsed, 100 * serverCpuSeconds / elapsed, Runtime.getRuntime().availableProcessors());
    }

    private static long percentile(List<Long> sorted, int p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100));
    }
}
