package org.huiwu.logic.attendees.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.util.ZipFileZipEntrySource;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.huiwu.logic.limits.InputLimits;

/**
 * An .xlsx file as POI reads its parts: from the file (one part at a time, not the whole zip in memory) and
 * each part through a {@link LimitedXmlStream}, so no sheet, string table or style sheet can unpack to more
 * than {@link InputLimits#MAX_XLSX_PART_BYTES}. Confined to the reading thread.
 */
final class LimitedWorkbookSource extends ZipFileZipEntrySource {

    LimitedWorkbookSource(Path file) throws IOException {
        super(new ZipSecureFile(file.toFile()));
    }

    @Override
    public InputStream getInputStream(ZipArchiveEntry entry) throws IOException {
        return new LimitedXmlStream(super.getInputStream(entry));
    }
}
