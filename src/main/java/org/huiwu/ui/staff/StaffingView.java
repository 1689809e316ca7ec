package org.huiwu.ui.staff;

import java.util.function.Function;
import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.huiwu.model.staff.StaffMember;
import org.huiwu.model.staff.StaffPost;
import org.huiwu.model.staff.Staffing;
import org.huiwu.ui.common.ViewLoader;
import org.huiwu.ui.control.CommittingCell;

/**
 * The open meeting's staffing table: who is on which post and zone, a row to put someone on it, and the
 * refusal when a 涉密 meeting meets a missing or expired pledge. The zone commits when its cell is left.
 * Binds to {@link StaffingViewModel}. FX thread only.
 */
public final class StaffingView extends VBox {

    @FXML private Label meetingLabel;
    @FXML private Label classifiedLabel;
    @FXML private Label unpledgedLabel;
    @FXML private TableView<Staffing> table;
    @FXML private TableColumn<Staffing, String> nameColumn;
    @FXML private TableColumn<Staffing, String> postColumn;
    @FXML private TableColumn<Staffing, String> zoneColumn;
    @FXML private ComboBox<StaffMember> personBox;
    @FXML private ComboBox<StaffPost> postBox;
    @FXML private TextField zoneField;
    @FXML private Button assignButton;
    @FXML private Button removeButton;
    @FXML private Label problemLabel;

    private final StaffingViewModel model;
    private final Supplier<String> attendant;

    public StaffingView(StaffingViewModel model, Supplier<String> attendant) {
        this.model = model;
        this.attendant = attendant;
        ViewLoader.load(this, model.texts().i18n());
    }

    @FXML
    private void initialize() {
        var i18n = model.texts().i18n();
        boolean english = model.texts().english();
        meetingLabel.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                model.meetingProperty().get() == null ? "" : i18n.format("staff.staffing.title",
                        model.meetingProperty().get().title()), model.meetingProperty()));
        classifiedLabel.visibleProperty().bind(model.classifiedProperty());
        classifiedLabel.managedProperty().bind(model.classifiedProperty());
        unpledgedLabel.textProperty().bind(model.unpledgedProperty());
        unpledgedLabel.visibleProperty().bind(model.unpledgedProperty().isNotEmpty());
        unpledgedLabel.managedProperty().bind(unpledgedLabel.visibleProperty());
        table.setItems(model.lines());
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().staffName()));
        postColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().post(english)));
        zoneColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().zone()));
        zoneColumn.setCellFactory(CommittingCell.forText(model::changeZone));
        table.setPlaceholder(new Label(i18n.get("staff.staffing.empty")));
        personBox.setItems(model.people());
        personBox.setConverter(converter(StaffMember::name));
        personBox.valueProperty().addListener((o, was, now) -> model.choose(now));
        model.personProperty().addListener((o, was, now) -> personBox.setValue(now));
        postBox.setItems(model.posts());
        postBox.setConverter(converter(model.texts()::post));
        postBox.valueProperty().bindBidirectional(model.postProperty());
        zoneField.textProperty().bindBidirectional(model.zoneProperty());
        problemLabel.textProperty().bind(model.problemProperty());
        removeButton.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
    }

    private static <T> StringConverter<T> converter(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }

    @FXML private void onAssign() { model.assign(attendant.get()); }
    @FXML private void onRemove() { model.remove(table.getSelectionModel().getSelectedItem()); }
}
