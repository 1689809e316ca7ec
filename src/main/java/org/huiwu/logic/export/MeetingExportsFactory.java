package org.huiwu.logic.export;

import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Supplier;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.seating.print.CjkFontLocator;
import org.huiwu.persistence.FileCipher;
import org.huiwu.persistence.MeetingTables;

/** Builds {@link MeetingExports} with the writers that go to disk. Stateless. */
public final class MeetingExportsFactory {

    /** The app version written into bundle manifests. */
    public static final String APP_VERSION = "0.1";

    private MeetingExportsFactory() {
    }

    public static MeetingExports create(MeetingTables tables, SeatChartSource charts, MeetingTrends trends,
            Path dataDir, Clock clock, I18n i18n, Supplier<SigningKey> key) {
        return create(tables, charts, trends, dataDir, clock, i18n, key, FileCipher.NONE);
    }

    /** Exports whose bundles read the folder's attachments through {@code cipher} (an encrypted folder). */
    public static MeetingExports create(MeetingTables tables, SeatChartSource charts, MeetingTrends trends,
            Path dataDir, Clock clock, I18n i18n, Supplier<SigningKey> key, FileCipher cipher) {
        ExportFiles files = ExportFiles.onDisk();
        return new MeetingExports(tables, i18n, clock, new MeetingExports.Writers(new XlsxExporter(files),
                new CsvExporter(files), new BundleWriter(files, dataDir, clock, APP_VERSION, key, cipher),
                new ServiceReportPdf(files, i18n, new CjkFontLocator(), clock, System.getProperty("user.name", ""),
                        meetingId -> charts.chart(meetingId, i18n), trends::upTo)));
    }
}
