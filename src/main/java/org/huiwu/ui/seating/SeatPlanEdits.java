package org.huiwu.ui.seating;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.huiwu.i18n.I18n;
import org.huiwu.model.seating.AudienceFill;
import org.huiwu.model.seating.Convention;
import org.huiwu.model.seating.DoorPosition;
import org.huiwu.model.seating.RowNumbering;
import org.huiwu.model.seating.SeatBlock;
import org.huiwu.model.seating.SeatPlan;
import org.huiwu.model.seating.SeatingVariant;
import org.huiwu.model.seating.Viewpoint;
import org.huiwu.ui.common.DialogService;

/**
 * The attendant's edits of the seat plan itself rather than of who sits where: flipping the viewpoint, the
 * convention, its disputed variants and numbering, the door, and adding, removing and reordering blocks. Each
 * edit stores the changed plan through {@link SeatingAccess#whenPlanSaved}, which lays it out again. FX thread only.
 */
public final class SeatPlanEdits {

    private final SeatingAccess model;
    private final DialogService dialogs;
    private final I18n i18n;

    SeatPlanEdits(SeatingAccess model, DialogService dialogs, I18n i18n) {
        this.model = model;
        this.dialogs = dialogs;
        this.i18n = i18n;
    }

    public void flipView() {
        SeatPlan plan = model.plan();
        if (plan != null) {
            Viewpoint other = plan.viewpoint() == Viewpoint.AUDIENCE ? Viewpoint.PODIUM : Viewpoint.AUDIENCE;
            model.whenPlanSaved(plan.withViewpoint(other), seats -> { });
        }
    }

    public void setConvention(Convention convention) {
        SeatPlan plan = model.plan();
        if (plan != null && plan.convention() != convention) {
            model.whenPlanSaved(plan.withRules(convention, plan.variants(), plan.rowNumbering(), plan.audienceFill()),
                    seats -> model.say(i18n.get("seating.rulesChanged")));
        }
    }

    /** Switches a disputed variant of the rules on or off (seating.md §3); the plan is laid out again. */
    public void setVariant(SeatingVariant variant, boolean on) {
        SeatPlan plan = model.plan();
        if (plan != null && plan.variants().contains(variant) != on) {
            Set<SeatingVariant> variants = new HashSet<>(plan.variants());
            if (on) {
                variants.add(variant);
            } else {
                variants.remove(variant);
            }
            model.whenPlanSaved(plan.withRules(plan.convention(), variants, plan.rowNumbering(), plan.audienceFill()),
                    seats -> model.say(i18n.get("seating.rulesChanged")));
        }
    }

    /** How a multi-row podium continues its numbers, and in which order the audience fills. */
    public void setNumbering(RowNumbering numbering, AudienceFill fill) {
        SeatPlan plan = model.plan();
        if (plan != null && (plan.rowNumbering() != numbering || plan.audienceFill() != fill)) {
            model.whenPlanSaved(plan.withRules(plan.convention(), plan.variants(), numbering, fill),
                    seats -> model.say(i18n.get("seating.rulesChanged")));
        }
    }

    public void setDoor(DoorPosition door) {
        SeatPlan plan = model.plan();
        if (plan != null && plan.door() != door) {
            model.whenPlanSaved(plan.withDoor(door), seats -> { });
        }
    }

    /** Adds a block after the others, or replaces the block with the same id. */
    public void saveBlock(SeatBlock block) {
        saveBlock(block, model.layouts().seen());
    }

    /**
     * As {@link #saveBlock(SeatBlock)}, for a block edited from the layout shown at {@code seen} (the block dialog's
     * opening): refused, and the editor told, when another laptop's layout came to be shown since.
     */
    public void saveBlock(SeatBlock block, int seen) {
        SeatPlan plan = model.plan();
        if (plan == null || !model.layouts().stillAsSeen(seen)) {
            return;
        }
        List<SeatBlock> blocks = new ArrayList<>(plan.blocks());
        int index = indexOf(blocks, block.id());
        if (index >= 0) {
            blocks.set(index, block);
        } else {
            blocks.add(block);
        }
        model.whenPlanSaved(plan.withBlocks(blocks), seats -> model.reload());
    }

    public void removeBlock(UUID blockId) {
        SeatPlan plan = model.plan();
        if (plan == null || !dialogs.confirm(i18n.get("seating.block.remove.title"),
                i18n.get("seating.block.remove.question"))) {
            return;
        }
        List<SeatBlock> blocks = new ArrayList<>(plan.blocks());
        blocks.removeIf(block -> block.id().equals(blockId));
        model.whenPlanSaved(plan.withBlocks(blocks), seats -> model.reload());
    }

    /** Moves a block one place up in honour (towards the podium). */
    public void moveBlockUp(UUID blockId) {
        SeatPlan plan = model.plan();
        if (plan == null) {
            return;
        }
        List<SeatBlock> blocks = new ArrayList<>(plan.blocks());
        int index = indexOf(blocks, blockId);
        if (index > 0) {
            blocks.add(index - 1, blocks.remove(index));
            model.whenPlanSaved(plan.withBlocks(blocks), seats -> model.reload());
        }
    }

    private static int indexOf(List<SeatBlock> blocks, UUID id) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
