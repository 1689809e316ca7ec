package org.huiwu.logic.seating.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.PaneInformation;
import org.huiwu.ExternalTools;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seat list workbook: headers, frozen header row, one row per seat in honour order; LibreOffice reads it. */
class SeatListXlsxTest {

    @TempDir
    Path dir;

    private final SeatingFixture fixture = new SeatingFixture();
    private final SeatListXlsx xlsx = new SeatListXlsx(SeatingFixture.CHINESE);

    @Test
    void hasHeadersAFrozenPaneAndOneRowPerSeat() throws IOException {
        Path file = dir.resolve("seats.xlsx");
        xlsx.write(fixture.seats, fixture.assignments, fixture.attendees, file);

        try (InputStream in = Files.newInputStream(file); Workbook workbook = WorkbookFactory.create(in)) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            Sheet sheet = workbook.getSheet("座次表");
            assertThat(sheet).isNotNull();
            DataFormatter format = new DataFormatter();
            Row header = sheet.getRow(0);
            assertThat(List.of(0, 1, 2, 3, 4, 5)).extracting(c -> format.formatCellValue(header.getCell(c)))
                    .containsExactly("序号", "座位", "姓名", "单位", "职务", "位次");
            PaneInformation pane = sheet.getPaneInformation();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getLastRowNum()).isEqualTo(31);
            assertThat(sheet.getColumnWidth(1)).isGreaterThan(sheet.getColumnWidth(0));
            Row first = sheet.getRow(1);
            assertThat(format.formatCellValue(first.getCell(1))).isEqualTo("主席台 第1排 4号");
            assertThat(format.formatCellValue(first.getCell(2))).isEqualTo("王建国");
            assertThat(format.formatCellValue(first.getCell(5))).isEqualTo("1");
            Row last = sheet.getRow(31);
            assertThat(format.formatCellValue(last.getCell(0))).isEqualTo("31");
            assertThat(last.getCell(2)).as("an empty seat has no occupant").isNull();
        }
    }

    @Test
    void libreOfficeReadsTheSameCells() throws IOException, InterruptedException {
        Path file = dir.resolve("seats.xlsx");
        xlsx.write(fixture.seats, fixture.assignments, fixture.attendees, file);
        Path csv = ExternalTools.libreOfficeToCsv(file, dir.resolve("csv"), "44,34,76");
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(32);
        assertThat(lines.get(0)).isEqualTo("序号,座位,姓名,单位,职务,位次");
        assertThat(lines.get(1)).isEqualTo("1,主席台 第1排 4号,王建国,南通市人民政府,副市长,1");
        assertThat(lines.get(31)).startsWith("31,").endsWith(",,,,");
    }
}
