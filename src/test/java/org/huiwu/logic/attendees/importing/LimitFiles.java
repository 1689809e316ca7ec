package org.huiwu.logic.attendees.importing;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.huiwu.logic.limits.InputLimits;

/**
 * Large attendee lists for the limit tests and the import bench, written as they stream (never held in
 * memory): CSV of any number of rows and size, and .xlsx whose one sheet is written directly as XML. Test
 * code; stateless.
 */
public final class LimitFiles {

    static final String SHEET = "xl/worksheets/sheet1.xml";
    private static final String HEADER = "序号,姓名,工作单位,职务,类别,其他\r\n";

    private LimitFiles() {
    }

    /**
     * A UTF-8 CSV with a header and {@code rows} distinct delegates, each row padded to about {@code rowBytes};
     * 0 gives the shortest rows (rank and name only, about 16 bytes).
     */
    public static Path csv(Path target, int rows, int rowBytes) throws IOException {
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(target, StandardCharsets.UTF_8))) {
            out.write(HEADER);
            for (int i = 1; i <= rows; i++) {
                String row = rowBytes == 0 ? i + ",代表" + i : i + ",代表" + i + ",第" + (i % 50) + "代表团,团员,代表,";
                int bytes = row.getBytes(StandardCharsets.UTF_8).length + 2;
                out.write(row);
                out.write("x".repeat(Math.max(rowBytes - bytes, 0)));
                out.write("\r\n");
            }
        }
        return target;
    }

    /** The largest CSV the import accepts: {@link InputLimits#MAX_ATTENDEE_ROWS} rows just under the file limit. */
    public static Path largestAcceptedCsv(Path target) throws IOException {
        int rowBytes = (int) ((InputLimits.MAX_ATTENDEE_FILE_BYTES - HEADER.getBytes(StandardCharsets.UTF_8).length)
                / InputLimits.MAX_ATTENDEE_ROWS);
        return csv(target, InputLimits.MAX_ATTENDEE_ROWS, rowBytes);
    }

    /**
     * An .xlsx of one sheet "名单" with a header (位次, 姓名) and {@code rows} delegates written as inline strings,
     * or, when {@code blank}, {@code rows} empty row elements (which no row count sees).
     */
    public static Path xlsx(Path dir, String fileName, int rows, boolean blank) throws IOException {
        Path template = ImportFixtures.xlsx(dir, "template-" + fileName, "名单", List.of(List.of("位次", "姓名")));
        Path target = dir.resolve(fileName);
        try (InputStream in = Files.newInputStream(template); ZipInputStream zipIn = new ZipInputStream(in);
                OutputStream file = Files.newOutputStream(target); ZipOutputStream zipOut = new ZipOutputStream(file)) {
            for (ZipEntry entry = zipIn.getNextEntry(); entry != null; entry = zipIn.getNextEntry()) {
                zipOut.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals(SHEET)) {
                    writeSheet(zipOut, rows, blank);
                } else {
                    zipIn.transferTo(zipOut);
                }
                zipOut.closeEntry();
            }
        }
        Files.delete(template);
        return target;
    }

    private static void writeSheet(OutputStream zip, int rows, boolean blank) throws IOException {
        Writer out = new BufferedWriter(new java.io.OutputStreamWriter(zip, StandardCharsets.UTF_8));
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet "
                + "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>位次</t></is></c>"
                + "<c r=\"B1\" t=\"inlineStr\"><is><t>姓名</t></is></c></row>");
        for (int i = 1; i <= rows; i++) {
            int r = i + 1;
            if (blank) {
                out.write("<row r=\"" + r + "\"/>");
            } else {
                out.write("<row r=\"" + r + "\"><c r=\"A" + r + "\"><v>" + i + "</v></c><c r=\"B" + r
                        + "\" t=\"inlineStr\"><is><t>代表" + i + "</t></is></c></row>");
            }
        }
        out.write("</sheetData></worksheet>");
        out.flush();
    }
}
