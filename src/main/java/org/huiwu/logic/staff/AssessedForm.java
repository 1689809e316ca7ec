package org.huiwu.logic.staff;

import java.util.List;

import org.huiwu.model.staff.Assessment;
import org.huiwu.persistence.AssessmentDao;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which form an assessment made during an outage is stored as made on (decision 0048). An assessment copies the items
 * it was scored on; its version number names the form. A form version saved on this laptop during the outage may be
 * refused when sent (another laptop saved that number first, or the login lost the right), and the number then names
 * another form or none yet. So before an assessment is stored, its items are compared with the stored version of its
 * number: the same items (its own version kept, or one with exactly its items) keep the number; otherwise it is
 * stored as made on a version that was not kept ({@link Assessment#FORM_NOT_KEPT}), with its own items and scores, and
 * logged, so no report reads it as scored on the other laptop's form. Stateless; call off the FX thread.
 */
final class AssessedForm {

    private static final Logger LOG = LoggerFactory.getLogger(AssessedForm.class);

    private AssessedForm() {
    }

    /** {@code assessment} as it is stored now: marked when the form its number names is not the one it was scored on. */
    static Assessment asStored(Assessment assessment, AssessmentDao forms) {
        if (assessment == null || !assessment.formKept()) {
            return assessment;
        }
        List<?> scoredOn = assessment.scores().stream().map(Assessment.Score::item).toList();
        if (forms.items(assessment.templateVersion()).equals(scoredOn)) {
            return assessment;
        }
        LOG.warn("Queued assessment {} of {} on {} was scored on form version {} made on this laptop, which was not"
                + " kept; stored with its own items as made on a version not kept", assessment.id(),
                assessment.staffName(), assessment.day(), assessment.templateVersion());
        return assessment.onFormNotKept();
    }
}
