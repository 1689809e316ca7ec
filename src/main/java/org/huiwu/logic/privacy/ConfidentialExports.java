package org.huiwu.logic.privacy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.huiwu.logic.export.ExportFailedException;
import org.huiwu.logic.export.ExportFormat;
import org.huiwu.logic.export.ExportMonitor;
import org.huiwu.logic.export.ExportProblem;
import org.huiwu.logic.export.MeetingExports;
import org.huiwu.logic.meetings.MeetingCatalog;
import org.huiwu.model.Confidentiality;
import org.huiwu.model.Meeting;
import org.huiwu.model.privacy.ConfidentialExport;
import org.huiwu.persistence.ConfidentialExportDao;
import org.huiwu.persistence.PrivateFiles;

/**
 * Exports that hold a 涉密 meeting: the caller asks for confirmation (the window a dialog, the command
 * {@code --confirm-classified}); the export is written into a private scratch folder, sealed into one
 * {@link SealedFile} under the passphrase the user gave, the scratch removed, and one log row per 涉密
 * meeting written (who, when, which meeting, format, the sealed file). Synchronous; call off the FX thread.
 */
public final class ConfidentialExports {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final MeetingCatalog meetings;
    private final MeetingExports exports;
    private final ConfidentialExportDao log;
    private final Clock clock;
    private final Supplier<UUID> ids;

    public ConfidentialExports(MeetingCatalog meetings, MeetingExports exports, ConfidentialExportDao log, Clock clock,
            Supplier<UUID> ids) {
        this.meetings = meetings;
        this.exports = exports;
        this.log = log;
        this.clock = clock;
        this.ids = ids;
    }

    /** The 涉密 meetings among those chosen, in the order given. */
    public List<Meeting> classified(List<UUID> meetingIds) {
        return meetingIds.stream().map(meetings::find).flatMap(Optional::stream)
                .filter(m -> m.confidentiality() == Confidentiality.CLASSIFIED).toList();
    }

    /** Every logged export of a 涉密 meeting, oldest first (the audit records). */
    public List<ConfidentialExport> log() {
        return log.all();
    }

    /** The logged exports of the meeting, oldest first. */
    public List<ConfidentialExport> logOf(UUID meetingId) {
        return log.exportsOf(meetingId);
    }

    /**
     * Exports the meetings in the format, sealed into one file in the folder under the passphrase, and logs
     * it for each 涉密 meeting; returns the sealed file.
     */
    public Path exportSealed(List<UUID> meetingIds, ExportFormat format, Path folder, String passphrase, String by) {
        if (passphrase == null || passphrase.isBlank()) {
            throw new IllegalArgumentException("a sealed export needs a passphrase");
        }
        String stamp = STAMP.format(clock.instant().atZone(clock.getZone()));
        Path target = folder.resolve("huiwu-" + stamp + "-" + format.name().toLowerCase(java.util.Locale.ROOT)
                + SealedFile.SUFFIX).toAbsolutePath();
        Path scratch = folder.resolve(".sealing-" + UUID.randomUUID());
        try {
            PrivateFiles.createFolders(scratch);
            List<Path> plain = exports.export(meetingIds, format, scratch, ExportMonitor.none());
            SealedFile.seal(plain, target, passphrase);
        } catch (IOException e) {
            throw new ExportFailedException(ExportProblem.NOT_WRITABLE, target, e);
        } finally {
            deleteTree(scratch);
        }
        for (Meeting meeting : classified(meetingIds)) {
            log.insert(new ConfidentialExport(ids.get(), meeting.id(), meeting.title(), by, clock.instant(),
                    format.name(), target.toString()));
        }
        return target;
    }

    private static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path path : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // the scratch folder is private and hidden; nothing more can be done
        }
    }
}
