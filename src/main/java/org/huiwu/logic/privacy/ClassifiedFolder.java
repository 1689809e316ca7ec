package org.huiwu.logic.privacy;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.huiwu.logic.meetings.MeetingCatalog;
import org.huiwu.model.Confidentiality;
import org.huiwu.model.Meeting;
import org.huiwu.model.privacy.ClassifiedOverride;
import org.huiwu.persistence.ClassifiedOverrideDao;

/**
 * The rule that a data folder holding a 涉密 (classified) meeting is encrypted at rest, unless a supervisor
 * overrode it with a reason that is logged (who, when, why). The window asks {@link #needsDecision} at start
 * (after opening the folder), after a meeting is saved and after a merge; while it is true it shows the two
 * ways on (encrypt the folder, or override with a reason). Synchronous and thread-safe; call off the FX
 * thread.
 */
public final class ClassifiedFolder {

    /** The longest reason kept (the column's size). */
    public static final int MAX_REASON = 2000;
    /** The longest name kept. */
    public static final int MAX_NAME = 200;

    private final MeetingCatalog meetings;
    private final ClassifiedOverrideDao overrides;
    private final BooleanSupplier encrypted;
    private final Clock clock;
    private final Supplier<UUID> ids;

    /** @param encrypted whether the folder's database is encrypted at rest */
    public ClassifiedFolder(MeetingCatalog meetings, ClassifiedOverrideDao overrides, BooleanSupplier encrypted,
            Clock clock, Supplier<UUID> ids) {
        this.meetings = meetings;
        this.overrides = overrides;
        this.encrypted = encrypted;
        this.clock = clock;
        this.ids = ids;
    }

    /** The 涉密 meetings the folder holds. */
    public List<Meeting> classifiedMeetings() {
        return meetings.list().stream().filter(m -> m.confidentiality() == Confidentiality.CLASSIFIED).toList();
    }

    /** Whether the folder's database is encrypted at rest. */
    public boolean encrypted() {
        return encrypted.getAsBoolean();
    }

    /** The time zone of the app's clock, for showing when an override was given. */
    public java.time.ZoneId zone() {
        return clock.getZone();
    }

    /** Whether the folder may hold 涉密 meetings: it is encrypted, or an override was logged. */
    public boolean mayHoldClassified() {
        return encrypted.getAsBoolean() || latestOverride().isPresent();
    }

    /** Whether the folder holds a 涉密 meeting it may not hold: encrypt it, or override with a reason. */
    public boolean needsDecision() {
        return !mayHoldClassified() && !classifiedMeetings().isEmpty();
    }

    /** The override in force (the latest logged), if any. */
    public Optional<ClassifiedOverride> latestOverride() {
        List<ClassifiedOverride> all = overrides.all();
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** Every override logged, oldest first (the audit records). */
    public List<ClassifiedOverride> overrides() {
        return overrides.all();
    }

    /**
     * Logs a supervisor's override.
     *
     * @throws IllegalArgumentException when the name or the reason is blank or too long
     */
    public ClassifiedOverride override(String supervisor, String reason) {
        String by = supervisor == null ? "" : supervisor.strip();
        String why = reason == null ? "" : reason.strip();
        if (by.isEmpty() || why.isEmpty() || by.length() > MAX_NAME || why.length() > MAX_REASON) {
            throw new IllegalArgumentException("an override needs a supervisor's name and a reason");
        }
        ClassifiedOverride override = new ClassifiedOverride(ids.get(), by, clock.instant(), why);
        overrides.insert(override);
        return override;
    }
}
