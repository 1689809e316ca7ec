package org.huiwu.model.seating;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The seating layout of a meeting: its blocks in order of honour (the first block holds the most
 * senior seats, usually the podium), the rule choices, where the door is, and the viewpoint the user
 * last chose to look from. Seats are derived from the blocks; who sits where is kept apart as
 * {@link SeatAssignments}. Immutable.
 */
public record SeatPlan(
        UUID id,
        UUID meetingId,
        Convention convention,
        Set<SeatingVariant> variants,
        RowNumbering rowNumbering,
        AudienceFill audienceFill,
        DoorPosition door,
        Viewpoint viewpoint,
        List<SeatBlock> blocks) {

    public SeatPlan {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(convention, "convention");
        Objects.requireNonNull(rowNumbering, "rowNumbering");
        Objects.requireNonNull(audienceFill, "audienceFill");
        Objects.requireNonNull(door, "door");
        Objects.requireNonNull(viewpoint, "viewpoint");
        variants = variants == null ? Set.of() : Set.copyOf(variants);
        blocks = blocks == null ? List.of() : List.copyOf(blocks);
    }

    /** An empty plan with the digest's defaults: government convention, audience view, door at the back. */
    public static SeatPlan empty(UUID id, UUID meetingId) {
        return new SeatPlan(id, meetingId, Convention.GOVERNMENT, Set.of(), RowNumbering.CONTINUOUS,
                AudienceFill.ROWS_FRONT_TO_BACK, DoorPosition.BACK_CENTRE, Viewpoint.AUDIENCE, List.of());
    }

    public PodiumRules podiumRules() {
        return new PodiumRules(convention, variants, rowNumbering);
    }

    public SeatPlan withBlocks(List<SeatBlock> newBlocks) {
        return new SeatPlan(id, meetingId, convention, variants, rowNumbering, audienceFill, door, viewpoint, newBlocks);
    }

    public SeatPlan withRules(Convention newConvention, Set<SeatingVariant> newVariants, RowNumbering newNumbering,
            AudienceFill newFill) {
        return new SeatPlan(id, meetingId, newConvention, newVariants, newNumbering, newFill, door, viewpoint, blocks);
    }

    public SeatPlan withDoor(DoorPosition newDoor) {
        return new SeatPlan(id, meetingId, convention, variants, rowNumbering, audienceFill, newDoor, viewpoint, blocks);
    }

    public SeatPlan withViewpoint(Viewpoint newViewpoint) {
        return new SeatPlan(id, meetingId, convention, variants, rowNumbering, audienceFill, door, newViewpoint, blocks);
    }
}
