package org.huiwu.logic.seating.print;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.huiwu.i18n.I18n;
import org.huiwu.model.Attendee;
import org.huiwu.model.seating.PlannedSeat;
import org.huiwu.model.seating.SeatAssignments;
import org.huiwu.persistence.AtomicFile;

/**
 * Writes the seat list of a plan as an Excel workbook: one sheet, a frozen header row, and one row
 * per seat in honour order (empty seats too, with the occupant columns blank): order, seat, name,
 * organisation, position, precedence. The file appears only when it is complete. Synchronous, call
 * off the FX thread; stateless apart from its texts and thread-safe.
 */
public final class SeatListXlsx {

    private static final int[] COLUMN_CHARS = {6, 22, 14, 28, 18, 8};

    private final I18n i18n;
    private final SeatLabels labels;

    public SeatListXlsx(I18n i18n) {
        this.i18n = i18n;
        this.labels = new SeatLabels(i18n);
    }

    /** The header texts, in column order. */
    public List<String> headers() {
        return List.of(i18n.get("seating.list.column.order"), i18n.get("seating.list.column.seat"),
                i18n.get("seating.list.column.name"), i18n.get("seating.list.column.organisation"),
                i18n.get("seating.list.column.position"), i18n.get("seating.list.column.rank"));
    }

    /**
     * Writes the list, replacing any file there.
     *
     * @throws IOException when the file cannot be written (nothing is left behind then)
     */
    public void write(List<PlannedSeat> seats, SeatAssignments assignments, List<Attendee> attendees, Path target)
            throws IOException {
        Map<UUID, Attendee> byId = attendees.stream().collect(Collectors.toMap(Attendee::id, Function.identity(),
                (a, b) -> a));
        try (Workbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(i18n.get("seating.list.sheet"));
            Row header = sheet.createRow(0);
            CellStyle bold = headerStyle(workbook);
            List<String> headers = headers();
            for (int c = 0; c < headers.size(); c++) {
                header.createCell(c).setCellValue(headers.get(c));
                header.getCell(c).setCellStyle(bold);
                sheet.setColumnWidth(c, COLUMN_CHARS[c] * 256);
            }
            sheet.createFreezePane(0, 1);
            for (int i = 0; i < seats.size(); i++) {
                PlannedSeat seat = seats.get(i);
                Row row = sheet.createRow(i + 1);
                row.createCell(0).setCellValue(seat.honour() + 1);
                row.createCell(1).setCellValue(labels.label(seat));
                Attendee occupant = assignments.occupantOf(seat.key()).map(byId::get).orElse(null);
                if (occupant != null) {
                    row.createCell(2).setCellValue(occupant.name());
                    row.createCell(3).setCellValue(occupant.organisation());
                    row.createCell(4).setCellValue(occupant.position());
                    row.createCell(5).setCellValue(occupant.rank());
                }
            }
            AtomicFile.onDisk().write(target, workbook::write);
        }
    }

    private static CellStyle headerStyle(Workbook workbook) {
        Font font = workbook.createFont();
        font.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }
}
