package org.huiwu.logic.flow;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.Locale;
import java.util.function.Supplier;

import org.huiwu.i18n.I18n;

import org.huiwu.model.checklists.ItemMark;
import org.huiwu.model.checklists.MarkState;
import org.huiwu.model.flow.ItemKind;
import org.huiwu.model.flow.SpecialFlags;
import org.huiwu.model.flow.Stage;
import org.huiwu.model.flow.StageItem;
import org.huiwu.model.flow.StageLine;
import org.huiwu.model.flow.StageTemplateItem;
import org.huiwu.model.flow.WorkOrder;
import org.huiwu.persistence.StageListDao;

/**
 * The stage checklists of meetings (cleaning K, layout L, equipment N, special meetings R) and their
 * versioned template. A meeting's list is copied from the latest template version the first time it is
 * opened and keeps that version; later opens add only what it lacks: items of that version that a newly
 * set special flag brings in, and one test item per device of the work order (each microphone, projector
 * and video link, its text in both languages from the flow bundle). Copied ids derive from the meeting and
 * the item, so two laptops make the same list.
 * Marks are only inserted. Synchronous and thread-safe; call it off the FX thread.
 */
public final class StageLists {

    private static final Comparator<ItemMark> LATEST = Comparator.comparing(ItemMark::markedAt)
            .thenComparingInt(ItemMark::markNumber).thenComparing(ItemMark::id);

    private final StageListDao lists;
    private final Clock clock;
    private final Supplier<UUID> ids;

    private final I18n chinese = new I18n(Locale.SIMPLIFIED_CHINESE);
    private final I18n english = new I18n(Locale.ENGLISH);

    public StageLists(StageListDao lists, Clock clock, Supplier<UUID> ids) {
        this.lists = lists;
        this.clock = clock;
        this.ids = ids;
    }

    /** The latest template version and its items. */
    public List<StageTemplateItem> template() {
        return lists.templateItems(lists.latestVersion());
    }

    /** The template's editor: each edit is a new version. */
    public StageTemplate editor() {
        return new StageTemplate(lists, clock, ids);
    }

    /** Stores a revision of the template as a new version; meetings already opened keep theirs. */
    public int revise(List<StageTemplateItem> items, String note, String by) {
        return lists.publish(items, FlowRejectedException.optionalText(note, FlowProblem.MAX_TEXT), now(),
                FlowRejectedException.optionalText(by, FlowProblem.MAX_NAME));
    }

    /** The template version the meeting's list was copied from (0 when it has none yet). */
    public int versionOf(UUID meetingId) {
        return lists.listVersion(meetingId).orElse(0);
    }

    /** Opens the meeting's list (copying it first if needed, adding what its flags and devices bring). */
    public List<StageLine> open(UUID meetingId, SpecialFlags flags, WorkOrder order, String by) {
        int version = lists.listVersion(meetingId).orElseGet(lists::latestVersion);
        List<StageItem> wanted = new ArrayList<>();
        for (StageTemplateItem t : lists.templateItems(version)) {
            if (t.appliesTo().matches(flags)) {
                wanted.add(new StageItem(derived(meetingId, "template/" + t.id()), meetingId, t.stage(), t.kind(),
                        t.position(), t.textZh(), t.textEn(), t.mandatory(), t.guideId(), t.id(), version));
            }
        }
        if (order != null) {
            devices(meetingId, order, version, wanted);
        }
        String who = FlowRejectedException.optionalText(by, FlowProblem.MAX_NAME);
        if (!lists.createIfAbsent(meetingId, version, now(), who, wanted)) {
            lists.addMissing(meetingId, wanted);
        }
        return lines(meetingId);
    }

    /** The meeting's list as stored, every item with its latest mark, by stage, kind and position. */
    public List<StageLine> lines(UUID meetingId) {
        Map<UUID, ItemMark> latest = new HashMap<>();
        for (ItemMark mark : lists.marks(meetingId)) {
            latest.merge(mark.itemId(), mark, (a, b) -> LATEST.compare(a, b) >= 0 ? a : b);
        }
        return lists.items(meetingId).stream().map(i -> new StageLine(i, latest.get(i.id()))).toList();
    }

    /** Marks an item now: done, not applicable or open again, with who and an optional note. */
    public ItemMark mark(UUID meetingId, UUID itemId, MarkState state, String note, String by) {
        String who = FlowRejectedException.requireName(by);
        String text = FlowRejectedException.optionalText(note, FlowProblem.MAX_TEXT);
        if (lists.items(meetingId).stream().noneMatch(i -> i.id().equals(itemId))) {
            throw new FlowRejectedException(FlowProblem.NOT_FOUND);
        }
        return lists.appendMark(new ItemMark(ids.get(), meetingId, itemId, 0, state, text, now(), who));
    }

    private void devices(UUID meetingId, WorkOrder order, int version, List<StageItem> wanted) {
        int position = 100;
        position = device(meetingId, version, wanted, position, order.microphones(), "mic", "flow.device.mic");
        position = device(meetingId, version, wanted, position, order.wirelessMicrophones(), "wireless",
                "flow.device.wireless");
        position = device(meetingId, version, wanted, position, order.projectors(), "projector",
                "flow.device.projector");
        device(meetingId, version, wanted, position, order.videoLinks(), "video", "flow.device.video");
    }

    /** One test item per device, its text in both languages from the flow bundle. */
    private int device(UUID meetingId, int version, List<StageItem> wanted, int position, int count, String kind,
            String textKey) {
        int at = position;
        for (int n = 1; n <= count; n++) {
            wanted.add(new StageItem(derived(meetingId, "device/" + kind + "/" + n), meetingId, Stage.PREPARATION,
                    ItemKind.EQUIPMENT, at++, chinese.format(textKey, n), english.format(textKey, n), true, "", null,
                    version));
        }
        return at;
    }

    private static UUID derived(UUID meetingId, String what) {
        return UUID.nameUUIDFromBytes((meetingId + "/stage/" + what).getBytes(StandardCharsets.UTF_8));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
