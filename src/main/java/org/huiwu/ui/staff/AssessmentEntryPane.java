package org.huiwu.ui.staff;

import java.util.function.Supplier;

import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.huiwu.model.staff.AssessmentItem;
import org.huiwu.model.staff.AssessmentTemplate;
import org.huiwu.model.staff.StaffMember;
import org.huiwu.ui.common.DayConverter;

/**
 * Entering one assessment: person, day, whether it is for the open meeting, a score per item of the
 * current form (built in code because the items are data) and notes. Each field is kept when left; Enter
 * saves, Esc puts the stored values back. Binds to {@link AssessmentViewModel}. FX thread only.
 */
final class AssessmentEntryPane extends VBox {

    private final AssessmentViewModel model;
    private final Supplier<String> assessor;
    private final GridPane items = new GridPane();

    AssessmentEntryPane(AssessmentViewModel model, Supplier<String> assessor) {
        this.model = model;
        this.assessor = assessor;
        model.followEntry(assessor);
        var i18n = model.texts().i18n();
        setSpacing(8);
        getStyleClass().add("staff-pane");
        ComboBox<StaffMember> person = new ComboBox<>(model.people());
        person.setId("assessPerson");
        person.setPromptText(i18n.get("staff.staffing.person"));
        person.setPrefWidth(170);
        person.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(StaffMember m) {
                return m == null ? "" : m.name();
            }

            @Override
            public StaffMember fromString(String s) {
                return null;
            }
        });
        person.valueProperty().bindBidirectional(model.personProperty());
        DatePicker day = new DatePicker();
        day.setId("assessDay");
        day.setConverter(new DayConverter(i18n));
        day.setPrefWidth(140);
        day.valueProperty().bindBidirectional(model.dayProperty());
        CheckBox atMeeting = new CheckBox(i18n.get("staff.assess.atMeeting"));
        atMeeting.setId("assessAtMeeting");
        atMeeting.selectedProperty().bindBidirectional(model.atMeetingProperty());
        atMeeting.setDisable(!model.meetingOpen());
        HBox top = new HBox(8, new Label(i18n.get("staff.export.name")), person, new Label(i18n.get("staff.export.day")),
                day, atMeeting);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        items.setHgap(10);
        items.setVgap(6);
        TextField notes = new TextField();
        notes.setId("assessNotes");
        notes.setPromptText(i18n.get("staff.export.notes"));
        notes.textProperty().bindBidirectional(model.notesProperty());
        FieldCommits.wire(notes, () -> model.commit(assessor.get(), false), model::revert, model::changed);
        notes.setOnAction(enter -> {
            model.save(assessor.get());
            enter.consume();
        });
        Button save = new Button(i18n.get("staff.assess.save"));
        save.setId("saveAssessmentButton");
        save.setDefaultButton(true);
        save.setOnAction(e -> model.save(assessor.get()));
        Label problem = new Label();
        problem.setId("assessProblem");
        problem.setWrapText(true);
        problem.getStyleClass().add("staff-note");
        problem.textProperty().bind(model.problemProperty());
        Label version = new Label();
        version.getStyleClass().add("staff-note");
        model.templateProperty().addListener((o, was, now) -> {
            rebuild(now);
            version.setText(i18n.format("staff.assess.version", now.version(), now.maxTotal()));
        });
        getChildren().addAll(top, version, items, notes, new HBox(8, save), problem);
    }

    /** Takes the typed score when the field is left (a number out of range or not a number is put back). */
    private static void commit(Spinner<Integer> score) {
        try {
            Integer typed = score.getValueFactory().getConverter().fromString(score.getEditor().getText().strip());
            score.getValueFactory().setValue(typed);
        } catch (RuntimeException notANumber) {
            score.getEditor().setText(String.valueOf(score.getValue()));
        }
    }

    private void rebuild(AssessmentTemplate form) {
        items.getChildren().clear();
        boolean english = model.texts().english();
        for (int i = 0; i < form.items().size(); i++) {
            AssessmentItem item = form.items().get(i);
            Spinner<Integer> score = new Spinner<>(0, item.maxScore(), model.scores().get(i).get());
            score.setId("score-" + (i + 1));
            score.setEditable(true);
            score.setPrefWidth(90);
            org.huiwu.ui.control.CountField.install(score);
            var property = model.scores().get(i);
            score.valueProperty().addListener((o, was, now) -> property.set(now == null ? 0 : now));
            score.focusedProperty().addListener((o, was, focused) -> {
                if (!focused) {
                    commit(score);
                    model.commit(assessor.get(), false);
                }
            });
            score.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, key -> {
                if (key.getCode() == javafx.scene.input.KeyCode.ESCAPE && (model.changed()
                        || !score.getEditor().getText().strip().equals(String.valueOf(score.getValue())))) {
                    model.revert();
                    score.getEditor().setText(String.valueOf(property.get()));
                    key.consume();
                } else if (key.getCode() == javafx.scene.input.KeyCode.ENTER) {
                    commit(score);
                    model.save(assessor.get());
                    key.consume();
                }
            });
            property.addListener((o, was, now) -> score.getValueFactory().setValue(now.intValue()));
            items.addRow(i, new Label(item.label(english)), score, new Label(model.texts().i18n()
                    .format("staff.assess.outOf", item.maxScore())));
        }
    }
}
