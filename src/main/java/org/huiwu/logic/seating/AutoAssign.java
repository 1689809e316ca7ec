package org.huiwu.logic.seating;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.huiwu.model.Attendee;
import org.huiwu.model.AttendeeRole;
import org.huiwu.model.CheckInStatus;
import org.huiwu.model.Side;
import org.huiwu.model.seating.BlockKind;
import org.huiwu.model.seating.BlockOptions;
import org.huiwu.model.seating.Convention;
import org.huiwu.model.seating.PlannedSeat;
import org.huiwu.model.seating.PresiderPlacement;
import org.huiwu.model.seating.SeatAssignments;
import org.huiwu.model.seating.SeatBlock;
import org.huiwu.model.seating.UnitSections;

/**
 * One run of auto-assign (see {@link SeatingPlanner#autoAssign}): locked seats first, then block by
 * block in honour order. A podium with a presider placement seats its presider first; an audience
 * block with sections by unit takes its share of the precedence list and seats it unit by unit; every
 * other seat takes the next attendee of its source. Interpreter seats take interpreters, and only they
 * do. Confined to the calling thread; used once.
 */
final class AutoAssign {

    private final Map<UUID, SeatBlock> blocks;
    private final Convention convention;
    private final List<Attendee> attendees;
    private final SeatAssignments current;
    private final Presiders presiders = new Presiders();
    private final UnitSeating units = new UnitSeating();
    private final Map<String, UUID> result = new LinkedHashMap<>();
    private final Set<UUID> seated = new HashSet<>();
    private final Map<Side, Deque<Attendee>> bySide = new EnumMap<>(Side.class);
    private final Deque<Attendee> leaders = new ArrayDeque<>();
    private final Deque<Attendee> everyone = new ArrayDeque<>();
    private final List<Attendee> interpreters = new ArrayList<>();
    private boolean anyLeader;

    AutoAssign(List<SeatBlock> blocks, Convention convention, List<Attendee> attendees, SeatAssignments current) {
        this.blocks = new HashMap<>();
        blocks.forEach(block -> this.blocks.put(block.id(), block));
        this.convention = convention;
        this.attendees = attendees;
        this.current = current;
    }

    SeatAssignments run(List<PlannedSeat> seats) {
        Set<String> seatKeys = new HashSet<>();
        seats.forEach(s -> seatKeys.add(s.key()));
        current.occupantBySeat().forEach((seat, attendee) -> {
            if (current.isLocked(seat) && seatKeys.contains(seat)) {
                result.put(seat, attendee);
                seated.add(attendee);
            }
        });
        for (Attendee attendee : attendees) {
            if (seated.contains(attendee.id())) {
                continue;
            }
            if (attendee.role() == AttendeeRole.INTERPRETER && attendee.checkIn() != CheckInStatus.ABSENT) {
                interpreters.add(attendee);
                continue;
            }
            if (!Presiders.eligible(attendee)) {
                continue;
            }
            bySide.computeIfAbsent(attendee.side(), side -> new ArrayDeque<>()).add(attendee);
            if (attendee.role() == AttendeeRole.LEADER) {
                leaders.add(attendee);
            }
            everyone.add(attendee);
        }
        anyLeader = !leaders.isEmpty();
        Map<UUID, List<PlannedSeat>> byBlock = new LinkedHashMap<>();
        seats.forEach(seat -> byBlock.computeIfAbsent(seat.blockId(), id -> new ArrayList<>()).add(seat));
        byBlock.forEach((blockId, blockSeats) -> fill(blocks.get(blockId), blockSeats));
        seatInterpreters(seats);
        return SeatAssignments.of(result, current.lockedSeats());
    }

    private void fill(SeatBlock block, List<PlannedSeat> blockSeats) {
        BlockOptions options = block == null ? BlockOptions.NONE : block.options();
        BlockKind kind = blockSeats.get(0).blockKind();
        if (kind == BlockKind.PODIUM && options.presiderPlacement() != PresiderPlacement.BY_RANK) {
            seatPresider(block, blockSeats);
        }
        if (kind == BlockKind.AUDIENCE && options.unitSections() != UnitSections.OFF) {
            fillByUnit(options, blockSeats);
            return;
        }
        for (PlannedSeat seat : blockSeats) {
            if (seat.interpreter() || current.isLocked(seat.key()) || result.containsKey(seat.key())) {
                continue;
            }
            Attendee next = take(sourceOf(seat));
            if (next != null) {
                result.put(seat.key(), next.id());
                seated.add(next.id());
            }
        }
    }

    /**
     * The interpreter seats, in honour order, take the interpreters: first those of the seat's party,
     * then those the list gives no side. Interpreters take no other seat.
     */
    private void seatInterpreters(List<PlannedSeat> seats) {
        for (boolean ownSideOnly : new boolean[] {true, false}) {
            for (PlannedSeat seat : seats) {
                if (!seat.interpreter() || current.isLocked(seat.key()) || result.containsKey(seat.key())) {
                    continue;
                }
                interpreters.stream().filter(a -> !seated.contains(a.id()))
                        .filter(a -> a.side() == seat.party() || (!ownSideOnly && a.side() == Side.NONE))
                        .findFirst().ifPresent(a -> {
                            result.put(seat.key(), a.id());
                            seated.add(a.id());
                        });
            }
        }
    }

    private Deque<Attendee> sourceOf(PlannedSeat seat) {
        if (seat.party() != Side.NONE) {
            return bySide.getOrDefault(seat.party(), new ArrayDeque<>());
        }
        return seat.blockKind() == BlockKind.PODIUM && anyLeader ? leaders : everyone;
    }

    private void seatPresider(SeatBlock block, List<PlannedSeat> blockSeats) {
        Optional<UUID> presider = presiders.presiderOf(block, attendees);
        if (presider.isEmpty() || seated.contains(presider.get())) {
            return;
        }
        Deque<Attendee> source = anyLeader ? leaders : everyone;
        UUID numberOne = source.stream().filter(a -> !seated.contains(a.id())).findFirst().map(Attendee::id)
                .orElse(null);
        presiders.presiderSeat(block.options().presiderPlacement(), blockSeats, presider.get().equals(numberOne))
                .filter(seat -> !current.isLocked(seat.key()) && !result.containsKey(seat.key()))
                .ifPresent(seat -> {
                    result.put(seat.key(), presider.get());
                    seated.add(presider.get());
                });
    }

    private void fillByUnit(BlockOptions options, List<PlannedSeat> blockSeats) {
        List<PlannedSeat> free = blockSeats.stream()
                .filter(seat -> !current.isLocked(seat.key()) && !result.containsKey(seat.key())).toList();
        List<Attendee> share = new ArrayList<>(free.size());
        while (share.size() < free.size()) {
            Attendee next = take(everyone);
            if (next == null) {
                break;
            }
            share.add(next);
            seated.add(next.id());
        }
        List<Attendee> arranged = units.unitOrder(share, options.unitOrder());
        List<PlannedSeat> ordered = units.sectionOrder(free, options.unitSections(), convention);
        for (int i = 0; i < arranged.size(); i++) {
            result.put(ordered.get(i).key(), arranged.get(i).id());
        }
    }

    private Attendee take(Deque<Attendee> source) {
        while (!source.isEmpty()) {
            Attendee next = source.poll();
            if (!seated.contains(next.id())) {
                return next;
            }
        }
        return null;
    }
}
