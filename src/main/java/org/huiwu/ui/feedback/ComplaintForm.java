package org.huiwu.ui.feedback;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.huiwu.model.feedback.Complaint;
import org.huiwu.model.feedback.ComplaintChannel;
import org.huiwu.model.feedback.ComplaintDetails;

/**
 * The editable fields of the complaint form: received time as typed, channel, who complained, category,
 * content and the handling texts; filled from a complaint and read back as its details. A new complaint's
 * received time is the time the form was emptied, until it is restamped or typed over. FX thread only.
 */
public final class ComplaintForm {

    private final StringProperty receivedAt = new SimpleStringProperty(this, "receivedAt", "");
    private final ObjectProperty<ComplaintChannel> channel = new SimpleObjectProperty<>(this, "channel",
            ComplaintChannel.ON_THE_SPOT);
    private final StringProperty unit = new SimpleStringProperty(this, "unit", "");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty contact = new SimpleStringProperty(this, "contact", "");
    private final StringProperty category = new SimpleStringProperty(this, "category", "");
    private final StringProperty content = new SimpleStringProperty(this, "content", "");
    private final StringProperty handledBy = new SimpleStringProperty(this, "handledBy", "");
    private final StringProperty actions = new SimpleStringProperty(this, "actions", "");
    private final StringProperty result = new SimpleStringProperty(this, "result", "");
    private final StringProperty response = new SimpleStringProperty(this, "response", "");
    private String stampedAt = "";

    /** Empties the form for a complaint received at the given time (as shown). */
    void clear(String receivedNow) {
        stampedAt = receivedNow;
        receivedAt.set(receivedNow);
        channel.set(ComplaintChannel.ON_THE_SPOT);
        for (StringProperty text : List.of(unit, name, contact, category, content, handledBy, actions, result, response)) {
            text.set("");
        }
    }

    /**
     * Stamps a new complaint nobody has started typing as received at {@code now} (as shown); a typed time and a
     * complaint being typed keep theirs.
     */
    void restamp(String now) {
        if (isBlank() && stampedAt.equals(receivedAt.get())) {
            stampedAt = now;
            receivedAt.set(now);
        }
    }

    /** True while nothing but the time and the channel has been filled in. */
    boolean isBlank() {
        return List.of(unit, name, contact, category, content, handledBy, actions, result, response).stream()
                .allMatch(text -> text.get() == null || text.get().isBlank());
    }

    /** Shows a complaint, its received time as shown. */
    void fill(Complaint complaint, String received) {
        receivedAt.set(received);
        channel.set(complaint.channel());
        unit.set(complaint.complainantUnit());
        name.set(complaint.complainantName());
        contact.set(complaint.complainantContact());
        category.set(complaint.category());
        content.set(complaint.content());
        handledBy.set(complaint.handledBy());
        actions.set(complaint.actionsTaken());
        result.set(complaint.result());
        response.set(complaint.complainantResponse());
    }

    /** The details as typed, with the received time read back; empty when that time cannot be read. */
    Optional<ComplaintDetails> details(Optional<Instant> received) {
        return received.map(at -> new ComplaintDetails(at, channel.get(), unit.get(), name.get(), contact.get(),
                category.get(), content.get(), handledBy.get(), actions.get(), result.get(), response.get()));
    }

    public StringProperty receivedAtProperty() {
        return receivedAt;
    }

    public ObjectProperty<ComplaintChannel> channelProperty() {
        return channel;
    }

    public StringProperty unitProperty() {
        return unit;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty contactProperty() {
        return contact;
    }

    public StringProperty categoryProperty() {
        return category;
    }

    public StringProperty contentProperty() {
        return content;
    }

    public StringProperty handledByProperty() {
        return handledBy;
    }

    public StringProperty actionsProperty() {
        return actions;
    }

    public StringProperty resultProperty() {
        return result;
    }

    public StringProperty responseProperty() {
        return response;
    }
}
