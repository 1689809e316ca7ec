package org.huiwu.logic.checklists;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.huiwu.model.checklists.ChecklistPhase;
import org.huiwu.model.checklists.TemplateItem;
import org.huiwu.model.checklists.TemplateLine;
import org.huiwu.persistence.ChecklistTemplateDao;

/**
 * The meeting service checklist template a supervisor keeps: add, rename, reorder and retire items per
 * phase. Retired items are kept (they are no longer copied); meetings keep their own copies, so nothing
 * here changes a past meeting. Each call is one transaction, written only over the items as seen (decision 0050);
 * during a venue-server outage it queues, shown at once and checked when sent (decision 0045). Synchronous and thread-safe; call it off the
 * FX thread.
 */
public final class ChecklistTemplate implements EditableTemplate<ChecklistPhase> {

    private static final Comparator<TemplateItem> ORDER = Comparator.comparing(TemplateItem::phase)
            .thenComparingInt(TemplateItem::position).thenComparing(TemplateItem::id);

    private final ChecklistTemplateDao template;
    private final Clock clock;
    private final Supplier<UUID> ids;
    private final TemplateItemSaves saves;

    public ChecklistTemplate(ChecklistTemplateDao template, Clock clock, Supplier<UUID> ids) {
        this.template = template;
        this.clock = clock;
        this.ids = ids;
        this.saves = new TemplateItemSaves(template);
    }

    /** Every item, retired ones too, by phase then position. */
    public List<TemplateItem> items() {
        return template.all().stream().sorted(ORDER).toList();
    }

    /** The items new meetings get, by phase then position. */
    public List<TemplateItem> activeItems() {
        return items().stream().filter(i -> !i.retired()).toList();
    }

    /** Adds an item at the end of its phase. The English text may be empty. */
    public TemplateItem add(ChecklistPhase phase, String textZh, String textEn, String by) {
        String zh = ChecklistRejectedException.requireText(textZh);
        String en = ChecklistRejectedException.optionalText(textEn, ChecklistProblem.MAX_TEXT);
        String who = ChecklistRejectedException.optionalText(by, ChecklistProblem.MAX_NAME);
        int last = items().stream().filter(i -> i.phase() == phase).mapToInt(TemplateItem::position).max().orElse(0);
        TemplateItem item = new TemplateItem(ids.get(), phase, last + 1, zh, en, false, now(), who);
        save(java.util.Collections.singletonList(null), List.of(item));
        return item;
    }

    /** Changes the texts of an item, over the item as stored now. */
    public TemplateItem rename(UUID itemId, String textZh, String textEn, String by) {
        return renameOver(active(itemId), textZh, textEn, by);
    }

    /**
     * Changes the texts of the item the editor showed as {@code shown}, over those texts (decision 0050): when another
     * laptop changed them since, nothing is written and {@link TemplateLineConflictException} holds both.
     */
    public TemplateItem rename(TemplateLine<ChecklistPhase> shown, String textZh, String textEn, String by) {
        TemplateItem now = active(shown.id());
        return renameOver(new TemplateItem(now.id(), now.phase(), shown.position(), shown.textZh(), shown.textEn(),
                false, now.changedAt(), now.changedBy()), textZh, textEn, by);
    }

    private TemplateItem renameOver(TemplateItem seen, String textZh, String textEn, String by) {
        String zh = ChecklistRejectedException.requireText(textZh);
        String en = ChecklistRejectedException.optionalText(textEn, ChecklistProblem.MAX_TEXT);
        String who = ChecklistRejectedException.optionalText(by, ChecklistProblem.MAX_NAME);
        return save(List.of(seen), List.of(seen.renamed(zh, en, now(), who))).get(0);
    }

    /** Retires an item: it stays stored but new meetings no longer get it. */
    public TemplateItem retire(UUID itemId, String by) {
        String who = ChecklistRejectedException.optionalText(by, ChecklistProblem.MAX_NAME);
        TemplateItem seen = active(itemId);
        TemplateItem retired = seen.retired(now(), who);
        return save(List.of(seen), List.of(retired)).get(0);
    }

    /**
     * Moves an item one place up ({@code -1}) or down ({@code +1}) among the active items of its phase;
     * the phase is renumbered 1, 2, 3… Moving past either end changes nothing.
     */
    public List<TemplateItem> move(UUID itemId, int step, String by) {
        String who = ChecklistRejectedException.optionalText(by, ChecklistProblem.MAX_NAME);
        TemplateItem moving = active(itemId);
        List<TemplateItem> before = activeItems().stream().filter(i -> i.phase() == moving.phase()).toList();
        List<TemplateItem> phase = EditableTemplate.moved(before, before.indexOf(moving), step);
        if (phase == before) {
            return phase;
        }
        Instant now = now();
        List<TemplateItem> renumbered = new ArrayList<>();
        for (int i = 0; i < phase.size(); i++) {
            TemplateItem item = phase.get(i);
            renumbered.add(item.position() == i + 1 ? item : item.at(i + 1, now, who));
        }
        List<TemplateItem> changed = renumbered.stream().filter(i -> !phase.contains(i)).toList();
        save(changed.stream().map(i -> phase.stream().filter(p -> p.id().equals(i.id())).findFirst().orElseThrow())
                .toList(), changed);
        return renumbered;
    }

    @Override
    public List<ChecklistPhase> groups() {
        return List.of(ChecklistPhase.values());
    }

    /**
     * The active items of one phase for the editor; reading them also asks whether this login may change the
     * template, so the laptop knows it from its last connect during an outage (decision 0045); not knowing it then
     * does not stop the editor showing the items (a change is refused saying why).
     */
    @Override
    public List<TemplateLine<ChecklistPhase>> lines(ChecklistPhase group) {
        try {
            template.mayChange();
        } catch (RuntimeException e) {
            if (!org.huiwu.persistence.OfflineDaos.unreachable(e)) {
                throw e;
            }
        }
        return activeItems().stream().filter(i -> i.phase() == group)
                .map(i -> new TemplateLine<>(i.id(), i.phase(), i.position(), i.textZh(), i.textEn(), false)).toList();
    }

    @Override
    public UUID addLine(ChecklistPhase group, String textZh, String textEn, String by) {
        return add(group, textZh, textEn, by).id();
    }

    @Override
    public void renameLine(UUID id, String textZh, String textEn, String by) {
        rename(id, textZh, textEn, by);
    }

    @Override
    public void renameShown(TemplateLine<ChecklistPhase> shown, String textZh, String textEn, String by) {
        rename(shown, textZh, textEn, by);
    }

    @Override
    public void moveLine(UUID id, int step, String by) {
        move(id, step, by);
    }

    @Override
    public void retireLine(UUID id, String by) {
        retire(id, by);
    }

    /**
     * Saves items changed over the items as seen (null at a new item's place), in one write the venue server's outage
     * queues (decision 0045), after checking that this login may change the template: a supervisor's only on a venue
     * server; during an outage as the server said at the last connect, and refused when it never said. Online the
     * items are written only over what was seen, merged where only another laptop changed them ({@link
     * TemplateItemSaves}); returns them as written.
     */
    private List<TemplateItem> save(List<TemplateItem> seen, List<TemplateItem> changed) {
        boolean may;
        try {
            may = template.mayChange();
        } catch (RuntimeException e) {
            if (!org.huiwu.persistence.OfflineDaos.unreachable(e)) {
                throw e;
            }
            throw new ChecklistRejectedException(ChecklistProblem.ROLE_UNKNOWN);
        }
        if (!may) {
            throw new ChecklistRejectedException(ChecklistProblem.SUPERVISOR_ONLY);
        }
        return saves.over(seen, changed);
    }

    private TemplateItem active(UUID itemId) {
        TemplateItem item = template.find(itemId)
                .orElseThrow(() -> new ChecklistRejectedException(ChecklistProblem.NOT_FOUND));
        if (item.retired()) {
            throw new ChecklistRejectedException(ChecklistProblem.RETIRED);
        }
        return item;
    }

    /** Now, cut to whole microseconds (the database's precision), so a returned value equals the one read back. */
    private Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }
}
