package org.huiwu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The {@code huiwu} command line through {@link HuiwuCommand#run(PrintWriter, PrintWriter, String...)}
 * on a data folder in a test folder: output formats, the import, and exit codes 0 / 1 / 2. The default
 * locale is English for the test (it decides the command line's language) and restored afterwards.
 */
@ExtendWith(EnglishLocale.class)
class HuiwuCommandTest {

    @TempDir
    Path dir;

    private String data;
    private StringWriter out;
    private StringWriter err;

    @BeforeEach
    void dataFolder() {
        data = dir.resolve("data").toString();
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return HuiwuCommand.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    private List<String> outLines() {
        return out.toString().lines().toList();
    }

    private List<String> errLines() {
        return err.toString().lines().toList();
    }

    private String sampleId() {
        assertThat(run("sample", "--data-dir", data)).isZero();
        return out.toString().strip();
    }

    @Test
    void samplePrintsTheSameMeetingIdEachTime() {
        String first = sampleId();
        String second = sampleId();

        assertThat(UUID.fromString(first)).isNotNull();
        assertThat(second).isEqualTo(first);
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void meetingsListsIdDateAndTitleTabSeparated() {
        String id = sampleId();

        assertThat(run("meetings", "--data-dir", data)).isZero();

        assertThat(outLines()).hasSize(1);
        assertThat(outLines().get(0)).matches(id + "\t\\d{4}-\\d{2}-\\d{2}\t市政府第28次常务会议");
    }

    @Test
    void aMeetingTitleWithATabOrLineBreakStaysOnItsOwnLine() {
        try (org.huiwu.AppContext context = org.huiwu.AppContext.open(Path.of(data),
                java.time.Clock.systemDefaultZone())) {
            context.meetings().save(org.huiwu.Fixtures.meeting("市政府\t第29次\n常务会议", java.time.LocalDate.of(2026, 12, 8)));
        }

        assertThat(run("meetings", "--data-dir", data)).isZero();

        assertThat(outLines()).hasSize(1);
        assertThat(outLines().get(0)).endsWith("\t2026-12-08\t市政府 第29次 常务会议");
    }

    @Test
    void meetingsOfAnEmptyFolderPrintsNothing() {
        assertThat(run("meetings", "--data-dir", data)).isZero();

        assertThat(out.toString()).isEmpty();
    }

    @Test
    void attendeesListsRankNameOrganisationPositionInPrecedenceOrder() {
        String id = sampleId();

        assertThat(run("attendees", "--data-dir", data, "--meeting", id)).isZero();

        List<String> lines = outLines();
        assertThat(lines).hasSizeGreaterThanOrEqualTo(7);
        assertThat(lines.get(0)).isEqualTo("1\t王建国\t南通市人民政府\t市长");
        assertThat(lines).allSatisfy(line -> assertThat(line.split("\t", -1)).hasSize(4));
        assertThat(lines.stream().map(line -> Integer.parseInt(line.split("\t")[0])).toList()).isSorted();
    }

    @Test
    void importOfAGoodFileAddsTheAttendees() throws IOException {
        String id = sampleId();
        Path file = csv("姓名,单位,职务,位次", "Alice Tester,Acme,Observer,90", "Bob Tester,Acme,Observer,91");

        assertThat(run("import", "--data-dir", data, "--meeting", id, file.toString())).isZero();
        assertThat(out.toString()).contains("Imported 2 attendees.");

        run("attendees", "--data-dir", data, "--meeting", id);
        assertThat(outLines()).endsWith("90\tAlice Tester\tAcme\tObserver", "91\tBob Tester\tAcme\tObserver");
    }

    @Test
    void importWithReplaceTakesThePlaceOfTheListEvenWhereItsRanksAreTaken() throws IOException {
        String id = sampleId();
        run("attendees", "--data-dir", data, "--meeting", id);
        int before = outLines().size();
        Path file = csv("姓名,单位,职务,位次", "Alice Tester,Acme,Observer,1", "Bob Tester,Acme,Observer,2");

        assertThat(run("import", "--data-dir", data, "--meeting", id, "--replace", file.toString())).isZero();
        assertThat(out.toString()).contains("Imported 2 attendees in place of the " + before + " who were listed.");

        run("attendees", "--data-dir", data, "--meeting", id);
        assertThat(outLines()).containsExactly("1\tAlice Tester\tAcme\tObserver", "2\tBob Tester\tAcme\tObserver");
    }

    @Test
    void theImportHelpNamesReplaceInTheSystemsLanguage() {
        assertThat(run("import", "--help")).isZero();
        assertThat(out.toString()).contains("--replace").contains("Replace the meeting's attendees");

        java.util.Locale saved = java.util.Locale.getDefault();
        java.util.Locale.setDefault(java.util.Locale.SIMPLIFIED_CHINESE);
        try {
            assertThat(run("import", "--help")).isZero();
        } finally {
            java.util.Locale.setDefault(saved);
        }
        assertThat(out.toString()).contains("--replace").contains("替换会议的全部人员");
    }

    @Test
    void importOfAFileWithATooLongNameFailsNamingTheRowAndImportsNothing() throws IOException {
        String id = sampleId();
        run("attendees", "--data-dir", data, "--meeting", id);
        List<String> before = outLines();
        Path file = csv("姓名,位次", "Alice Tester,90", "王".repeat(5000) + ",91", "Bob Tester,92");

        assertThat(run("import", "--data-dir", data, "--meeting", id, file.toString())).isEqualTo(1);

        assertThat(err.toString()).contains("Row 3:").contains("5000");
        assertThat(errLines()).last().asString().startsWith("Nothing was imported");
        assertThat(out.toString()).isEmpty();
        run("attendees", "--data-dir", data, "--meeting", id);
        assertThat(outLines()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"attendees", "import"})
    void unknownMeetingFailsWithOneLine(String command) throws IOException {
        UUID unknown = UUID.fromString("00000000-0000-4000-8000-00000000beef");
        Path file = csv("姓名", "Alice Tester");
        String[] args = command.equals("import")
                ? new String[] {command, "--data-dir", data, "--meeting", unknown.toString(), file.toString()}
                : new String[] {command, "--data-dir", data, "--meeting", unknown.toString()};

        assertThat(run(args)).isEqualTo(1);

        assertThat(errLines()).containsExactly("No meeting with id " + unknown);
        assertThat(out.toString()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"attendees", "import"})
    void missingMeetingOptionIsAUsageError(String command) {
        assertThat(run(command, "--data-dir", data, "list.csv")).isEqualTo(2);

        assertThat(err.toString()).contains("--meeting");
    }

    @Test
    void malformedMeetingIdIsAUsageError() {
        assertThat(run("attendees", "--data-dir", data, "--meeting", "not-a-uuid")).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sample", "meetings", "attendees", "import", "seat-order"})
    void helpOfEverySubcommandSucceeds(String command) {
        assertThat(run(command, "--help")).isZero();

        assertThat(out.toString()).contains("Usage:").contains(command);
    }

    @Test
    void topLevelHelpListsTheCommands() {
        assertThat(run("--help")).isZero();

        assertThat(out.toString()).contains("sample", "meetings", "attendees", "import");
    }

    @Test
    void noCommandIsAUsageError() {
        assertThat(run()).isEqualTo(2);

        assertThat(err.toString()).contains("Missing command");
    }

    @Test
    void unknownCommandIsAUsageError() {
        assertThat(run("explode")).isEqualTo(2);
    }

    private Path csv(String... lines) throws IOException {
        return Files.writeString(dir.resolve("list.csv"), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }
}
