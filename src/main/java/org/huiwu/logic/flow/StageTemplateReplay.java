package org.huiwu.logic.flow;

import org.huiwu.logic.live.NewVersionReplay;
import org.huiwu.logic.live.Replay;
import org.huiwu.persistence.QueuedStageTemplates;
import org.huiwu.persistence.StageListDao;

/**
 * Sends a stage checklist template version made during an outage (decision 0048) over the venue server's DAO, as
 * {@link NewVersionReplay} sends every form's: stored (published) only over the same version it was made over and by
 * a login that may still change the template; refused whole, logged and counted, otherwise. Stateless; call off the
 * FX thread.
 */
public final class StageTemplateReplay {

    private StageTemplateReplay() {
    }

    public static Replay over(StageListDao lists) {
        return new NewVersionReplay<>("stage template", QueuedStageTemplates::edit, new NewVersionReplay.Form<>(
                lists::versionAt, lists::mayChange, lists::latestVersion,
                edit -> lists.publish(edit.items(), edit.note(), edit.at(), edit.by())));
    }
}
