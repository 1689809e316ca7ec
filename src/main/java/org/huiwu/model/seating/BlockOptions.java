package org.huiwu.model.seating;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The options of a block beyond its size: for a podium, where the presider sits, who presides
 * ({@code null} = the suggestion, the No.2 of the podium) and the speaker's stand; for an audience
 * block, the sections by unit and their order; for talks and receptions, where the interpreters sit.
 * Options that do not apply to the block's kind are kept but ignored. Immutable, thread-safe.
 */
public record BlockOptions(PresiderPlacement presiderPlacement, UUID presiderId, SpeakerStand speakerStand,
        UnitSections unitSections, UnitOrder unitOrder, InterpreterPlacement interpreters) {

    /** No presider placement, no stand, no sections, interpreters as the convention has them. */
    public static final BlockOptions NONE = new BlockOptions(PresiderPlacement.BY_RANK, null, SpeakerStand.NONE,
            UnitSections.OFF, UnitOrder.PRECEDENCE, InterpreterPlacement.STANDARD);

    public BlockOptions {
        presiderPlacement = Objects.requireNonNullElse(presiderPlacement, PresiderPlacement.BY_RANK);
        speakerStand = Objects.requireNonNullElse(speakerStand, SpeakerStand.NONE);
        unitSections = Objects.requireNonNullElse(unitSections, UnitSections.OFF);
        unitOrder = Objects.requireNonNullElse(unitOrder, UnitOrder.PRECEDENCE);
        interpreters = Objects.requireNonNullElse(interpreters, InterpreterPlacement.STANDARD);
    }

    /** Options with the interpreters as the convention has them. */
    public BlockOptions(PresiderPlacement presiderPlacement, UUID presiderId, SpeakerStand speakerStand,
            UnitSections unitSections, UnitOrder unitOrder) {
        this(presiderPlacement, presiderId, speakerStand, unitSections, unitOrder, InterpreterPlacement.STANDARD);
    }

    /** The attendee chosen to preside, if one was chosen. */
    public Optional<UUID> presider() {
        return Optional.ofNullable(presiderId);
    }

    public BlockOptions withPresider(PresiderPlacement placement, UUID attendeeId) {
        return new BlockOptions(placement, attendeeId, speakerStand, unitSections, unitOrder, interpreters);
    }

    public BlockOptions withSpeakerStand(SpeakerStand stand) {
        return new BlockOptions(presiderPlacement, presiderId, stand, unitSections, unitOrder, interpreters);
    }

    public BlockOptions withUnits(UnitSections sections, UnitOrder order) {
        return new BlockOptions(presiderPlacement, presiderId, speakerStand, sections, order, interpreters);
    }

    public BlockOptions withInterpreters(InterpreterPlacement placement) {
        return new BlockOptions(presiderPlacement, presiderId, speakerStand, unitSections, unitOrder, placement);
    }
}
