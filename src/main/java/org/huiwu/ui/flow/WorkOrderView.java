package org.huiwu.ui.flow;

import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;

import org.huiwu.model.flow.RoomLayout;
import org.huiwu.ui.common.ChoiceLabels;
import org.huiwu.ui.common.ViewLoader;
import org.huiwu.ui.control.CommittingField;
import org.huiwu.ui.control.MarkedField;

/**
 * The work order part of the meeting's flow tab (服务通知单, annex H): the organiser's requirements,
 * each field committed when left (Esc puts the stored value back),
 * printing the sheet and confirming with the organiser. Binds to {@link WorkOrderViewModel}. FX thread only.
 */
public final class WorkOrderView extends ScrollPane {

    @FXML private Label messageLabel;
    @FXML private TextField roomField;
    @FXML private ChoiceBox<RoomLayout> layoutBox;
    @FXML private TextField startField;
    @FXML private TextField endField;
    @FXML private Label startMark;
    @FXML private Label endMark;
    @FXML private TextField expectedField;
    @FXML private TextField microphonesField;
    @FXML private TextField wirelessField;
    @FXML private TextField projectorsField;
    @FXML private TextField videoLinksField;
    @FXML private CheckBox nameCardsBox;
    @FXML private CheckBox teaBox;
    @FXML private CheckBox towelsBox;
    @FXML private CheckBox flowersBox;
    @FXML private CheckBox fruitBox;
    @FXML private TextField specialField;
    @FXML private TextField confirmWithField;
    @FXML private Label confirmationLabel;

    private final WorkOrderViewModel viewModel;
    private final Runnable print;

    public WorkOrderView(WorkOrderViewModel viewModel, Runnable print) {
        this.viewModel = viewModel;
        this.print = print;
        ViewLoader.load(this, viewModel.texts().i18n());
    }

    @FXML
    private void initialize() {
        var i18n = viewModel.texts().i18n();
        messageLabel.textProperty().bind(viewModel.message);
        roomField.textProperty().bindBidirectional(viewModel.room);
        layoutBox.getItems().setAll(RoomLayout.values());
        layoutBox.setConverter(ChoiceLabels.of(l -> i18n.get(l.labelKey())));
        layoutBox.valueProperty().bindBidirectional(viewModel.layout);
        startField.textProperty().bindBidirectional(viewModel.start);
        endField.textProperty().bindBidirectional(viewModel.end);
        expectedField.textProperty().bindBidirectional(viewModel.expected);
        microphonesField.textProperty().bindBidirectional(viewModel.microphones);
        wirelessField.textProperty().bindBidirectional(viewModel.wireless);
        projectorsField.textProperty().bindBidirectional(viewModel.projectors);
        videoLinksField.textProperty().bindBidirectional(viewModel.videoLinks);
        nameCardsBox.selectedProperty().bindBidirectional(viewModel.nameCards);
        teaBox.selectedProperty().bindBidirectional(viewModel.tea);
        towelsBox.selectedProperty().bindBidirectional(viewModel.towels);
        flowersBox.selectedProperty().bindBidirectional(viewModel.flowers);
        fruitBox.selectedProperty().bindBidirectional(viewModel.fruit);
        specialField.textProperty().bindBidirectional(viewModel.specialNeeds);
        confirmWithField.textProperty().bindBidirectional(viewModel.confirmWith);
        confirmationLabel.textProperty().bind(viewModel.confirmation);
        for (TextField field : java.util.List.of(roomField, startField, endField, expectedField, microphonesField,
                wirelessField, projectorsField, videoLinksField, specialField)) {
            CommittingField.install(field, viewModel::commit, viewModel::cancelEdit);
        }
        MarkedField.mark(startField, startMark, viewModel.startTime.problemProperty());
        MarkedField.mark(endField, endMark, viewModel.endTime.problemProperty());
    }

    @FXML private void onConfirm() { viewModel.confirm(); }
    @FXML private void onPrint() { print.run(); }
}
