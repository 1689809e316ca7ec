package org.huiwu.logic.flow;

import java.util.Optional;

import org.huiwu.logic.live.Replay;
import org.huiwu.persistence.QueuedStageTemplates;
import org.huiwu.persistence.StageListDao;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a stage checklist template version made during an outage (decision 0048) over the venue server's DAO: first
 * the supervisor rule again (a login that lost the right meanwhile has its version kept out, logged and counted);
 * then the version it was made over must still be the latest stored, the same one (its number and the instant it was
 * stored, which tells another laptop's version of the same number apart). A version stored elsewhere meanwhile
 * refuses it whole — never silently overwritten, since a version is the whole template as one supervisor left it —:
 * nothing is written, it is logged and counted, and the editor shows the stored template once the queue is sent. The
 * later versions made here on top of a refused one are refused the same way. One already stored (its commit arrived,
 * the answer did not) writes nothing. Stateless; call off the FX thread.
 */
public final class StageTemplateReplay implements Replay {

    private static final Logger LOG = LoggerFactory.getLogger(StageTemplateReplay.class);

    private final StageListDao lists;

    public StageTemplateReplay(StageListDao lists) {
        this.lists = lists;
    }

    @Override
    public boolean replay(String body) {
        QueuedStageTemplates.StageEdit edit = QueuedStageTemplates.edit(body);
        if (lists.versionAt(edit.version()).equals(Optional.of(edit.at()))) {
            return false;
        }
        if (!lists.mayChange()) {
            LOG.warn("Queued stage template version ({}) kept out: this login may no longer change the template",
                    edit.note());
            return true;
        }
        int latest = lists.latestVersion();
        if (latest != edit.seen() || !lists.versionAt(edit.seen()).equals(Optional.ofNullable(edit.seenAt()))) {
            LOG.warn("Queued stage template version ({}, made over version {}) refused: version {} was stored on"
                    + " another laptop meanwhile; the stored template is kept", edit.note(), edit.seen(), latest);
            return true;
        }
        lists.publish(edit.items(), edit.note(), edit.at(), edit.by());
        return false;
    }
}
