package org.huiwu.ui.export;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.huiwu.i18n.I18n;

/**
 * The small window shown while an export runs: a progress bar and a cancel button, closed when the export
 * ends; made when the first export runs. Binds to {@link MeetingExportViewModel}. FX thread only.
 */
public final class ExportProgressWindow {

    private final MeetingExportViewModel model;
    private final Window owner;
    private final I18n i18n;
    /** Made when the first export runs, not with the main window. */
    private Stage stage;

    public ExportProgressWindow(MeetingExportViewModel model, Window owner, I18n i18n) {
        this.model = model;
        this.owner = owner;
        this.i18n = i18n;
        model.running().addListener((observable, was, now) -> {
            if (now) {
                stage().show();
            } else if (stage != null) {
                stage.hide();
            }
        });
    }

    private Stage stage() {
        if (stage != null) {
            return stage;
        }
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(320);
        bar.progressProperty().bind(model.progress());
        Button cancel = new Button(i18n.get("export.window.cancel"));
        cancel.setOnAction(event -> model.cancel());
        VBox box = new VBox(12, new Label(i18n.get("export.window.progress")), bar, cancel);
        box.setPadding(new Insets(16));
        stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(i18n.get("export.window.title"));
        stage.setScene(new Scene(box));
        stage.setOnCloseRequest(event -> model.cancel());
        return stage;
    }
}
