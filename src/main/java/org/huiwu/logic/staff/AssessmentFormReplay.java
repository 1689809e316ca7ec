package org.huiwu.logic.staff;

import java.time.ZoneOffset;
import java.util.Optional;

import org.huiwu.logic.live.Replay;
import org.huiwu.persistence.AssessmentDao;
import org.huiwu.persistence.QueuedAssessmentForms;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends an assessment form version a supervisor saved during an outage (decision 0048) over the venue server's DAO,
 * as {@code logic/flow/StageTemplateReplay} does for the stage template: first the supervisor rule again (a login
 * that lost the right meanwhile has its version kept out, logged and counted); then the version it was made over must
 * still be the latest stored, the same one (number and stored instant). A version saved elsewhere meanwhile refuses
 * it whole, never silently overwritten: nothing is written, it is logged and counted; the versions saved here on top
 * of it are refused the same way. One already stored (its commit arrived, the answer did not) writes nothing.
 * Stateless; call off the FX thread.
 */
public final class AssessmentFormReplay implements Replay {

    private static final Logger LOG = LoggerFactory.getLogger(AssessmentFormReplay.class);

    private final AssessmentDao forms;

    public AssessmentFormReplay(AssessmentDao forms) {
        this.forms = forms;
    }

    @Override
    public boolean replay(String body) {
        QueuedAssessmentForms.FormEdit edit = QueuedAssessmentForms.edit(body);
        if (forms.versionAt(edit.version()).equals(Optional.of(edit.at()))) {
            return false;
        }
        if (!forms.mayChange()) {
            LOG.warn("Queued assessment form version {} kept out: this login may no longer change the form",
                    edit.version());
            return true;
        }
        int latest = forms.latestVersion().orElse(0);
        if (latest != edit.seen() || !forms.versionAt(edit.seen()).equals(Optional.ofNullable(edit.seenAt()))) {
            LOG.warn("Queued assessment form version {} (made over version {}) refused: version {} was saved on another"
                    + " laptop meanwhile; the stored form is kept", edit.version(), edit.seen(), latest);
            return true;
        }
        forms.saveVersion(edit.items(), edit.at().atOffset(ZoneOffset.UTC), edit.by());
        return false;
    }
}
