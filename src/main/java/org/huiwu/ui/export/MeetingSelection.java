package org.huiwu.ui.export;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import org.huiwu.i18n.I18n;
import org.huiwu.model.Meeting;

/**
 * Which meetings an export covers: hand-picked from a searchable ticked list (the current meeting ticked first),
 * or every meeting in an inclusive date range; how many that is, as a number and a sentence, and what is missing
 * from the choice. {@code onChange} runs when the scope or a count changes. FX thread only; the meeting list is
 * read by {@link ExportChoiceViewModel} and handed in.
 */
public final class MeetingSelection {

    /** How the meetings are chosen. */
    public enum Scope {
        PICKED,
        DATE_RANGE
    }

    private final I18n i18n;
    private final ObservableList<MeetingChoice> choices = FXCollections.observableArrayList(
            choice -> new Observable[] {choice.chosenProperty()});
    private final FilteredList<MeetingChoice> shown = new FilteredList<>(choices);
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObjectProperty<Scope> scope = new SimpleObjectProperty<>(this, "scope", Scope.PICKED);
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final ReadOnlyIntegerWrapper pickedCount = new ReadOnlyIntegerWrapper(this, "pickedCount");
    private final ReadOnlyIntegerWrapper rangeCount = new ReadOnlyIntegerWrapper(this, "rangeCount");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");

    MeetingSelection(I18n i18n, Runnable onChange) {
        this.i18n = i18n;
        search.addListener((o, was, now) -> {
            String text = now == null ? "" : now.strip().toLowerCase(Locale.ROOT);
            shown.setPredicate(choice -> choice.matches(text));
        });
        pickedCount.bind(Bindings.createIntegerBinding(() -> (int) choices.stream()
                .filter(c -> c.chosenProperty().get()).count(), choices));
        rangeCount.bind(Bindings.createIntegerBinding(() -> inRange().size(), choices, from, to));
        summary.bind(Bindings.createStringBinding(() -> scope.get() == Scope.PICKED
                ? i18n.format("export.dialog.pickedCount", pickedCount.get())
                : i18n.format("export.dialog.rangeCount", rangeCount.get()), scope, pickedCount, rangeCount));
        scope.addListener((o, was, now) -> onChange.run());
        pickedCount.addListener((o, was, now) -> onChange.run());
        rangeCount.addListener((o, was, now) -> onChange.run());
    }

    /** Starts the date range at the month of {@code current}. */
    void startAt(Meeting current) {
        from.set(current.date().withDayOfMonth(1));
        to.set(current.date().withDayOfMonth(current.date().lengthOfMonth()));
    }

    /** Shows the meetings as listed, with {@code current} (may be null) ticked. */
    void show(List<Meeting> list, Meeting current) {
            choices.setAll(list.stream().map(m -> new MeetingChoice(m.id(), m.title(), m.date())).toList());
            choices.stream().filter(c -> current != null && c.id().equals(current.id()))
                    .forEach(c -> c.chosenProperty().set(true));
    }

    /** The meetings the choice covers: those ticked, or those in the range in date order. */
    List<UUID> chosen() {
        return scope.get() == Scope.PICKED
                ? choices.stream().filter(c -> c.chosenProperty().get()).map(MeetingChoice::id).toList()
                : inRange();
    }

    /** What keeps {@code ids} (the chosen meetings) from being exported, empty when nothing does. */
    String problemWith(List<UUID> ids) {
        if (scope.get() == Scope.DATE_RANGE && (from.get() == null || to.get() == null)) {
            return i18n.get("export.dialog.noDates");
        }
        if (scope.get() == Scope.DATE_RANGE && from.get().isAfter(to.get())) {
            return i18n.get("export.dialog.datesReversed");
        }
        if (ids.isEmpty()) {
            return i18n.get(scope.get() == Scope.PICKED ? "export.dialog.nonePicked" : "export.dialog.noneInRange");
        }
        return "";
    }

    /** Ticks or unticks every meeting the list shows. */
    void chooseAllShown(boolean chosen) {
        shown.forEach(choice -> choice.chosenProperty().set(chosen));
    }

    ObservableList<MeetingChoice> shownMeetings() { return shown; }
    StringProperty searchProperty() { return search; }
    ObjectProperty<Scope> scopeProperty() { return scope; }
    ObjectProperty<LocalDate> fromProperty() { return from; }
    ObjectProperty<LocalDate> toProperty() { return to; }
    ReadOnlyIntegerProperty rangeCountProperty() { return rangeCount.getReadOnlyProperty(); }
    ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }

    private List<UUID> inRange() {
        if (from.get() == null || to.get() == null) {
            return List.of();
        }
        return choices.stream().filter(c -> !c.date().isBefore(from.get()) && !c.date().isAfter(to.get()))
                .sorted(Comparator.comparing(MeetingChoice::date).thenComparing(MeetingChoice::title))
                .map(MeetingChoice::id).toList();
    }
}
