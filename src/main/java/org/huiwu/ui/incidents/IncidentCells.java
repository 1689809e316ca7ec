package org.huiwu.ui.incidents;

import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import org.huiwu.logic.incidents.Checklist;
import org.huiwu.model.incidents.Attachment;
import org.huiwu.model.incidents.StepTick;
import org.huiwu.model.incidents.VenueContact;

/**
 * The list cells of the incident detail: procedure steps with tick and skip buttons, contacts with a
 * one-click notify, attachments with open, and plain text rows. FX thread only.
 */
final class IncidentCells {

    private IncidentCells() {
    }

    /** A row of text produced by {@code text}. */
    static <T> ListCell<T> text(Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
                setWrapText(true);
                setPrefWidth(0);
            }
        };
    }

    /** A choice-box row of text produced by {@code text} (sized to its text). */
    static <T> ListCell<T> choice(Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : text.apply(item));
            }
        };
    }

    /** A procedure step: number and text, its tick (time, author, skip reason), tick and skip buttons. */
    static ListCell<Checklist.Line> step(IncidentDetailViewModel model) {
        return new ListCell<>() {
            @Override
            protected void updateItem(Checklist.Line line, boolean empty) {
                super.updateItem(line, empty);
                setText(null);
                if (empty || line == null) {
                    setGraphic(null);
                    return;
                }
                var i18n = model.texts().i18n();
                Label text = new Label(i18n.format("incident.step.row", line.step().number(),
                        line.step().text(i18n.locale()), line.tick().map(tick -> tickText(model, tick)).orElse("")));
                text.setWrapText(true);
                text.getStyleClass().add(line.done() ? "incident-row-done" : "incident-row");
                HBox.setHgrow(text, Priority.ALWAYS);
                text.setMaxWidth(Double.MAX_VALUE);
                Button tick = new Button(i18n.get("incident.step.tick"));
                tick.setId("tick-" + line.step().number());
                tick.setOnAction(e -> model.tick(line.step().number()));
                Button skip = new Button(i18n.get("incident.step.skip"));
                skip.setId("skip-" + line.step().number());
                skip.setOnAction(e -> model.skip(line.step().number()));
                boolean locked = line.done() || !model.changeableProperty().get();
                tick.setDisable(locked);
                skip.setDisable(locked);
                setGraphic(fitted(this, new HBox(6, text, tick, skip)));
            }
        };
    }

    /** The row as wide as the list (its text wraps), so the buttons stay in view without scrolling sideways. */
    private static HBox fitted(ListCell<?> cell, HBox row) {
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        row.getChildren().forEach(child -> {
            if (child instanceof Label label) {
                label.setMinWidth(0);
                label.setPrefWidth(1);
                label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
                label.setWrapText(true);
            }
        });
        cell.setPrefWidth(0);
        if (cell.getListView() != null) {
            row.prefWidthProperty().bind(cell.getListView().widthProperty().subtract(32));
            row.maxWidthProperty().bind(row.prefWidthProperty());
        }
        return row;
    }

    private static String tickText(IncidentDetailViewModel model, StepTick tick) {
        var i18n = model.texts().i18n();
        String time = model.texts().time(tick.tickedAt());
        return tick.skipped() ? i18n.format("incident.step.skipped", time, tick.tickedBy(), tick.skipReason())
                : i18n.format("incident.step.done", time, tick.tickedBy());
    }

    /**
     * A venue contact with a one-click 通知 (notify) button that logs the time, and beside it the state
     * "已通知 09:12" once notified.
     */
    static ListCell<VenueContact> contact(IncidentDetailViewModel model) {
        return new ListCell<>() {
            @Override
            protected void updateItem(VenueContact contact, boolean empty) {
                super.updateItem(contact, empty);
                setText(null);
                if (empty || contact == null) {
                    setGraphic(null);
                    return;
                }
                var texts = model.texts();
                Label text = new Label(texts.i18n().format("incident.contact.row", texts.label(contact.role().labelKey()),
                        contact.name(), contact.phone()));
                HBox.setHgrow(text, Priority.ALWAYS);
                text.setMaxWidth(Double.MAX_VALUE);
                Label state = new Label();
                state.setId("notified-" + contact.role().name());
                state.getStyleClass().add(Styles.NOTIFIED_STATE);
                state.setMinWidth(Region.USE_PREF_SIZE);
                state.textProperty().bind(Bindings.createStringBinding(() -> model.notifiedState(contact),
                        model.notifications()));
                Button notify = new Button(texts.i18n().get("incident.contact.notify"));
                notify.setId("notify-" + contact.role().name());
                notify.setMinWidth(Region.USE_PREF_SIZE);
                notify.setDisable(!model.changeableProperty().get());
                notify.setOnAction(e -> model.notifyContact(contact));
                HBox row = new HBox(6, text, state, notify);
                row.setAlignment(Pos.CENTER_LEFT);
                setGraphic(fitted(this, row));
            }
        };
    }

    /** An attachment: its name, time and author, with an open button. */
    static ListCell<Attachment> attachment(IncidentDetailViewModel model) {
        return new ListCell<>() {
            @Override
            protected void updateItem(Attachment attachment, boolean empty) {
                super.updateItem(attachment, empty);
                setText(null);
                if (empty || attachment == null) {
                    setGraphic(null);
                    return;
                }
                var texts = model.texts();
                Label text = new Label(texts.i18n().format("incident.attachment.row", attachment.originalName(),
                        texts.time(attachment.addedAt()), attachment.addedBy()));
                HBox.setHgrow(text, Priority.ALWAYS);
                text.setMaxWidth(Double.MAX_VALUE);
                Button open = new Button(texts.i18n().get("incident.attachment.open"));
                open.setOnAction(e -> model.openAttachment(attachment));
                setGraphic(fitted(this, new HBox(6, text, open)));
            }
        };
    }
}
