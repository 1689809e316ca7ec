package org.huiwu.logic.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * A ruled table in the service report: a shaded header between two heavy rules, repeated at the top of
 * every page the table continues on, cells wrapped to their column, a hairline under each row. Column
 * widths are fractions of the text width. Confined to the report's thread.
 */
final class ReportTable {

    private final ReportPages pages;
    private final String[] headers;
    private final float[] widths;
    private final float size;

    ReportTable(ReportPages pages, float size, String[] headers, float... fractions) {
        this.pages = pages;
        this.headers = headers;
        this.size = size;
        this.widths = new float[fractions.length];
        for (int i = 0; i < fractions.length; i++) {
            widths[i] = fractions[i] * pages.width();
        }
    }

    /** Draws the header and the rows, breaking onto new pages (header repeated) as needed. */
    void draw(List<String[]> rows) throws IOException {
        pages.reserve(size * 6);
        header();
        for (String[] row : rows) {
            List<List<String>> cells = wrapped(row);
            int lines = cells.stream().mapToInt(List::size).max().orElse(1);
            float height = lines * size * 1.3f + size * 0.6f;
            if (pages.reserve(height)) {
                header();
            }
            cells(cells, pages.y());
            pages.y(pages.y() - height);
            rule(0.3f, pages.y());
        }
        pages.gap(10);
    }

    private void header() throws IOException {
        float height = size * 2f;
        float top = pages.y();
        PDPageContentStream stream = pages.stream();
        stream.setNonStrokingColor(0.88f);
        stream.addRect(pages.left(), top - height, pages.width(), height);
        stream.fill();
        stream.setNonStrokingColor(0f);
        List<List<String>> cells = new ArrayList<>();
        for (int i = 0; i < headers.length; i++) {
            cells.add(List.of(pages.printable(headers[i])));
        }
        cells(cells, top);
        rule(1.2f, top);
        rule(0.8f, top - height);
        pages.y(top - height);
    }

    private void cells(List<List<String>> cells, float top) throws IOException {
        float x = pages.left();
        for (int i = 0; i < cells.size(); i++) {
            float baseline = top - size * 1.25f;
            for (String line : cells.get(i)) {
                pages.text(line, x + 3, baseline, size);
                baseline -= size * 1.3f;
            }
            x += widths[i];
        }
    }

    private void rule(float weight, float at) throws IOException {
        PDPageContentStream stream = pages.stream();
        stream.setLineWidth(weight);
        stream.moveTo(pages.left(), at);
        stream.lineTo(pages.left() + pages.width(), at);
        stream.stroke();
    }

    private List<List<String>> wrapped(String[] row) throws IOException {
        List<List<String>> cells = new ArrayList<>();
        for (int i = 0; i < row.length; i++) {
            String text = pages.printable(row[i] == null ? "" : row[i]);
            float room = widths[i] - 6;
            List<String> lines = new ArrayList<>();
            int start = 0;
            while (start < text.length()) {
                int end = start + 1;
                while (end < text.length() && pages.width(text.substring(start, end + 1), size) <= room) {
                    end++;
                }
                end = LineBreaks.wordEnd(text, start, end);
                lines.add(text.substring(start, end).strip());
                start = end;
            }
            cells.add(lines.isEmpty() ? List.of("") : lines);
        }
        return cells;
    }
}
