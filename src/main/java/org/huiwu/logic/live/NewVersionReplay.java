package org.huiwu.logic.live;

import java.time.Instant;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.IntSupplier;

import org.huiwu.persistence.QueuedVersions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a new version of a versioned form made during an outage (decision 0048: the stage checklist template, the
 * assessment form) over the venue server's DAO: first the supervisor rule again (a login that lost the right
 * meanwhile has its version kept out, logged and counted); then the version it was made over must still be the latest
 * stored, the same one (its number and the instant it was stored, which tells another laptop's version of the same
 * number apart). A version stored elsewhere meanwhile refuses it whole — never silently overwritten, since a version
 * is the whole form as one supervisor left it —: nothing is written, it is logged and counted, and the screens read
 * the stored form again once the queue is sent. The later versions made here on top of a refused one are refused the
 * same way. One already stored (its commit arrived, the answer did not) writes nothing. Stateless; call off the FX
 * thread.
 *
 * @param <E> the queued version's record
 */
public final class NewVersionReplay<E extends QueuedVersions.Edit> implements Replay {

    private static final Logger LOG = LoggerFactory.getLogger(NewVersionReplay.class);

    /** The venue server's side of one form: its stored versions, the login's right and the write of a version. */
    public record Form<E>(IntFunction<Optional<Instant>> versionAt, BooleanSupplier mayChange, IntSupplier latest,
            Consumer<E> store) {
    }

    private final String what;
    private final Function<String, E> read;
    private final Form<E> form;

    /**
     * @param what the form, for the log
     * @param read the queued version from its body
     * @param form the server's side of the form
     */
    public NewVersionReplay(String what, Function<String, E> read, Form<E> form) {
        this.what = what;
        this.read = read;
        this.form = form;
    }

    @Override
    public boolean replay(String body) {
        E edit = read.apply(body);
        if (form.versionAt().apply(edit.version()).equals(Optional.of(edit.at()))) {
            return false;
        }
        if (!form.mayChange().getAsBoolean()) {
            LOG.warn("Queued {} version {} kept out: this login may no longer change it", what, edit.version());
            return true;
        }
        int latest = form.latest().getAsInt();
        if (latest != edit.seen() || !form.versionAt().apply(edit.seen()).equals(Optional.ofNullable(edit.seenAt()))) {
            LOG.warn("Queued {} version {} (made over version {}) refused: version {} was stored on another laptop"
                    + " meanwhile; the stored one is kept", what, edit.version(), edit.seen(), latest);
            return true;
        }
        form.store().accept(edit);
        return false;
    }
}
