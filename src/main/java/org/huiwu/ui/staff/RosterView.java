package org.huiwu.ui.staff;

import java.util.function.Function;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;

import org.huiwu.model.staff.PledgeStatus;
import org.huiwu.model.staff.StaffPost;
import org.huiwu.ui.common.DayConverter;
import org.huiwu.ui.common.ViewLoader;

/**
 * The roster tab of the staff window: the people (expired or missing pledges flagged), the selected
 * person's record, and their page with pledges, meetings, training and assessments. Binds to
 * {@link RosterViewModel}; the form commits as each field is left or on Enter, Esc puts it back. Printing
 * the pledge sheet is the caller's. FX thread only.
 */
public final class RosterView extends HBox {

    @FXML private ListView<RosterViewModel.Row> peopleList;
    @FXML private TextField nameField;
    @FXML private ComboBox<StaffPost> postBox;
    @FXML private TextField gradeField;
    @FXML private TextField phoneField;
    @FXML private DatePicker startPicker;
    @FXML private TextField notesField;
    @FXML private Label problemLabel;
    @FXML private Button pledgeButton;
    @FXML private Button printButton;
    @FXML private DatePicker signedPicker;
    @FXML private DatePicker untilPicker;
    @FXML private ListView<org.huiwu.model.staff.Pledge> pledgeList;
    @FXML private ListView<org.huiwu.model.staff.ServedMeeting> meetingList;
    @FXML private ListView<org.huiwu.model.training.TrainingSession> trainingList;
    @FXML private ListView<org.huiwu.model.staff.Assessment> assessmentList;

    private final RosterViewModel model;
    private final Runnable printPledge;
    private final java.util.function.Supplier<String> attendant;

    public RosterView(RosterViewModel model, Runnable printPledge, java.util.function.Supplier<String> attendant) {
        this.model = model;
        this.printPledge = printPledge;
        this.attendant = attendant;
        ViewLoader.load(this, model.texts().i18n());
    }

    @FXML
    private void initialize() {
        var i18n = model.texts().i18n();
        peopleList.setItems(model.people());
        peopleList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(RosterViewModel.Row row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove("staff-flagged");
                if (empty || row == null) {
                    setText(null);
                    return;
                }
                boolean flagged = row.pledge() != PledgeStatus.VALID;
                setText(flagged ? i18n.format("staff.roster.flagged", row.member().name(),
                        model.texts().pledge(row.pledge())) : row.member().name());
                if (flagged) {
                    getStyleClass().add("staff-flagged");
                }
            }
        });
        peopleList.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && (model.selectedProperty().get() == null
                    || !now.member().equals(model.selectedProperty().get()))) {
                model.commit();
                model.select(now.member());
            }
        });
        nameField.textProperty().bindBidirectional(model.nameProperty());
        postBox.setItems(model.posts());
        postBox.setConverter(converter(model.texts()::post));
        postBox.valueProperty().bindBidirectional(model.postProperty());
        gradeField.textProperty().bindBidirectional(model.gradeProperty());
        phoneField.textProperty().bindBidirectional(model.phoneProperty());
        DayConverter days = new DayConverter(i18n);
        for (DatePicker picker : new DatePicker[] {startPicker, signedPicker, untilPicker}) {
            picker.setConverter(days);
        }
        startPicker.valueProperty().bindBidirectional(model.startDateProperty());
        signedPicker.valueProperty().bindBidirectional(model.signedOnProperty());
        untilPicker.valueProperty().bindBidirectional(model.validUntilProperty());
        notesField.textProperty().bindBidirectional(model.notesProperty());
        for (javafx.scene.control.Control field : new javafx.scene.control.Control[] {nameField, postBox, gradeField,
            phoneField, startPicker, notesField}) {
            FieldCommits.wire(field, model::commit, model::revert, model::changed);
        }
        problemLabel.textProperty().bind(model.problemProperty());
        var none = model.selectedProperty().isNull();
        pledgeButton.disableProperty().bind(none);
        printButton.disableProperty().bind(none);
        PersonPage page = model.page();
        pledgeList.setItems(page.pledges());
        pledgeList.setCellFactory(text(p -> i18n.format("staff.page.pledgeLine", i18n.date(p.signedOn()),
                i18n.date(p.validUntil()), p.recordedBy())));
        meetingList.setItems(page.meetings());
        meetingList.setCellFactory(text(m -> i18n.format("staff.page.meetingLine", i18n.date(m.meetingDate()),
                m.title(), m.post(model.texts().english()), m.zone())));
        trainingList.setItems(page.training());
        trainingList.setCellFactory(text(t -> i18n.format("staff.page.trainingLine", i18n.date(t.date()), t.trainer(),
                t.guideIds().size())));
        assessmentList.setItems(page.assessments());
        assessmentList.setCellFactory(text(a -> a.formKept() ? i18n.format("staff.page.assessmentLine",
                i18n.date(a.day()), a.total(), a.maxTotal(), a.templateVersion(), a.assessor())
                : i18n.format("staff.page.assessmentLineFormNotKept", i18n.date(a.day()), a.total(), a.maxTotal(),
                        a.assessor())));
    }

    private static <T> javafx.util.Callback<ListView<T>, ListCell<T>> text(Function<T, String> label) {
        return list -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : label.apply(item));
                setWrapText(true);
                setPrefWidth(0);
            }
        };
    }

    private static <T> StringConverter<T> converter(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return label.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }

    @FXML private void onNew() {
        model.commit();
        peopleList.getSelectionModel().clearSelection();
        model.startNew();
        nameField.requestFocus();
    }

    @FXML private void onSave() { model.save(); }
    @FXML private void onRecordPledge() { model.recordPledge(attendant.get()); }
    @FXML private void onPrintPledge() { printPledge.run(); }
}
