package org.huiwu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Runs {@code seat-order} in-process and checks its output and exit codes. Not thread-safe. */
@ExtendWith(EnglishLocale.class)
class SeatOrderCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** Runs {@code huiwu seat-order args} as the command line does, usage handling included. */
    private int run(String... args) {
        String[] line = new String[args.length + 1];
        line[0] = "seat-order";
        System.arraycopy(args, 0, line, 1, args.length);
        return HuiwuCommand.run(new PrintWriter(out), new PrintWriter(err), line);
    }

    private String output() {
        return out.toString().replace("\r\n", "\n");
    }

    @ParameterizedTest(name = "--seats {0} --view {1} --convention {2}: {3}")
    @CsvSource({
        "7, audience, government, 7 5 3 1 2 4 6",
        "7, podium,   government, 6 4 2 1 3 5 7",
        "8, audience, government, 7 5 3 1 2 4 6 8",
        "8, podium,   government, 8 6 4 2 1 3 5 7",
        "2, audience, government, 1 2",
        "1, audience, government, 1",
        "7, audience, foreign,    6 4 2 1 3 5 7",
        "8, podium,   foreign,    7 5 3 1 2 4 6 8",
    })
    void printsOneRowOfRanks(int seats, String view, String convention, String expected) {
        int exit = run("--layout", "podium", "--seats", String.valueOf(seats), "--view", view,
                "--convention", convention);
        assertThat(exit).isZero();
        assertThat(output()).isEqualTo(expected + "\n");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void defaultsToGovernmentConventionSeenFromTheAudience() {
        assertThat(run("--seats", "7")).isZero();
        assertThat(output()).isEqualTo("7 5 3 1 2 4 6\n");
    }

    @Test
    void printsFrontRowFirstForSeveralRows() {
        assertThat(run("--rows", "5,7")).isZero();
        assertThat(output()).isEqualTo("5 3 1 2 4\n12 10 8 6 7 9 11\n");
    }

    @Test
    void canRestartNumberingOnEachRow() {
        assertThat(run("--rows", "5,7", "--row-numbering", "restart")).isZero();
        assertThat(output()).isEqualTo("5 3 1 2 4\n7 5 3 1 2 4 6\n");
    }

    @ParameterizedTest(name = "--variant {0} --seats {1}: {2}")
    @CsvSource({
        "V1,    4, 4 2 1 3",
        "v1,    8, 8 6 4 2 1 3 5 7",
        "V2,    2, 2 1",
        "V2,    4, 3 1 2 4",
        "'V1,V2', 2, 2 1",
    })
    void appliesVariants(String variant, int seats, String expected) {
        assertThat(run("--seats", String.valueOf(seats), "--variant", variant)).isZero();
        assertThat(output()).isEqualTo(expected + "\n");
    }

    @ParameterizedTest(name = "--seats {0} is a usage error")
    @ValueSource(strings = {"0", "-1", "201", "100000"})
    void refusesAbsurdSeatCounts(String seats) {
        assertThat(run("--seats", seats)).isEqualTo(2);
        assertThat(err.toString()).contains("between 1 and 200").contains(seats);
        assertThat(output()).isEmpty();
    }

    @Test
    void refusesTooManySeatsInARowInChinese() {
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        assertThat(run("--rows", "5,201")).isEqualTo(2);
        assertThat(err.toString()).contains("第 2 排的座位数必须在 1 到 200 之间，现为 201");
        assertThat(output()).isEmpty();
    }

    @Test
    void refusesMoreRowsThanAPodiumHolds() {
        assertThat(run("--rows", "1,".repeat(20) + "1")).isEqualTo(2);
        assertThat(err.toString()).contains("The number of rows must be between 1 and 20, was 21");
    }

    @ParameterizedTest(name = "usage error: {0}")
    @CsvSource(delimiter = '|', value = {
        "--seats 7 --layout talks           | only podium",
        "--seats 7 --convention martian     | Unknown --convention",
        "--seats 7 --view sideways          | Unknown --view",
        "--seats 7 --variant V9             | Unknown seating variant",
        "--seats 7 --variant V4             | does not apply to the podium",
        "--seats 7 --variant V5             | --convention foreign",
        "--seats 7 --variant V3             | --view podium",
        "--seats 7 --row-numbering zigzag   | Unknown --row-numbering",
        "--rows 5,0                         | row 2",
        "--seats seven                      | seven",
        "--seats 7 --rows 5,7               | mutually exclusive",
        "--view podium                      | Missing required",
    })
    void badUsageEndsWithExitCodeTwoAndAMessage(String args, String messagePart) {
        assertThat(run(args.trim().split("\\s+"))).isEqualTo(2);
        assertThat(err.toString()).contains(messagePart);
        assertThat(output()).isEmpty();
    }

    @Test
    void helpDescribesTheOptions() {
        assertThat(run("--help")).isZero();
        assertThat(output()).contains("seat-order", "--seats", "--rows", "--convention", "--view", "--variant");
    }
}
