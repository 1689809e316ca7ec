package org.huiwu.logic.attendees.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes attendee-list fixture files into a test's temporary folder. Test code; one thread. */
final class ImportFixtures {

    static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private ImportFixtures() {
    }

    static Path text(Path dir, String fileName, String content, Charset charset) throws IOException {
        return Files.write(dir.resolve(fileName), content.getBytes(charset));
    }

    static Path bytes(Path dir, String fileName, byte[]... parts) throws IOException {
        Path file = dir.resolve(fileName);
        try (OutputStream out = Files.newOutputStream(file)) {
            for (byte[] part : parts) {
                out.write(part);
            }
        }
        return file;
    }

    /** A workbook with one sheet per entry; cells are Strings, Numbers, or "=…" Strings written as formulas. */
    static Path workbook(Path dir, String fileName, Workbook workbook, Map<String, List<List<Object>>> sheets)
            throws IOException {
        try (workbook) {
            for (Map.Entry<String, List<List<Object>>> entry : sheets.entrySet()) {
                Sheet sheet = workbook.createSheet(entry.getKey());
                List<List<Object>> rows = entry.getValue();
                for (int r = 0; r < rows.size(); r++) {
                    Row row = sheet.createRow(r);
                    for (int c = 0; c < rows.get(r).size(); c++) {
                        Object value = rows.get(r).get(c);
                        if (value instanceof Number number) {
                            row.createCell(c).setCellValue(number.doubleValue());
                        } else if (value instanceof String text && text.startsWith("=")) {
                            row.createCell(c).setCellFormula(text.substring(1));
                        } else if (value != null) {
                            row.createCell(c).setCellValue((String) value);
                        }
                    }
                }
            }
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            Path file = dir.resolve(fileName);
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
            return file;
        }
    }

    static Path xlsx(Path dir, String fileName, String sheetName, List<List<Object>> rows) throws IOException {
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        sheets.put(sheetName, rows);
        return workbook(dir, fileName, new XSSFWorkbook(), sheets);
    }
}
