package org.huiwu.ui.attendees;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.transformation.FilteredList;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.attendees.RosterWarnings;
import org.huiwu.logic.text.PinyinInitials;
import org.huiwu.model.Attendee;

/**
 * The attendee rows as the table shows them: the list in precedence order, the filter by name,
 * organisation, position or pinyin initials, and the counts and warnings above the table (duplicate
 * names, tied ranks). {@link AttendeeTableViewModel} decides what to show and when; this class only
 * shows it. FX thread only.
 */
abstract class AttendeeListing {

    final ObservableList<Attendee> attendees = FXCollections.observableArrayList();
    private final FilteredList<Attendee> visible = new FilteredList<>(attendees);
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper warnings = new ReadOnlyStringWrapper(this, "warnings", "");
    private final ObservableSet<String> duplicateNames = FXCollections.observableSet();
    private final ObservableSet<Integer> tiedRanks = FXCollections.observableSet();
    private final I18n i18n;

    AttendeeListing(I18n i18n) {
        this.i18n = i18n;
        filter.addListener((obs, old, text) -> visible.setPredicate(a -> matches(a, text)));
    }

    public ObservableList<Attendee> visibleAttendees() { return visible; }
    public ObservableList<Attendee> attendees() { return attendees; }
    public StringProperty filterProperty() { return filter; }
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
    public ReadOnlyStringProperty warningsProperty() { return warnings.getReadOnlyProperty(); }
    public ObservableSet<String> duplicateNames() { return duplicateNames; }
    public ObservableSet<Integer> tiedRanks() { return tiedRanks; }

    /**
     * Shows a loaded list. Rows that are the same people in the same order are replaced one by one, so a
     * cell being edited, the selection and the focus survive the reload that follows every save.
     */
    final void show(List<Attendee> loaded) {
        if (loaded.size() == attendees.size() && IntStream.range(0, loaded.size())
                .allMatch(i -> loaded.get(i).id().equals(attendees.get(i).id()))) {
            for (int i = 0; i < loaded.size(); i++) {
                if (!loaded.get(i).equals(attendees.get(i))) {
                    attendees.set(i, loaded.get(i));
                }
            }
        } else {
            attendees.setAll(loaded);
        }
        Set<String> duplicates = RosterWarnings.duplicateNames(loaded);
        Set<Integer> ties = RosterWarnings.tiedRanks(loaded);
        duplicateNames.clear();
        duplicateNames.addAll(duplicates);
        tiedRanks.clear();
        tiedRanks.addAll(ties);
        summary.set(AttendeeSummary.counts(i18n, loaded));
        warnings.set(AttendeeSummary.warnings(i18n, duplicates, ties));
    }

    final int indexOf(UUID id) {
        for (int i = 0; i < attendees.size(); i++) {
            if (attendees.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean matches(Attendee attendee, String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String needle = text.strip().toLowerCase(Locale.ROOT);
        return attendee.name().toLowerCase(Locale.ROOT).contains(needle)
                || attendee.organisation().toLowerCase(Locale.ROOT).contains(needle)
                || attendee.position().toLowerCase(Locale.ROOT).contains(needle)
                || PinyinInitials.matches(attendee.name(), needle);
    }
}
