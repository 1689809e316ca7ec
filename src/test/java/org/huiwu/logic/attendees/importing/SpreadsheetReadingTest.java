package org.huiwu.logic.attendees.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.io.OutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading .xlsx and .xls workbooks: sheet choice, displayed cell text, cached formulas, damage. */
class SpreadsheetReadingTest {

    @TempDir
    Path dir;

    private final AttendeeFileReader reader = new AttendeeFileReader();

    private Path twoSheets(String fileName) throws Exception {
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        sheets.put("说明", List.of(List.of("请在第二页填写名单")));
        sheets.put("名单", List.of(
                List.of("序号", "姓名", "单位"),
                List.of(1, "张三", "市委办公室"),
                List.of(2.0, "李四", "市政府")));
        return ImportFixtures.workbook(dir, fileName, new XSSFWorkbook(), sheets);
    }

    @Test
    void listsSheetsAndReadsTheFirstByDefault() throws Exception {
        SourceTable table = reader.read(twoSheets("list.xlsx"), ImportMonitor.none());

        assertThat(table.format()).isEqualTo(SourceFormat.XLSX);
        assertThat(table.sheetNames()).containsExactly("说明", "名单");
        assertThat(table.sheetName()).isEqualTo("说明");
        assertThat(table.rows()).hasSize(1);
    }

    @Test
    void readsAChosenSheetWithNumericCellsAsDisplayed() throws Exception {
        SourceTable table = reader.read(twoSheets("list.xlsx"), "名单", ImportMonitor.none());

        assertThat(table.sheetName()).isEqualTo("名单");
        assertThat(table.rows().get(1).cells()).containsExactly("1", "张三", "市委办公室");
        assertThat(table.rows().get(2).cells()).containsExactly("2", "李四", "市政府");
        assertThat(table.rows()).extracting(SourceRow::rowNumber).containsExactly(1, 2, 3);
    }

    @Test
    void recognisesAWorkbookByContentWhateverItsName() throws Exception {
        Path misnamed = twoSheets("list.csv");

        assertThat(reader.read(misnamed, "名单", ImportMonitor.none()).format()).isEqualTo(SourceFormat.XLSX);
    }

    @Test
    void readsFormulaCellsAsTheirCachedValueWithoutEvaluating() throws Exception {
        Path file = ImportFixtures.xlsx(dir, "f.xlsx", "名单", List.of(
                List.of("姓名", "位次"),
                List.of("张三", "=1+1"),
                List.of("=\"王\"&\"五\"", 3)));

        SourceTable table = reader.read(file, ImportMonitor.none());

        assertThat(table.rows().get(1).cells()).containsExactly("张三", "2");
        assertThat(table.rows().get(2).cells()).containsExactly("王五", "3");
    }

    @Test
    void readsLegacyXls() throws Exception {
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        sheets.put("Sheet1", List.of(List.of("姓名", "排序"), List.of("赵六", 4)));
        Path file = ImportFixtures.workbook(dir, "old.xls", new HSSFWorkbook(), sheets);

        SourceTable table = reader.read(file, ImportMonitor.none());

        assertThat(table.format()).isEqualTo(SourceFormat.XLS);
        assertThat(table.rows().get(1).cells()).containsExactly("赵六", "4");
    }

    @Test
    void reportsAnUnknownSheet() throws Exception {
        Path file = twoSheets("list.xlsx");

        assertThatThrownBy(() -> reader.read(file, "第三页", ImportMonitor.none()))
                .isInstanceOfSatisfying(ImportFileException.class, e -> {
                    assertThat(e.problem().code()).isEqualTo(ImportProblemCode.SHEET_NOT_FOUND);
                    assertThat(e.problem().arguments()).containsExactly("第三页");
                });
    }

    @Test
    void reportsADamagedWorkbook() throws Exception {
        byte[] whole = Files.readAllBytes(twoSheets("list.xlsx"));
        byte[] truncated = java.util.Arrays.copyOf(whole, whole.length / 3);
        Path file = ImportFixtures.bytes(dir, "broken.xlsx", truncated);

        assertThatThrownBy(() -> reader.read(file, ImportMonitor.none()))
                .isInstanceOfSatisfying(ImportFileException.class, e ->
                        assertThat(e.problem().code()).isEqualTo(ImportProblemCode.UNREADABLE_SPREADSHEET));
    }

    @Test
    void reportsAZipThatIsNoWorkbook() throws Exception {
        Path file = dir.resolve("names.xlsx");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("readme.txt"));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }

        assertThatThrownBy(() -> reader.read(file, ImportMonitor.none()))
                .isInstanceOfSatisfying(ImportFileException.class, e ->
                        assertThat(e.problem().code()).isEqualTo(ImportProblemCode.UNREADABLE_SPREADSHEET));
    }

    @Test
    void reportsAPasswordProtectedWorkbook() throws Exception {
        Path plain = twoSheets("plain.xlsx");
        Path file = dir.resolve("locked.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                out.write(Files.readAllBytes(plain));
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }

        assertThatThrownBy(() -> reader.read(file, ImportMonitor.none()))
                .isInstanceOfSatisfying(ImportFileException.class, e ->
                        assertThat(e.problem().code()).isEqualTo(ImportProblemCode.ENCRYPTED_SPREADSHEET));
    }
}
