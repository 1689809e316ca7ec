package org.huiwu.persistence;

/**
 * The one test for "the disk is full" behind a failure: neither Java nor H2 2.x has a distinct exception
 * for it, so the operating system's message is looked for in the cause chain (Linux/macOS and Windows
 * wording). Used by {@link Database} for its storage problems and by {@link AtomicFile}'s callers for
 * files. Stateless.
 */
public final class DiskFull {

    private DiskFull() {
    }

    /** True when anything in {@code failure}'s cause chain says the disk (or the quota) is full. */
    public static boolean causes(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("No space left on device") || message.contains("not enough space on the disk")
                    || message.contains("Disk quota exceeded")) {
                return true;
            }
        }
        return false;
    }
}
