package org.huiwu.ui.staff;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.huiwu.model.staff.StaffMember;
import org.huiwu.model.staff.StaffPost;

/**
 * The roster's form of one person (name, post, grade, phone, start date, notes): filling it from a saved person,
 * the person it now describes, and whether that differs from the saved one. Saving is {@link RosterViewModel}'s,
 * which owns this form. FX thread only.
 */
final class PersonForm {

    final StringProperty name = new SimpleStringProperty(this, "name", "");
    final ObjectProperty<StaffPost> post = new SimpleObjectProperty<>(this, "post");
    final StringProperty grade = new SimpleStringProperty(this, "grade", "");
    final StringProperty phone = new SimpleStringProperty(this, "phone", "");
    final ObjectProperty<LocalDate> startDate = new SimpleObjectProperty<>(this, "startDate");
    final StringProperty notes = new SimpleStringProperty(this, "notes", "");
    private boolean showing;

    /** Fills the fields from {@code member} (empty for null), its post found among {@code posts}. */
    void show(StaffMember member, List<StaffPost> posts) {
        showing = true;
        name.set(member == null ? "" : member.name());
        post.set(member == null ? null : posts.stream().filter(p -> p.id().equals(member.postId())).findFirst()
                .orElse(null));
        grade.set(member == null ? "" : member.grade());
        phone.set(member == null ? "" : member.phone());
        startDate.set(member == null ? null : member.startDate());
        notes.set(member == null ? "" : member.notes());
        showing = false;
    }

    /** Whether the fields are being filled by {@link #show}, not changed by the user. */
    boolean showing() {
        return showing;
    }

    /** The person as the form shows them, with {@code id}. */
    StaffMember edited(UUID id) {
        return new StaffMember(id, name.get(), post.get() == null ? null : post.get().id(), grade.get(), phone.get(),
                startDate.get(), notes.get());
    }

    /** Whether the form differs from {@code saved} (no saved person: whether anything is typed). */
    boolean differsFrom(StaffMember saved) {
        return saved == null ? !name.get().isBlank() || !grade.get().isBlank() || !phone.get().isBlank()
                || !notes.get().isBlank() || post.get() != null || startDate.get() != null
                : !edited(saved.id()).equals(saved);
    }
}
