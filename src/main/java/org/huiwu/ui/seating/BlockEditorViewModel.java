package org.huiwu.ui.seating;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.seating.Presiders;
import org.huiwu.model.Attendee;
import org.huiwu.model.AttendeeRole;
import org.huiwu.model.CheckInStatus;
import org.huiwu.model.seating.BlockKind;
import org.huiwu.model.seating.BlockOptions;
import org.huiwu.model.seating.InterpreterPlacement;
import org.huiwu.model.seating.PresiderPlacement;
import org.huiwu.model.seating.SeatBlock;
import org.huiwu.model.seating.SpeakerStand;
import org.huiwu.model.seating.TableOrientation;
import org.huiwu.model.seating.UnitOrder;
import org.huiwu.model.seating.UnitSections;

/**
 * The fields of one seat block while it is added or edited: the template and its parameters as the
 * attendant types them, and its options (the podium's presider and speaker's stand, the audience's
 * sections by unit, the interpreters' placement at talks and receptions). {@link #build()} reads them into a block, or explains what is wrong.
 * FX thread only.
 */
public final class BlockEditorViewModel {

    private final UUID id;
    private final I18n i18n;
    private final ObjectProperty<BlockKind> kind = new SimpleObjectProperty<>(this, "kind");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty rows = new SimpleStringProperty(this, "rows", "");
    private final IntegerProperty aisleEvery = new SimpleIntegerProperty(this, "aisleEvery");
    private final IntegerProperty tables = new SimpleIntegerProperty(this, "tables", 1);
    private final IntegerProperty seatsPerTable = new SimpleIntegerProperty(this, "seatsPerTable", 10);
    private final IntegerProperty hostSeats = new SimpleIntegerProperty(this, "hostSeats", 3);
    private final IntegerProperty guestSeats = new SimpleIntegerProperty(this, "guestSeats", 3);
    private final IntegerProperty headSeats = new SimpleIntegerProperty(this, "headSeats", 5);
    private final IntegerProperty armSeats = new SimpleIntegerProperty(this, "armSeats", 4);
    private final ObjectProperty<TableOrientation> orientation =
            new SimpleObjectProperty<>(this, "orientation", TableOrientation.ACROSS_DOOR);
    private final StringProperty problem = new SimpleStringProperty(this, "problem", "");
    private final ObjectProperty<PresiderPlacement> presiderPlacement =
            new SimpleObjectProperty<>(this, "presiderPlacement", PresiderPlacement.BY_RANK);
    private final ObjectProperty<PresiderChoice> presider = new SimpleObjectProperty<>(this, "presider");
    private final ObservableList<PresiderChoice> presiderChoices = FXCollections.observableArrayList();
    private final ObjectProperty<SpeakerStand> speakerStand =
            new SimpleObjectProperty<>(this, "speakerStand", SpeakerStand.NONE);
    private final ObjectProperty<UnitSections> unitSections =
            new SimpleObjectProperty<>(this, "unitSections", UnitSections.OFF);
    private final ObjectProperty<UnitOrder> unitOrder = new SimpleObjectProperty<>(this, "unitOrder", UnitOrder.PRECEDENCE);
    private final ObjectProperty<InterpreterPlacement> interpreters =
            new SimpleObjectProperty<>(this, "interpreters", InterpreterPlacement.STANDARD);
    private UUID presiderId;

    /** A new block of the given kind with sensible starting sizes. */
    public BlockEditorViewModel(BlockKind newKind, I18n i18n) {
        this.id = UUID.randomUUID();
        this.i18n = i18n;
        kind.set(newKind);
        rows.set(newKind == BlockKind.PODIUM ? "7" : "10, 10, 10");
        aisleEvery.set(newKind == BlockKind.AUDIENCE ? 5 : 0);
    }

    /** The fields of an existing block. */
    public BlockEditorViewModel(SeatBlock block, I18n i18n) {
        this.id = block.id();
        this.i18n = i18n;
        kind.set(block.kind());
        name.set(block.name());
        rows.set(String.join(", ", block.rows().stream().map(String::valueOf).toList()));
        aisleEvery.set(block.aisleEvery());
        tables.set(block.tables());
        seatsPerTable.set(block.seatsPerTable());
        hostSeats.set(block.hostSeats());
        guestSeats.set(block.guestSeats());
        orientation.set(block.orientation());
        presiderPlacement.set(block.options().presiderPlacement());
        presiderId = block.options().presiderId();
        speakerStand.set(block.options().speakerStand());
        unitSections.set(block.options().unitSections());
        unitOrder.set(block.options().unitOrder());
        interpreters.set(block.options().interpreters());
        if (block.rows().size() == 2 && (block.kind() == BlockKind.U_SHAPE || block.kind() == BlockKind.HOLLOW_SQUARE)) {
            headSeats.set(block.rows().get(0));
            armSeats.set(block.rows().get(1));
        }
    }

    /**
     * Offers the attendees who may preside (staff and absent people excluded), after the suggestion
     * (the No.2 by precedence, decision 0012); selects the block's presider, or the suggestion.
     */
    public void offerPresiders(List<Attendee> attendees) {
        String suggested = new Presiders().suggestion(attendees)
                .flatMap(id -> attendees.stream().filter(a -> a.id().equals(id)).findFirst())
                .map(a -> i18n.format("seating.presider.suggested", a.name())).orElse(i18n.get("seating.presider.none"));
        List<PresiderChoice> choices = new ArrayList<>();
        choices.add(new PresiderChoice(null, suggested));
        attendees.stream().filter(a -> a.role() != AttendeeRole.STAFF && a.checkIn() != CheckInStatus.ABSENT)
                .forEach(a -> choices.add(new PresiderChoice(a.id(),
                        i18n.format("seating.presider.person", a.name(), a.rank()))));
        presiderChoices.setAll(choices);
        presider.set(choices.stream().filter(c -> java.util.Objects.equals(c.attendeeId(), presiderId)).findFirst()
                .orElse(choices.get(0)));
    }

    /** The block the fields describe, or null with {@link #problemProperty()} set. */
    public SeatBlock build() {
        List<Integer> rowSizes = new ArrayList<>();
        if (kind.get() == BlockKind.PODIUM || kind.get() == BlockKind.AUDIENCE) {
            for (String part : rows.get().split("[,，\\s]+")) {
                if (part.isBlank()) {
                    continue;
                }
                try {
                    rowSizes.add(Integer.parseInt(part.strip()));
                } catch (NumberFormatException notANumber) {
                    problem.set(i18n.get("seating.block.rowsFormat"));
                    return null;
                }
            }
        } else if (kind.get() == BlockKind.U_SHAPE || kind.get() == BlockKind.HOLLOW_SQUARE) {
            rowSizes = List.of(headSeats.get(), armSeats.get());
        }
        problem.set("");
        UUID chosen = presider.get() == null ? presiderId : presider.get().attendeeId();
        return new SeatBlock(id, kind.get(), name.get().strip(), rowSizes, aisleEvery.get(), tables.get(),
                seatsPerTable.get(), hostSeats.get(), guestSeats.get(), orientation.get(),
                new BlockOptions(presiderPlacement.get(), chosen, speakerStand.get(), unitSections.get(),
                        unitOrder.get(), interpreters.get()));
    }

    public ObjectProperty<BlockKind> kindProperty() { return kind; }
    public StringProperty nameProperty() { return name; }
    public StringProperty rowsProperty() { return rows; }
    public IntegerProperty aisleEveryProperty() { return aisleEvery; }
    public IntegerProperty tablesProperty() { return tables; }
    public IntegerProperty seatsPerTableProperty() { return seatsPerTable; }
    public IntegerProperty hostSeatsProperty() { return hostSeats; }
    public IntegerProperty guestSeatsProperty() { return guestSeats; }
    public IntegerProperty headSeatsProperty() { return headSeats; }
    public IntegerProperty armSeatsProperty() { return armSeats; }
    public ObjectProperty<TableOrientation> orientationProperty() { return orientation; }
    public StringProperty problemProperty() { return problem; }
    public ObjectProperty<PresiderPlacement> presiderPlacementProperty() { return presiderPlacement; }
    public ObjectProperty<PresiderChoice> presiderProperty() { return presider; }
    public ObservableList<PresiderChoice> presiderChoices() { return presiderChoices; }
    public ObjectProperty<SpeakerStand> speakerStandProperty() { return speakerStand; }
    public ObjectProperty<UnitSections> unitSectionsProperty() { return unitSections; }
    public ObjectProperty<UnitOrder> unitOrderProperty() { return unitOrder; }
    public ObjectProperty<InterpreterPlacement> interpretersProperty() { return interpreters; }
}
