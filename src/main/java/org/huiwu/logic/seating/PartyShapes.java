package org.huiwu.logic.seating;

import java.util.ArrayList;
import java.util.List;

import org.huiwu.model.Side;
import org.huiwu.model.seating.InterpreterPlacement;
import org.huiwu.model.seating.PartySeat;
import org.huiwu.model.seating.TablePosition;
import org.huiwu.model.seating.TableSide;

/**
 * Places the seats of talks and receptions on the plan, with the interpreter seats the block's
 * placement gives (decision 0027, session 5 amendment). Beside at talks: the host side's interpreter
 * on the host chief's right, the guest side's on the chief guest's left (each as that side sees it),
 * the others moving one seat outward. Beside at a reception: each interpreter next to their principal,
 * on the outer side, in the semicircle. Behind: one seat behind each principal. Regular seats keep
 * their row and number whatever the placement, so assignments stay on the same people. Stateless.
 */
final class PartyShapes {

    /** How far behind a principal the interpreter sits, in seats. */
    private static final double BEHIND = 1.25;

    private PartyShapes() {
    }

    /** Talks: each side's ranks are read as that side's own people see them; place them on the plan. */
    static List<BlockShape> talks(List<TableSide> sides, InterpreterPlacement placement) {
        List<BlockShape> seats = new ArrayList<>();
        for (int s = 0; s < sides.size(); s++) {
            TableSide side = sides.get(s);
            List<Integer> ranks = side.ranks();
            int n = ranks.size();
            int chief = ranks.indexOf(1);
            boolean beside = placement == InterpreterPlacement.BESIDE;
            int interpreterSlot = side.party() == Side.HOST ? chief + 1 : chief;
            int slots = beside ? n + 1 : n;
            for (int i = 0; i < n; i++) {
                int slot = beside && i >= interpreterSlot ? i + 1 : i;
                double[] at = point(side.position(), slot, slots, 0);
                seats.add(new BlockShape(s + 1, i + 1, at[0], at[1], ranks.get(i), side.party()));
            }
            if (beside) {
                double[] at = point(side.position(), interpreterSlot, slots, 0);
                seats.add(BlockShape.interpreter(side.party(), at[0], at[1]));
            } else if (placement == InterpreterPlacement.BEHIND) {
                double[] at = point(side.position(), chief, slots, BEHIND);
                seats.add(BlockShape.interpreter(side.party(), at[0], at[1]));
            }
        }
        return seats;
    }

    private static double[] point(TablePosition position, int slot, int slots, double back) {
        double offset = slot - (slots - 1) / 2.0;
        return switch (position) {
            case FACING_DOOR -> new double[] {-offset, -back};
            case BACK_TO_DOOR -> new double[] {offset, 3 + back};
            case RIGHT_FROM_DOOR -> new double[] {2 + back, slots / 2.0 - offset};
            default -> new double[] {-2 - back, slots / 2.0 + offset};
        };
    }

    /** Reception sofas on a semicircle that opens towards the door, listed left to right from the door. */
    static List<BlockShape> reception(List<PartySeat> fromDoor, InterpreterPlacement placement) {
        int n = fromDoor.size();
        int host = fromDoor.indexOf(PartySeat.host(1));
        int guest = fromDoor.indexOf(PartySeat.guest(1));
        int leftPrincipal = Math.min(host, guest);
        int rightPrincipal = Math.max(host, guest);
        boolean beside = placement == InterpreterPlacement.BESIDE;
        List<Integer> slotOf = new ArrayList<>();
        List<Side> interpreterSlots = new ArrayList<>();
        int slot = 0;
        for (int i = 0; i < n; i++) {
            if (beside && i == leftPrincipal) {
                interpreterSlots.add(fromDoor.get(i).party());
                slotOf.add(-1 - slot++);
            }
            slotOf.add(slot++);
            if (beside && i == rightPrincipal) {
                interpreterSlots.add(fromDoor.get(i).party());
                slotOf.add(-1 - slot++);
            }
        }
        int slots = slot;
        double radius = Math.max(2.5, slots * 1.2 / Math.PI);
        List<BlockShape> seats = new ArrayList<>();
        int seatIndex = 0;
        int interpreterIndex = 0;
        for (int entry : slotOf) {
            if (entry < 0) {
                double[] at = arc(-1 - entry, slots, radius, 0);
                seats.add(BlockShape.interpreter(interpreterSlots.get(interpreterIndex++), at[0], at[1]));
            } else {
                PartySeat seat = fromDoor.get(seatIndex);
                double[] at = arc(entry, slots, radius, 0);
                seats.add(new BlockShape(1, ++seatIndex, at[0], at[1], seat.rank(), seat.party()));
            }
        }
        if (placement == InterpreterPlacement.BEHIND) {
            for (int principal : List.of(leftPrincipal, rightPrincipal)) {
                double[] at = arc(principal, slots, radius, BEHIND);
                seats.add(BlockShape.interpreter(fromDoor.get(principal).party(), at[0], at[1]));
            }
        }
        return seats;
    }

    private static double[] arc(int slot, int slots, double radius, double back) {
        double angle = Math.PI - Math.PI * (slot + 0.5) / slots;
        return new double[] {(radius + back) * Math.cos(angle), radius - (radius + back) * Math.sin(angle)};
    }
}
