package org.huiwu.model.seating;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The options of a block beyond its size: for a podium, where the presider sits, who presides
 * ({@code null} = the suggestion, the No.2 of the podium) and the speaker's stand; for an audience
 * block, the sections by unit and their order. Options that do not apply to the block's kind are kept
 * but ignored. Immutable, thread-safe.
 */
public record BlockOptions(PresiderPlacement presiderPlacement, UUID presiderId, SpeakerStand speakerStand,
        UnitSections unitSections, UnitOrder unitOrder) {

    /** No presider placement, no stand, no sections. */
    public static final BlockOptions NONE = new BlockOptions(PresiderPlacement.BY_RANK, null, SpeakerStand.NONE,
            UnitSections.OFF, UnitOrder.PRECEDENCE);

    public BlockOptions {
        presiderPlacement = Objects.requireNonNullElse(presiderPlacement, PresiderPlacement.BY_RANK);
        speakerStand = Objects.requireNonNullElse(speakerStand, SpeakerStand.NONE);
        unitSections = Objects.requireNonNullElse(unitSections, UnitSections.OFF);
        unitOrder = Objects.requireNonNullElse(unitOrder, UnitOrder.PRECEDENCE);
    }

    /** The attendee chosen to preside, if one was chosen. */
    public Optional<UUID> presider() {
        return Optional.ofNullable(presiderId);
    }

    public BlockOptions withPresider(PresiderPlacement placement, UUID attendeeId) {
        return new BlockOptions(placement, attendeeId, speakerStand, unitSections, unitOrder);
    }

    public BlockOptions withSpeakerStand(SpeakerStand stand) {
        return new BlockOptions(presiderPlacement, presiderId, stand, unitSections, unitOrder);
    }

    public BlockOptions withUnits(UnitSections sections, UnitOrder order) {
        return new BlockOptions(presiderPlacement, presiderId, speakerStand, sections, order);
    }
}
