package org.huiwu.ui.meetings;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

import org.huiwu.model.Confidentiality;
import org.huiwu.model.MeetingCategory;
import org.huiwu.ui.common.EnumLabels;
import org.huiwu.ui.common.ChoiceLabels;
import org.huiwu.i18n.I18n;
import org.huiwu.ui.common.ViewLoader;
import org.huiwu.ui.common.WindowClosing;
import org.huiwu.ui.control.MarkedField;
import org.huiwu.ui.control.CountField;

/**
 * The form for a meeting's details and agenda; binds to {@link MeetingFormViewModel}. A field left (Tab, a
 * click elsewhere) saves the form, as do a tab change and the window closing; 保存 (Ctrl+S) saves at once.
 * FX thread only.
 */
public final class MeetingFormView extends VBox {

    @FXML private TextField titleField;
    @FXML private ComboBox<MeetingCategory> categoryBox;
    @FXML private DatePicker datePicker;
    @FXML private TextField startField;
    @FXML private TextField endField;
    @FXML private Label startMark;
    @FXML private Label endMark;
    @FXML private TextField venueField;
    @FXML private TextField hostField;
    @FXML private TextField organiserField;
    @FXML private ComboBox<Confidentiality> confidentialityBox;
    @FXML private CheckBox foreignBox;
    @FXML private Spinner<Integer> expectedSpinner;
    @FXML private TextField contactField;
    @FXML private TextField phoneField;
    @FXML private TextArea notesArea;
    @FXML private TableView<AgendaRow> agendaTable;
    @FXML private TableColumn<AgendaRow, String> agendaTimeColumn;
    @FXML private TableColumn<AgendaRow, String> agendaTitleColumn;
    @FXML private TableColumn<AgendaRow, String> agendaSpeakerColumn;
    @FXML private Label agendaMark;
    @FXML private Label problemLabel;
    @FXML private Label listedLabel;
    @FXML private Button saveButton;
    @FXML private Button revertButton;

    private final MeetingFormViewModel viewModel;
    private final EnumLabels labels;

    private final I18n i18n;
    private AgendaEditor agenda;

    public MeetingFormView(MeetingFormViewModel viewModel, I18n i18n) {
        this.viewModel = viewModel;
        this.labels = new EnumLabels(i18n);
        this.i18n = i18n;
        ViewLoader.load(this, i18n);
    }

    @FXML
    private void initialize() {
        titleField.textProperty().bindBidirectional(viewModel.titleProperty());
        categoryBox.getItems().setAll(MeetingCategory.values());
        categoryBox.setConverter(ChoiceLabels.of(labels::of));
        categoryBox.valueProperty().bindBidirectional(viewModel.categoryProperty());
        datePicker.setConverter(new org.huiwu.ui.common.DayConverter(i18n));
        datePicker.valueProperty().bindBidirectional(viewModel.dateProperty());
        startField.textProperty().bindBidirectional(viewModel.startTimeProperty());
        endField.textProperty().bindBidirectional(viewModel.endTimeProperty());
        MarkedField.install(startField, startMark, viewModel.startTimeProblemProperty(), viewModel::commitStartTime);
        MarkedField.install(endField, endMark, viewModel.endTimeProblemProperty(), viewModel::commitEndTime);
        venueField.textProperty().bindBidirectional(viewModel.venueProperty());
        hostField.textProperty().bindBidirectional(viewModel.hostProperty());
        organiserField.textProperty().bindBidirectional(viewModel.organiserProperty());
        confidentialityBox.getItems().setAll(Confidentiality.values());
        confidentialityBox.setConverter(ChoiceLabels.of(labels::of));
        confidentialityBox.valueProperty().bindBidirectional(viewModel.confidentialityProperty());
        foreignBox.selectedProperty().bindBidirectional(viewModel.foreignAffairsProperty());
        SpinnerValueFactory.IntegerSpinnerValueFactory expected =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 100_000, 0, 1);
        expectedSpinner.setValueFactory(expected);
        CountField.install(expectedSpinner);
        expected.valueProperty().addListener((obs, old, value) -> viewModel.expectedProperty().set(value));
        viewModel.expectedProperty().addListener((obs, old, value) -> expected.setValue(value.intValue()));
        expected.setValue(viewModel.expectedProperty().get());
        contactField.textProperty().bindBidirectional(viewModel.contactPersonProperty());
        phoneField.textProperty().bindBidirectional(viewModel.contactPhoneProperty());
        notesArea.textProperty().bindBidirectional(viewModel.notesProperty());

        agenda = new AgendaEditor(agendaTable, agendaTimeColumn, agendaTitleColumn, agendaSpeakerColumn,
                agendaMark, viewModel);

        listedLabel.textProperty().bind(viewModel.listedTextProperty());
        problemLabel.textProperty().bind(viewModel.problemProperty());
        problemLabel.visibleProperty().bind(viewModel.problemProperty().isNotEmpty());
        problemLabel.managedProperty().bind(problemLabel.visibleProperty());
        revertButton.disableProperty().bind(viewModel.dirtyProperty().not());
        for (javafx.scene.Node field : java.util.List.of(titleField, categoryBox, datePicker, startField, endField,
                venueField, hostField, organiserField, confidentialityBox, foreignBox, expectedSpinner, contactField,
                phoneField, notesArea)) {
            field.focusWithinProperty().addListener((obs, was, focused) -> {
                if (!focused) { // an agenda cell commits itself when left; its edit is not ended here
                    expectedSpinner.commitValue();
                    viewModel.commit();
                }
            });
        }
        revertButton.setFocusTraversable(false); // a click on it leaves the typing in place to be put back
        addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, key -> {
            if (key.getCode() == javafx.scene.input.KeyCode.ESCAPE && viewModel.dirtyProperty().get()) {
                viewModel.revert();
                key.consume();
            }
        });
        WindowClosing.whenClosing(this, () -> {
            keepTyping();
            viewModel.closing();
        });
    }

    /** Takes in what is being typed in an agenda cell or the expected-count box. */
    private void keepTyping() {
        agenda.endEdit();
        expectedSpinner.commitValue();
    }

    /** Saves the form (the Save button, Ctrl+S): an agenda cell or the expected-count box being typed in is kept first. */
    public void save() {
        keepTyping();
        viewModel.save();
    }

    @FXML
    private void onSave() {
        save();
    }

    @FXML
    private void onRevert() {
        viewModel.revert();
    }

    @FXML
    private void onAddAgenda() {
        agenda.add();
    }

    @FXML
    private void onRemoveAgenda() {
        agenda.removeSelected();
    }

    @FXML
    private void onAgendaUp() {
        agenda.moveSelected(-1);
    }

    @FXML
    private void onAgendaDown() {
        agenda.moveSelected(1);
    }
}
