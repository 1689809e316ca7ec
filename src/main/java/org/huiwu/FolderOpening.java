package org.huiwu;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.huiwu.logic.export.BackupRejectedException;
import org.huiwu.logic.export.ScheduledRestore;
import org.huiwu.logic.settings.Preferences.Language;
import org.huiwu.logic.settings.Preferences.Theme;
import org.huiwu.model.StorageUnavailableException;
import org.huiwu.persistence.StoreLocation;
import org.huiwu.logic.settings.VenueServerSetting;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opening the window's data folder: a backup chosen for restoring, then the database and the saved language
 * and theme. {@link #begin} starts it on a thread of its own as soon as the launcher knows the folder, so it
 * runs while the JavaFX toolkit starts (decision 0023) and while the window shows (decision 0035);
 * {@link WindowOpening} waits for it off the FX thread. An encrypted folder or a venue server is not opened
 * here: its passphrase or password is asked in a window, so {@link WindowOpening} opens it itself.
 * Immutable once done; the outcome is read by one thread after {@link CompletableFuture#join()}.
 */
final class FolderOpening {

    /** Looked up when first needed, so logging is set up on the opening thread, not before launching. */
    private static Logger log() {
        return LoggerFactory.getLogger(FolderOpening.class);
    }

    /** The longest the opening waits for the first window. */
    static final long WINDOW_WAIT_SECONDS = 20;

    final Path dataDir;
    AppContext context;
    StorageUnavailableException failure;
    Language language = Language.CHINESE;
    Theme theme = Theme.LIGHT;
    String restoreOutcomeKey;
    Object restoreOutcomeArgument;

    private FolderOpening(Path dataDir) {
        this.dataDir = dataDir;
    }

    /**
     * Starts opening {@code dataDir} on the thread {@code huiwu-opening}; completes with null when the folder
     * is encrypted or the window works on a venue server (the caller asks for the passphrase or the server's
     * password and calls {@link #open(Path, StoreLocation, String)}).
     */
    static CompletableFuture<FolderOpening> begin(Path dataDir, List<String> arguments) {
        return begin(dataDir, arguments, new CountDownLatch(0));
    }

    /**
     * Like {@link #begin(Path, List)}, but the thread first waits for {@code windowShown}: on a busy machine the
     * opening would otherwise take its share of the processors from the first window (decision 0035). It waits
     * {@value #WINDOW_WAIT_SECONDS} s at most, so a window that never lays out cannot hold the folder back.
     */
    static CompletableFuture<FolderOpening> begin(Path dataDir, List<String> arguments, CountDownLatch windowShown) {
        CompletableFuture<FolderOpening> opening = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                if (!windowShown.await(WINDOW_WAIT_SECONDS, TimeUnit.SECONDS)) {
                    log().warn("The window did not show within {} s; opening the data folder anyway", WINDOW_WAIT_SECONDS);
                }
                boolean onServer = ServerStart.fromArguments(arguments).isPresent()
                        || new VenueServerSetting(dataDir).remembered().isPresent();
                opening.complete(onServer || AppContext.isEncrypted(dataDir) ? null
                        : open(dataDir, StoreLocation.laptop(dataDir), null));
            } catch (RuntimeException | Error e) {
                opening.completeExceptionally(e);
            } catch (InterruptedException e) {
                opening.completeExceptionally(e);
                Thread.currentThread().interrupt();
            }
        }, "huiwu-opening");
        thread.setDaemon(true);
        thread.start();
        return opening;
    }

    /**
     * Restores a pending backup of a laptop folder, then opens {@code store} (with {@code passphrase}, null when
     * the folder is not encrypted) and notes its language beside the database for the next start.
     */
    static FolderOpening open(Path dataDir, StoreLocation store, String passphrase) {
        FolderOpening opening = new FolderOpening(dataDir);
        if (store instanceof StoreLocation.LaptopFolder) {
            opening.restorePending(passphrase);
        }
        try {
            opening.context = AppContext.open(dataDir, Clock.systemDefaultZone(), store, AppContext.BUSY_WAIT,
                    () -> log().info("The database in {} is busy in another process; waiting", dataDir), passphrase);
            opening.language = opening.context.preferences().language();
            opening.context.preferences().noteLanguage();
            opening.theme = opening.context.preferences().theme();
            opening.context.preferences().noteTheme();
        } catch (StorageUnavailableException e) {
            log().error("Cannot open the data folder {}", dataDir, e);
            opening.failure = e;
        }
        return opening;
    }

    /** The failure of asking for the passphrase, as an opening that failed. */
    static FolderOpening failed(Path dataDir, StorageUnavailableException failure) {
        log().error("Cannot open the data folder {}", dataDir, failure);
        FolderOpening opening = new FolderOpening(dataDir);
        opening.failure = failure;
        return opening;
    }

    /** Restores a backup the user chose in the window last time, before the database is opened. */
    private void restorePending(String passphrase) {
        try {
            new ScheduledRestore(dataDir, passphrase).restoreIfPending().ifPresent(meetings -> {
                log().info("Restored the chosen backup ({} meetings) into {}", meetings, dataDir);
                restoreOutcomeKey = "export.restore.doneAtStart";
                restoreOutcomeArgument = meetings;
            });
        } catch (BackupRejectedException e) {
            log().error("The backup chosen for restoring was not restored; the database was left as it was", e);
            boolean inUse = e.reason() == BackupRejectedException.Reason.IN_USE;
            restoreOutcomeKey = inUse ? "export.restore.inUse" : "export.restore.failedAtStart";
            restoreOutcomeArgument = dataDir.resolve(inUse ? ScheduledRestore.PENDING : ScheduledRestore.FAILED).toString();
        } catch (RuntimeException e) {
            log().error("The backup chosen for restoring could not be restored; it waits for the next start", e);
        }
    }
}
