package org.huiwu.logic.attendees.importing;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.huiwu.logic.limits.InputLimits;

/**
 * A workbook part as it unpacks, refused with {@link ImportProblemCode#SHEET_TOO_LARGE} once more than
 * {@link InputLimits#MAX_XLSX_PART_BYTES} come out: counts actual bytes, whatever the zip declares.
 * Confined to the reading thread.
 */
final class LimitedXmlStream extends FilterInputStream {

    private long read;

    LimitedXmlStream(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        count(b < 0 ? 0 : 1);
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        count(Math.max(n, 0));
        return n;
    }

    private void count(int bytes) {
        read += bytes;
        if (read > InputLimits.MAX_XLSX_PART_BYTES) {
            throw new ImportLimitExceeded(ImportProblemCode.SHEET_TOO_LARGE,
                    InputLimits.MAX_XLSX_PART_BYTES / (1024 * 1024));
        }
    }
}
