package org.huiwu.logic.attendees.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading delimited text: encodings, delimiters, row numbers, and files that are no list at all. */
class CsvReadingTest {

    private static final String LIST = "姓名,单位,职务\n张三,市政府办公室,主任\n李四,市发改委,副主任\n";

    @TempDir
    Path dir;

    private final AttendeeFileReader reader = new AttendeeFileReader();

    private SourceTable read(Path file) throws ImportFileException {
        return reader.read(file, ImportMonitor.none());
    }

    @Test
    void readsUtf8WithBom() throws Exception {
        SourceTable table = read(ImportFixtures.bytes(dir, "bom.csv", ImportFixtures.UTF8_BOM,
                LIST.getBytes(StandardCharsets.UTF_8)));

        assertThat(table.encoding()).isEqualTo("UTF-8 BOM");
        assertThat(table.rows().get(0).cells()).containsExactly("姓名", "单位", "职务");
        assertThat(table.rows().get(1).cells()).containsExactly("张三", "市政府办公室", "主任");
    }

    @Test
    void readsUtf8WithoutBom() throws Exception {
        SourceTable table = read(ImportFixtures.text(dir, "plain.csv", LIST, StandardCharsets.UTF_8));

        assertThat(table.format()).isEqualTo(SourceFormat.CSV);
        assertThat(table.encoding()).isEqualTo("UTF-8");
        assertThat(table.rows().get(2).cells()).containsExactly("李四", "市发改委", "副主任");
    }

    @Test
    void readsGbkAsWrittenByExcelOnChineseWindows() throws Exception {
        SourceTable table = read(ImportFixtures.text(dir, "gbk.csv", LIST, Charset.forName("GB18030")));

        assertThat(table.encoding()).isEqualTo("GB18030");
        assertThat(table.rows().get(1).cells()).containsExactly("张三", "市政府办公室", "主任");
    }

    @Test
    void readsUtf16WithBomAsExcelUnicodeText() throws Exception {
        SourceTable table = read(ImportFixtures.text(dir, "unicode.txt", "\uFEFF姓名\t单位\n王五\t省厅\n",
                StandardCharsets.UTF_16LE));

        assertThat(table.encoding()).isEqualTo("UTF-16LE");
        assertThat(table.rows().get(1).cells()).containsExactly("王五", "省厅");
    }

    @ParameterizedTest
    @ValueSource(strings = {"SEMICOLON", "TAB", "COMMA"})
    void detectsTheDelimiter(String label) throws Exception {
        String delimiter = switch (label) {
            case "SEMICOLON" -> ";";
            case "TAB" -> "\t";
            default -> ",";
        };
        String content = String.join("\n",
                String.join(delimiter, "姓名", "单位", "备注"),
                String.join(delimiter, "张三", "\"市委, 办公室\"", "无"));

        SourceTable table = read(ImportFixtures.text(dir, "d.csv", content, StandardCharsets.UTF_8));

        assertThat(table.delimiter()).as(label).isEqualTo(delimiter);
        assertThat(table.rows().get(1).cells()).containsExactly("张三", "市委, 办公室", "无");
    }

    @Test
    void honoursExcelSepLineAndNumbersRowsAsExcelShowsThem() throws Exception {
        SourceTable table = read(ImportFixtures.text(dir, "sep.csv", "sep=;\n姓名;单位\n\n张三;市委\n",
                StandardCharsets.UTF_8));

        assertThat(table.delimiter()).isEqualTo(";");
        assertThat(table.rows()).extracting(SourceRow::rowNumber).containsExactly(1, 3);
    }

    @Test
    void skipsBlankRowsButKeepsFileRowNumbers() throws Exception {
        SourceTable table = read(ImportFixtures.text(dir, "gaps.csv", "姓名\n张三\n\n , \n李四\n",
                StandardCharsets.UTF_8));

        assertThat(table.rows()).extracting(SourceRow::rowNumber).containsExactly(1, 2, 5);
    }

    @Test
    void keepsFormulaLookingTextLiterally() throws Exception {
        SourceTable table = read(ImportFixtures.text(dir, "f.csv", "姓名\n=1+1\n@SUM(A1)\n", StandardCharsets.UTF_8));

        assertThat(table.rows()).extracting(row -> row.cell(0)).containsExactly("姓名", "=1+1", "@SUM(A1)");
    }

    @Test
    void refusesAnEmptyFile() throws Exception {
        Path empty = ImportFixtures.bytes(dir, "empty.csv");

        assertThatThrownBy(() -> read(empty))
                .isInstanceOfSatisfying(ImportFileException.class, e ->
                        assertThat(e.problem().code()).isEqualTo(ImportProblemCode.EMPTY_FILE));
    }

    @Test
    void refusesAFileWithOnlyABomAndWhitespace() throws Exception {
        Path blank = ImportFixtures.bytes(dir, "blank.csv", ImportFixtures.UTF8_BOM, " \r\n".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> read(blank))
                .isInstanceOfSatisfying(ImportFileException.class, e ->
                        assertThat(e.problem().code()).isEqualTo(ImportProblemCode.EMPTY_FILE));
    }

    @Test
    void refusesBinaryJunkWithATypedProblem() throws Exception {
        byte[] junk = new byte[4096];
        new Random(42).nextBytes(junk);
        Path file = ImportFixtures.bytes(dir, "names.csv", junk);

        assertThatThrownBy(() -> read(file))
                .isInstanceOfSatisfying(ImportFileException.class, e -> {
                    assertThat(e.problem().code()).isEqualTo(ImportProblemCode.UNRECOGNISED_FORMAT);
                    assertThat(e.problem().rowNumber()).isEqualTo(ImportProblem.WHOLE_FILE);
                });
    }

    @Test
    void refusesTextFullOfControlCharacters() throws Exception {
        Path file = ImportFixtures.bytes(dir, "ctl.csv", new byte[] {1, 2, 3, 'a', 4, 5, 6, 'b'});

        assertThatThrownBy(() -> read(file))
                .isInstanceOfSatisfying(ImportFileException.class, e ->
                        assertThat(e.problem().code()).isEqualTo(ImportProblemCode.UNRECOGNISED_FORMAT));
    }

    @Test
    void reportsAMissingFileAsNotReadable() {
        assertThatThrownBy(() -> read(dir.resolve("missing.csv")))
                .isInstanceOfSatisfying(ImportFileException.class, e -> {
                    assertThat(e.problem().code()).isEqualTo(ImportProblemCode.FILE_NOT_READABLE);
                    assertThat(e.problem().arguments()).isEqualTo(List.of("missing.csv"));
                });
    }
}
