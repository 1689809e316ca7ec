package org.huiwu.logic.staff;

import java.time.ZoneOffset;

import org.huiwu.logic.live.NewVersionReplay;
import org.huiwu.logic.live.Replay;
import org.huiwu.persistence.AssessmentDao;
import org.huiwu.persistence.QueuedAssessmentForms;

/**
 * Sends an assessment form version a supervisor saved during an outage (decision 0048) over the venue server's DAO,
 * as {@link NewVersionReplay} sends every form's: saved only over the same version it was made over and by a login
 * that may still change the form; refused whole, logged and counted, otherwise. Stateless; call off the FX thread.
 */
public final class AssessmentFormReplay {

    private AssessmentFormReplay() {
    }

    public static Replay over(AssessmentDao forms) {
        return new NewVersionReplay<>("assessment form", QueuedAssessmentForms::edit, new NewVersionReplay.Form<>(
                forms::versionAt, forms::mayChange, () -> forms.latestVersion().orElse(0),
                edit -> forms.saveVersion(edit.items(), edit.at().atOffset(ZoneOffset.UTC), edit.by())));
    }
}
