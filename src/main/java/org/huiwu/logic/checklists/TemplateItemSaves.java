package org.huiwu.logic.checklists;

import java.util.ArrayList;
import java.util.List;

import org.huiwu.logic.live.FieldMerge;
import org.huiwu.model.checklists.TemplateItem;
import org.huiwu.persistence.ChecklistTemplateDao;
import org.huiwu.persistence.ConcurrentChangeException;

/**
 * Writes template items over what the editor saw (decision 0050). The DAO writes them only while each is stored as
 * seen, at the version read in its transaction; when another laptop changed one since, the stored item is read and
 * merged field by field ({@link FieldMerge}: the texts, the place, retired): what only the other laptop changed is
 * kept and the edit written over it, three attempts; a field both changed differently writes nothing and is reported
 * — the texts as {@link TemplateLineConflictException} (the editor asks keep mine / take theirs), the place or retired
 * as {@link ChecklistProblem#ORDER_CHANGED}. During an outage the DAO proxy queues the write instead (decision 0045).
 * Stateless; call off the FX thread.
 */
final class TemplateItemSaves {

    private static final int ATTEMPTS = 3;

    private final ChecklistTemplateDao template;

    TemplateItemSaves(ChecklistTemplateDao template) {
        this.template = template;
    }

    /** Writes {@code changed} over {@code seen} (null at a new item's place); returns the items as written. */
    List<TemplateItem> over(List<TemplateItem> seen, List<TemplateItem> changed) {
        List<TemplateItem> base = seen;
        List<TemplateItem> written = changed;
        for (int attempt = 1; ; attempt++) {
            try {
                template.saveAllFrom(base, written);
                return written;
            } catch (ConcurrentChangeException elsewhere) {
                if (attempt >= ATTEMPTS) {
                    throw elsewhere;
                }
            }
            List<TemplateItem> stored = new ArrayList<>();
            List<TemplateItem> merged = new ArrayList<>();
            for (int i = 0; i < changed.size(); i++) {
                TemplateItem mine = changed.get(i);
                if (seen.get(i) == null) {
                    stored.add(null);
                    merged.add(mine);
                    continue;
                }
                TemplateItem now = template.find(mine.id())
                        .orElseThrow(() -> new ChecklistRejectedException(ChecklistProblem.NOT_FOUND));
                FieldMerge<TemplateItem> merge = new FieldMerge<>(seen.get(i), mine, now,
                        ChecklistTemplateReplay.FIELDS);
                if (!merge.clashes().isEmpty()) {
                    throw merge.clashes().contains(ChecklistTemplateReplay.FIELDS.get(0)) && changed.size() == 1
                            ? TemplateLineConflictException.of(seen.get(i), mine, now)
                            : new ChecklistRejectedException(ChecklistProblem.ORDER_CHANGED);
                }
                TemplateItem resolved = merge.resolved(true);
                stored.add(now);
                merged.add(new TemplateItem(resolved.id(), resolved.phase(), resolved.position(), resolved.textZh(),
                        resolved.textEn(), resolved.retired(), mine.changedAt(), mine.changedBy()));
            }
            base = stored;
            written = merged;
        }
    }
}
