package org.huiwu.logic.attendees.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.huiwu.model.Attendee;
import org.huiwu.model.AttendeeRole;
import org.huiwu.model.CheckInStatus;
import org.huiwu.model.Side;
import org.junit.jupiter.api.Test;

/** The validation rules of the import preview, on in-memory tables. Plain JUnit; one thread. */
class AttendeeImportPreviewerTest {

    private static final UUID MEETING = UUID.fromString("00000000-0000-0000-0000-0000000000aa");

    private final ImportVocabulary vocabulary = new ImportVocabulary();
    private final AttendeeImportPreviewer previewer = new AttendeeImportPreviewer(vocabulary);

    /** Rows as CSV-like lines split on "|"; the first line is the header. */
    private AttendeeImportPreview preview(Set<String> existing, String... lines) {
        List<SourceRow> rows = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            rows.add(new SourceRow(i + 1, Arrays.asList(lines[i].split("\\|", -1))));
        }
        SourceTable table = new SourceTable(SourceFormat.CSV, List.of(), "", "UTF-8", ",", rows);
        return previewer.preview(table, vocabulary.recognise(table), existing, ImportMonitor.none());
    }

    private AttendeeImportPreview preview(String... lines) {
        return preview(Set.of(), lines);
    }

    private static List<ImportProblemCode> codes(AttendeeImportPreview preview) {
        return preview.problems().stream().map(ImportProblem::code).toList();
    }

    @Test
    void buildsAttendeesFromAValidList() {
        AttendeeImportPreview preview = preview(
                "位次|姓名|单位|职务|角色|主客|备注",
                "1|张三|市委|书记|领导|主方|",
                "2|Tom Smith|Acme Ltd.|CEO|Guest|客方|素食");
        List<UUID> ids = List.of(UUID.randomUUID(), UUID.randomUUID());
        var next = ids.iterator();

        List<Attendee> attendees = preview.attendees(MEETING, next::next);

        assertThat(preview.hasErrors()).isFalse();
        assertThat(preview.problems()).isEmpty();
        assertThat(attendees).containsExactly(
                new Attendee(ids.get(0), MEETING, "张三", "市委", "书记", 1, AttendeeRole.LEADER, Side.HOST,
                        CheckInStatus.EXPECTED, ""),
                new Attendee(ids.get(1), MEETING, "Tom Smith", "Acme Ltd.", "CEO", 2, AttendeeRole.GUEST, Side.GUEST,
                        CheckInStatus.EXPECTED, "素食"));
    }

    @Test
    void countsRowNumbersAsExcelShowsThemIncludingTheHeader() {
        AttendeeImportPreview preview = preview("姓名|位次", "张三|1", "|2");

        assertThat(preview.problems()).containsExactly(
                ImportProblem.ofCell(3, AttendeeField.NAME, ImportProblemCode.NAME_EMPTY));
        assertThat(preview.hasErrors()).isTrue();
        assertThatThrownBy(() -> preview.attendees(MEETING, UUID::randomUUID))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesAFiveThousandCharacterNameWithoutTruncating() {
        String longName = "王".repeat(5000);

        AttendeeImportPreview preview = preview("姓名", longName);

        assertThat(preview.rows().get(0).name()).hasSize(5000);
        assertThat(preview.problems(ProblemSeverity.ERROR)).containsExactly(ImportProblem.ofCell(2, AttendeeField.NAME,
                ImportProblemCode.NAME_TOO_LONG, 5000, Attendee.MAX_NAME_LENGTH));
    }

    @Test
    void refusesOverlongOrganisationAndPosition() {
        AttendeeImportPreview preview = preview("姓名|单位|职务", "张三|" + "单".repeat(201) + "|" + "职".repeat(201));

        assertThat(preview.problems(ProblemSeverity.ERROR)).extracting(ImportProblem::code).containsExactly(
                ImportProblemCode.ORGANISATION_TOO_LONG, ImportProblemCode.POSITION_TOO_LONG);
    }

    @Test
    void refusesANameWithALineBreak() {
        AttendeeImportPreview preview = preview("姓名", "张\n三");

        assertThat(preview.problems(ProblemSeverity.ERROR)).extracting(ImportProblem::code)
                .containsExactly(ImportProblemCode.NAME_HAS_CONTROL_CHARACTERS);
    }

    @Test
    void reportsAMissingNameColumnAsTheReason() {
        AttendeeImportPreview preview = preview("单位|职务", "市委|书记");

        assertThat(preview.problems()).containsExactly(ImportProblem.ofFile(ImportProblemCode.NAME_COLUMN_MISSING));
        assertThat(preview.hasErrors()).isTrue();
    }

    @Test
    void treatsAHeaderlessFileAsUnmappedUntilTheUserMapsIt() {
        List<SourceRow> rows = List.of(new SourceRow(1, List.of("张三", "市委")), new SourceRow(2, List.of("李四", "市政府")));
        SourceTable table = new SourceTable(SourceFormat.CSV, List.of(), "", "UTF-8", ",", rows);
        ColumnMapping guessed = vocabulary.recognise(table);

        AttendeeImportPreview before = previewer.preview(table, guessed, Set.of(), ImportMonitor.none());
        AttendeeImportPreview after = previewer.preview(table,
                guessed.withField(0, AttendeeField.NAME).withField(1, AttendeeField.ORGANISATION), Set.of(),
                ImportMonitor.none());

        assertThat(codes(before)).containsExactly(ImportProblemCode.NAME_COLUMN_MISSING);
        assertThat(after.hasErrors()).isFalse();
        assertThat(after.rows()).extracting(ImportRow::rowNumber).containsExactly(1, 2);
        assertThat(codes(after)).containsExactly(ImportProblemCode.RANK_COLUMN_MISSING);
        assertThat(after.rows()).extracting(ImportRow::rank).containsExactly(1, 2);
    }

    @Test
    void reportsAHeaderWithoutRows() {
        assertThat(codes(preview("姓名|单位"))).containsExactly(ImportProblemCode.NO_ATTENDEE_ROWS);
    }

    @Test
    void refusesRanksThatAreNotPositiveIntegers() {
        AttendeeImportPreview preview = preview("姓名|位次", "甲|0", "乙|-1", "丙|二", "丁|1.5", "戊|99999999999");

        assertThat(preview.problems()).extracting(ImportProblem::code).containsOnly(ImportProblemCode.RANK_NOT_POSITIVE_INTEGER);
        assertThat(preview.problems()).extracting(problem -> problem.arguments().get(0))
                .containsExactly("0", "-1", "二", "1.5", "99999999999");
    }

    @Test
    void acceptsTiesAndWholeNumberFormsInRank() {
        AttendeeImportPreview preview = preview("姓名|位次", "甲|1", "乙|1", "丙|３", "丁|2.0");

        assertThat(preview.hasErrors()).isFalse();
        assertThat(preview.rows()).extracting(ImportRow::rank).containsExactly(1, 1, 3, 2);
    }

    @Test
    void flagsATieInsideTheFileAndARankAlreadyHeldInTheMeetingAsWarnings() {
        List<SourceRow> rows = List.of(new SourceRow(1, List.of("姓名", "位次")), new SourceRow(2, List.of("甲", "1")),
                new SourceRow(3, List.of("乙", "1")), new SourceRow(4, List.of("丙", "5")));
        SourceTable table = new SourceTable(SourceFormat.CSV, List.of(), "", "UTF-8", ",", rows);
        AttendeeImportPreview preview = previewer.preview(table, vocabulary.recognise(table), Set.of("王建国"),
                java.util.Map.of(5, "王建国"), ImportMonitor.none());

        assertThat(preview.hasErrors()).isFalse();
        assertThat(preview.problems()).filteredOn(p -> p.code() == ImportProblemCode.RANK_TIED_IN_FILE)
                .singleElement().satisfies(p -> {
                    assertThat(p.rowNumber()).isEqualTo(3);
                    assertThat(p.arguments()).containsExactly("1", "2");
                });
        assertThat(preview.problems()).filteredOn(p -> p.code() == ImportProblemCode.RANK_TAKEN_IN_MEETING)
                .singleElement().satisfies(p -> {
                    assertThat(p.rowNumber()).isEqualTo(4);
                    assertThat(p.arguments()).containsExactly("5", "王建国");
                });
    }

    @Test
    void placesABlankRankAfterTheHighestSoFarWithANote() {
        AttendeeImportPreview preview = preview("姓名|位次", "甲|5", "乙|", "丙|2", "丁|");

        assertThat(preview.hasErrors()).isFalse();
        assertThat(preview.rows()).extracting(ImportRow::rank).containsExactly(5, 6, 2, 7);
        assertThat(preview.problems()).containsExactly(
                ImportProblem.ofCell(3, AttendeeField.RANK, ImportProblemCode.RANK_ASSIGNED, 6),
                ImportProblem.ofCell(5, AttendeeField.RANK, ImportProblemCode.RANK_ASSIGNED, 7));
        assertThat(preview.problems(ProblemSeverity.NOTE)).hasSize(2);
    }

    @Test
    void defaultsBlankRoleAndSideAndRefusesUnknownWords() {
        AttendeeImportPreview preview = preview("姓名|身份|方", "甲||", "乙|主持人|中方");

        assertThat(preview.rows().get(0).role()).isEqualTo(AttendeeRole.DELEGATE);
        assertThat(preview.rows().get(0).side()).isEqualTo(Side.NONE);
        assertThat(preview.problems()).containsExactly(
                ImportProblem.ofFile(ImportProblemCode.RANK_COLUMN_MISSING),
                ImportProblem.ofCell(3, AttendeeField.ROLE, ImportProblemCode.ROLE_UNKNOWN, "主持人"),
                ImportProblem.ofCell(3, AttendeeField.SIDE, ImportProblemCode.SIDE_UNKNOWN, "中方"));
    }

    @Test
    void flagsDuplicateNamesInTheFileAndTheMeetingWithoutBlocking() {
        AttendeeImportPreview preview = preview(Set.of("王 五"),
                "姓名|位次", "张三|1", "张　三|2", "王五|3", "张三|4");

        assertThat(preview.hasErrors()).isFalse();
        assertThat(preview.rows()).hasSize(4);
        assertThat(preview.problems()).containsExactly(
                ImportProblem.ofCell(3, AttendeeField.NAME, ImportProblemCode.DUPLICATE_NAME_IN_FILE, "张　三", 2),
                ImportProblem.ofCell(4, AttendeeField.NAME, ImportProblemCode.DUPLICATE_NAME_IN_MEETING, "王五"),
                ImportProblem.ofCell(5, AttendeeField.NAME, ImportProblemCode.DUPLICATE_NAME_IN_FILE, "张三", 2));
        assertThat(preview.attendees(MEETING, UUID::randomUUID)).hasSize(4);
    }

    @Test
    void importsFormulaLookingTextLiterallyAndFlagsIt() {
        AttendeeImportPreview preview = preview("姓名|备注", "=1+1|@SUM(A1)", "李四|-");

        assertThat(preview.hasErrors()).isFalse();
        assertThat(preview.rows().get(0).name()).isEqualTo("=1+1");
        assertThat(preview.rows().get(0).notes()).isEqualTo("@SUM(A1)");
        assertThat(preview.problems(ProblemSeverity.WARNING)).containsExactly(
                ImportProblem.ofCell(2, AttendeeField.NAME, ImportProblemCode.FORMULA_LIKE_TEXT, "=1+1"),
                ImportProblem.ofCell(2, AttendeeField.NOTES, ImportProblemCode.FORMULA_LIKE_TEXT, "@SUM(A1)"));
    }

    @Test
    void trimsSurroundingFullWidthSpacesButKeepsInnerText() {
        AttendeeImportPreview preview = preview("姓名|单位", "\u3000张　三 | 市委 ");

        assertThat(preview.rows().get(0).name()).isEqualTo("张　三");
        assertThat(preview.rows().get(0).organisation()).isEqualTo("市委");
    }

    @Test
    void everyProblemCodeHasADistinctBundleKey() {
        assertThat(Arrays.stream(ImportProblemCode.values()).map(ImportProblemCode::key))
                .doesNotHaveDuplicates()
                .allMatch(key -> key.matches("import\\.problem\\.[a-z][A-Za-z0-9]+"));
    }
}
