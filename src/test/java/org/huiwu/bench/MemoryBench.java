package org.huiwu.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.huiwu.AppContext;
import org.huiwu.model.Attendee;
import org.huiwu.model.AttendeeRole;
import org.huiwu.model.CheckInStatus;
import org.huiwu.model.Meeting;
import org.huiwu.model.Side;
import org.huiwu.model.seating.PlannedSeat;
import org.huiwu.model.seating.SeatAssignments;
import org.huiwu.model.seating.SeatBlock;
import org.huiwu.model.seating.SeatPlan;

/**
 * Memory of the window beside its floor, in one run: heap used after garbage collection and resident
 * memory (VmRSS from /proc) of the minimal JavaFX window, of Huiwu with the sample meeting open and of
 * Huiwu with a 3,000-seat meeting (3,000 attendees, auto-assigned) open, every tab shown once and the
 * seating tab last. Each runs in its own JVM ({@link MemoryProbe}) with the same flags, on Monocle's
 * headless glass, alternating, {@code rounds} times (first argument, default 1). Prints to standard output.
 * Test code.
 *
 * <p>Run after {@code mvn -o -q package -DskipTests}:
 * {@code mvn -o -Pbench test-compile exec:exec -Dbench.main=org.huiwu.bench.MemoryBench -Dbench.args=}.
 */
public final class MemoryBench {

    private MemoryBench() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        Path jar = Path.of("target/huiwu.jar").toAbsolutePath();
        Path testClasses = Path.of("target/test-classes").toAbsolutePath();
        String monocle = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> entry.contains("openjfx-monocle")).findFirst().orElseThrow();
        String classPath = String.join(File.pathSeparator, jar.toString(), monocle, testClasses.toString());
        Path work = Files.createTempDirectory("huiwu-memory");
        Path sample = work.resolve("sample");
        StartupBench.run(List.of("java", "-jar", jar.toString(), "sample", "--data-dir", sample.toString()),
                work.resolve("sample.log"), null);
        Path large = work.resolve("seats3000");
        seatThreeThousand(large);
        System.out.printf("memory on Monocle headless, default heap settings, load average %s%n",
                StartupBench.loadAverage());
        for (int round = 1; round <= rounds; round++) {
            for (String variant : List.of("minimal", "sample", "seats3000")) {
                Path result = work.resolve(variant + "-" + round + ".result");
                List<String> command = new ArrayList<>(List.of("java", "-Dprism.order=sw", "-Dglass.platform=Monocle",
                        "-Dmonocle.platform=Headless", "-cp", classPath, MemoryProbe.class.getName(), result.toString(),
                        variant.equals("minimal") ? "minimal" : "huiwu"));
                if (!variant.equals("minimal")) {
                    command.addAll(List.of("--data-dir", (variant.equals("sample") ? sample : large).toString()));
                }
                Process process = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(work.resolve(variant + "-" + round + ".log").toFile()).start();
                long deadline = System.currentTimeMillis() + 300_000;
                while (!Files.exists(result) && System.currentTimeMillis() < deadline && process.isAlive()) {
                    Thread.sleep(200);
                }
                Thread.sleep(200);
                process.destroy();
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                }
                String line = Files.exists(result) ? Files.readString(result).trim() : "no result; see " + work;
                String[] parts = line.split(" ");
                if (parts.length == 4 && parts[0].equals("heap")) {
                    System.out.printf("round %d %-10s heap after GC %6.1f MB, resident %6.1f MB%n", round, variant,
                            Long.parseLong(parts[1]) / 1e6, Long.parseLong(parts[3]) / 1e6);
                } else {
                    System.out.printf("round %d %-10s %s%n", round, variant, line);
                }
            }
        }
        System.out.printf("load average at the end: %s%n", StartupBench.loadAverage());
    }

    /** A meeting of 3,000 attendees on a podium of 15 and an audience of 2,985 seats, auto-assigned. */
    private static void seatThreeThousand(Path dataDir) {
        try (AppContext context = AppContext.open(dataDir, Clock.systemDefaultZone())) {
            Meeting meeting = context.meetings().save(Meeting.blank(UUID.randomUUID(), "3000 seats", LocalDate.now()));
            List<Attendee> attendees = new ArrayList<>();
            for (int i = 1; i <= 3000; i++) {
                attendees.add(new Attendee(UUID.randomUUID(), meeting.id(), "P" + i, "Unit " + (i % 60), "", i,
                        i <= 15 ? AttendeeRole.LEADER : AttendeeRole.DELEGATE, Side.NONE, CheckInStatus.EXPECTED, ""));
            }
            context.roster().importAll(attendees);
            List<Integer> audienceRows = new ArrayList<>(IntStream.range(0, 29).mapToObj(i -> 100).toList());
            audienceRows.add(85);
            SeatPlan plan = SeatPlan.empty(UUID.randomUUID(), meeting.id()).withBlocks(List.of(
                    SeatBlock.podium(UUID.randomUUID(), "", List.of(15)),
                    SeatBlock.audience(UUID.randomUUID(), "", audienceRows, 10)));
            List<PlannedSeat> seats = context.seatPlans().save(plan);
            SeatAssignments assigned = context.seatingPlanner().autoAssign(plan, seats,
                    context.roster().list(meeting.id()), SeatAssignments.none());
            context.seatPlans().saveAssignments(plan.id(), assigned);
        }
    }
}
