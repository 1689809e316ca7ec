package org.huiwu.ui.rounds;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.huiwu.model.rounds.FirstPour;
import org.huiwu.model.rounds.ServedScope;
import org.huiwu.model.rounds.ServicePlan;
import org.huiwu.model.rounds.ServiceZone;
import org.huiwu.model.seating.PlannedSeat;
import org.huiwu.model.seating.SeatBlock;

/**
 * The service plan while the attendant edits it: first pour, the refill interval and how early a seat
 * is due soon, which seats are served, and per block its own interval and the attendant who serves it
 * (blocks with the same attendant form one zone; blocks with none belong to everyone).
 * {@link #plan()} reads the fields back into a plan. FX thread only.
 */
public final class ServicePlanEditorViewModel {

    /** One block's row: its own interval and its attendant. */
    public record BlockRow(SeatBlock block, IntegerProperty interval, StringProperty attendant) {
    }

    private final ServicePlan original;
    private final Map<UUID, List<String>> seatsByBlock = new LinkedHashMap<>();
    private final ObjectProperty<FirstPour> firstPour = new SimpleObjectProperty<>(this, "firstPour");
    private final ObjectProperty<ServedScope> scope = new SimpleObjectProperty<>(this, "scope");
    private final IntegerProperty interval = new SimpleIntegerProperty(this, "interval");
    private final IntegerProperty dueSoon = new SimpleIntegerProperty(this, "dueSoon");
    private final List<BlockRow> rows = new ArrayList<>();

    public ServicePlanEditorViewModel(ServicePlan plan, List<SeatBlock> blocks, List<PlannedSeat> seats) {
        this.original = plan;
        firstPour.set(plan.firstPour());
        scope.set(plan.scope());
        interval.set(plan.intervalMinutes());
        dueSoon.set(plan.dueSoonMinutes());
        seats.forEach(seat -> seatsByBlock.computeIfAbsent(seat.blockId(), id -> new ArrayList<>()).add(seat.key()));
        for (SeatBlock block : blocks) {
            List<String> keys = seatsByBlock.getOrDefault(block.id(), List.of());
            String attendant = keys.isEmpty() ? "" : plan.zoneOf(keys.get(0)).map(ServiceZone::attendant).orElse("");
            rows.add(new BlockRow(block, new SimpleIntegerProperty(plan.intervalOf(block.id())),
                    new SimpleStringProperty(attendant)));
        }
    }

    /** The plan the fields describe; it is checked when saved. */
    public ServicePlan plan() {
        Map<UUID, Integer> blockIntervals = new HashMap<>();
        Map<String, Set<String>> seatsByAttendant = new LinkedHashMap<>();
        for (BlockRow row : rows) {
            if (row.interval().get() != interval.get()) {
                blockIntervals.put(row.block().id(), row.interval().get());
            }
            String attendant = row.attendant().get() == null ? "" : row.attendant().get().strip();
            if (!attendant.isEmpty()) {
                seatsByAttendant.computeIfAbsent(attendant, name -> new LinkedHashSet<>())
                        .addAll(seatsByBlock.getOrDefault(row.block().id(), List.of()));
            }
        }
        List<ServiceZone> zones = new ArrayList<>();
        seatsByAttendant.forEach((attendant, keys) -> zones.add(new ServiceZone(idFor(attendant), attendant, keys)));
        return new ServicePlan(original.meetingId(), firstPour.get(), interval.get(), blockIntervals, scope.get(),
                dueSoon.get(), zones);
    }

    /** Keeps a zone's id when its attendant stays, so rounds already started keep their zone. */
    private UUID idFor(String attendant) {
        return original.zones().stream().filter(z -> z.attendant().equals(attendant)).map(ServiceZone::id).findFirst()
                .orElseGet(UUID::randomUUID);
    }

    public ObjectProperty<FirstPour> firstPourProperty() { return firstPour; }
    public ObjectProperty<ServedScope> scopeProperty() { return scope; }
    public IntegerProperty intervalProperty() { return interval; }
    public IntegerProperty dueSoonProperty() { return dueSoon; }
    public List<BlockRow> rows() { return rows; }
}
