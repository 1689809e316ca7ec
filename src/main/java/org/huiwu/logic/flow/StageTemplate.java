package org.huiwu.logic.flow;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.huiwu.logic.checklists.EditableTemplate;
import org.huiwu.model.checklists.TemplateLine;
import org.huiwu.model.flow.StageGroup;
import org.huiwu.model.flow.StageTemplateItem;
import org.huiwu.persistence.StageListDao;

/**
 * The supervisor's edits of the stage checklist template (cleaning K, layout L, equipment N, special meetings
 * R): add, rename, reorder, mark mandatory or not, and retire an item. Every edit stores a whole new template
 * version (noting what was done); a meeting's list keeps the version it was copied from, so its records stay
 * as they were made. Works through the same {@link EditableTemplate} contract as the service checklist template,
 * so one editor serves both. Each edit is one transaction. Synchronous and thread-safe; call it off the FX
 * thread.
 */
public final class StageTemplate implements EditableTemplate<StageGroup> {

    private static final Comparator<StageTemplateItem> ORDER = Comparator.comparingInt(StageTemplateItem::position)
            .thenComparing(StageTemplateItem::id);

    private final StageListDao lists;
    private final Clock clock;
    private final Supplier<UUID> ids;

    StageTemplate(StageListDao lists, Clock clock, Supplier<UUID> ids) {
        this.lists = lists;
        this.clock = clock;
        this.ids = ids;
    }

    @Override
    public int version() {
        return lists.latestVersion();
    }

    @Override
    public List<StageGroup> groups() {
        Set<StageGroup> groups = new LinkedHashSet<>(StageGroup.standard());
        current().forEach(i -> groups.add(StageGroup.of(i)));
        return List.copyOf(groups);
    }

    @Override
    public List<TemplateLine<StageGroup>> lines(StageGroup group) {
        return inGroup(current(), group).stream().map(i -> new TemplateLine<>(i.id(), group, i.position(), i.textZh(),
                i.textEn(), i.mandatory())).toList();
    }

    @Override
    public boolean marksMandatory() {
        return true;
    }

    /** Adds a mandatory item at the end of the group, in a new version; returns its id. */
    @Override
    public UUID addLine(StageGroup group, String textZh, String textEn, String by) {
        String zh = FlowRejectedException.requireText(textZh, FlowProblem.MAX_TEXT);
        String en = FlowRejectedException.optionalText(textEn, FlowProblem.MAX_TEXT);
        List<StageTemplateItem> items = new ArrayList<>(current());
        int last = inGroup(items, group).stream().mapToInt(StageTemplateItem::position).max().orElse(0);
        UUID id = ids.get();
        items.add(new StageTemplateItem(0, id, group.stage(), group.kind(), last + 1, zh, en, true, group.appliesTo(),
                ""));
        publish(items, "add", by);
        return id;
    }

    @Override
    public void renameLine(UUID id, String textZh, String textEn, String by) {
        String zh = FlowRejectedException.requireText(textZh, FlowProblem.MAX_TEXT);
        String en = FlowRejectedException.optionalText(textEn, FlowProblem.MAX_TEXT);
        change(id, "rename", by, i -> new StageTemplateItem(i.version(), i.id(), i.stage(), i.kind(), i.position(), zh,
                en, i.mandatory(), i.appliesTo(), i.guideId()));
    }

    @Override
    public void markMandatory(UUID id, boolean mandatory, String by) {
        change(id, mandatory ? "mandatory" : "optional", by, i -> new StageTemplateItem(i.version(), i.id(), i.stage(),
                i.kind(), i.position(), i.textZh(), i.textEn(), mandatory, i.appliesTo(), i.guideId()));
    }

    @Override
    public void moveLine(UUID id, int step, String by) {
        List<StageTemplateItem> items = current();
        StageTemplateItem moving = find(items, id);
        List<StageTemplateItem> group = inGroup(items, StageGroup.of(moving));
        List<StageTemplateItem> moved = EditableTemplate.moved(group, group.indexOf(moving), step);
        if (moved == group) {
            return;
        }
        List<StageTemplateItem> revised = new ArrayList<>(items);
        for (int n = 0; n < moved.size(); n++) {
            StageTemplateItem i = moved.get(n);
            revised.set(revised.indexOf(i), new StageTemplateItem(i.version(), i.id(), i.stage(), i.kind(), n + 1,
                    i.textZh(), i.textEn(), i.mandatory(), i.appliesTo(), i.guideId()));
        }
        publish(revised, "move", by);
    }

    /** Leaves the item out of a new version; meetings copied from older versions keep it. */
    @Override
    public void retireLine(UUID id, String by) {
        List<StageTemplateItem> items = new ArrayList<>(current());
        items.remove(find(items, id));
        publish(items, "retire", by);
    }

    private void change(UUID id, String note, String by, UnaryOperator<StageTemplateItem> edit) {
        List<StageTemplateItem> items = new ArrayList<>(current());
        StageTemplateItem item = find(items, id);
        items.set(items.indexOf(item), edit.apply(item));
        publish(items, note, by);
    }

    /**
     * Stores the new version over the one read, once the supervisor rule allows it (the server's grants, remembered
     * during an outage: decision 0048); during an outage it queues.
     */
    private void publish(List<StageTemplateItem> items, String note, String by) {
        boolean may;
        try {
            may = lists.mayChange();
        } catch (RuntimeException e) {
            if (!org.huiwu.persistence.OfflineDaos.unreachable(e)) {
                throw e;
            }
            throw new FlowRejectedException(FlowProblem.ROLE_UNKNOWN);
        }
        if (!may) {
            throw new FlowRejectedException(FlowProblem.SUPERVISOR_ONLY);
        }
        int seen = lists.latestVersion();
        lists.publishFrom(seen, lists.versionAt(seen).orElse(null), items, note,
                clock.instant().truncatedTo(ChronoUnit.MICROS), FlowRejectedException.optionalText(by, FlowProblem.MAX_NAME));
    }

    /** The current version's items; reads when it was stored and the login's right too, remembered for an outage. */
    private List<StageTemplateItem> current() {
        int version = lists.latestVersion();
        try {
            lists.versionAt(version);
            lists.mayChange();
        } catch (RuntimeException e) {
            if (!org.huiwu.persistence.OfflineDaos.unreachable(e)) {
                throw e;
            }
        }
        return lists.templateItems(version);
    }

    private static List<StageTemplateItem> inGroup(List<StageTemplateItem> items, StageGroup group) {
        return items.stream().filter(i -> StageGroup.of(i).equals(group)).sorted(ORDER).toList();
    }

    private static StageTemplateItem find(List<StageTemplateItem> items, UUID id) {
        return items.stream().filter(i -> i.id().equals(id)).findFirst()
                .orElseThrow(() -> new FlowRejectedException(FlowProblem.NOT_FOUND));
    }
}
