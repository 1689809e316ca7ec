package org.huiwu.logic.messages;

import org.huiwu.i18n.I18n;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.huiwu.logic.attendees.AttendeeRejectedException;
import org.huiwu.logic.meetings.MeetingRejectedException;
import org.huiwu.logic.staff.UnpledgedStaffException;
import org.huiwu.model.StorageProblem;

/**
 * Turns a failure into one sentence in the user's language, never a stack trace (the log keeps that).
 * Storage failures are recognised by a classifier the composition root supplies, so the UI needs no
 * knowledge of the database. Stateless apart from its collaborators; thread-safe.
 */
public final class FailureMessages {

    private final I18n i18n;
    private final Function<Throwable, Optional<StorageProblem>> storageProblemOf;

    public FailureMessages(I18n i18n, Function<Throwable, Optional<StorageProblem>> storageProblemOf) {
        this.i18n = i18n;
        this.storageProblemOf = storageProblemOf;
    }

    /** Whether the failure is the venue server being unreachable (an outage), rather than a refusal. */
    public boolean unreachable(Throwable failure) {
        return storageProblemOf.apply(failure).orElse(null) == StorageProblem.SERVER_UNREACHABLE;
    }

    public String describe(Throwable failure) {
        if (failure instanceof MeetingRejectedException rejected) {
            return rejected.problems().stream().map(p -> i18n.get(p.messageKey())).collect(Collectors.joining("\n"));
        }
        if (failure instanceof UnpledgedStaffException unpledged) {
            return unpledged.message(i18n);
        }
        if (failure instanceof org.huiwu.logic.staff.PledgesUnknownException unknown) {
            return unknown.message(i18n);
        }
        if (failure instanceof AttendeeRejectedException rejected) {
            return rejected.problems().stream().map(p -> i18n.get(p.messageKey())).collect(Collectors.joining("\n"));
        }
        Optional<StorageProblem> storage = storageProblemOf.apply(failure);
        if (storage.isPresent()) {
            return storageText(storage.get());
        }
        if (failure instanceof IOException || failure.getCause() instanceof IOException) {
            return i18n.format("error.file", String.valueOf(failure.getMessage()));
        }
        return i18n.get("error.unexpected");
    }

    /**
     * Why the data folder could not be opened, with the folder; for a damaged database also the newest
     * backup to restore from, when there is one.
     */
    public String startup(StorageProblem problem, Path dataDir, Optional<Path> latestBackup) {
        String text = storageText(problem);
        if (problem == StorageProblem.CORRUPT && latestBackup.isPresent()) {
            text = i18n.format("error.storage.latestBackup", text, latestBackup.get().toString());
        }
        return i18n.format("error.startup", text, dataDir.toString());
    }

    /** The sentence for a storage problem. */
    public String storageText(StorageProblem problem) {
        return i18n.get(switch (problem) {
            case CORRUPT -> "error.storage.corrupt";
            case LOCKED -> "error.storage.locked";
            case NEWER_VERSION -> "error.storage.newerVersion";
            case DISK_FULL -> "error.storage.diskFull";
            case NOT_WRITABLE -> "error.storage.notWritable";
            case NOT_READABLE -> "error.storage.notReadable";
            case UNSAFE_FOLDER_NAME -> "error.storage.unsafeFolderName";
            case PASSPHRASE_NEEDED -> "error.storage.passphraseNeeded";
            case WRONG_PASSPHRASE -> "error.storage.wrongPassphrase";
            case SERVER_UNREACHABLE -> "error.storage.serverUnreachable";
            case SERVER_LOGIN_REFUSED -> "error.storage.serverLoginRefused";
            case SERVER_NOT_ALLOWED -> "error.storage.serverNotAllowed";
            case SERVER_CERTIFICATE -> "error.storage.serverCertificate";
            case SERVER_NEEDS_TLS -> "error.storage.serverNeedsTls";
            case CLASSIFIED_NOT_ENCRYPTED -> "error.storage.classifiedNotEncrypted";
            case OTHER -> "error.storage.other";
        });
    }
}
