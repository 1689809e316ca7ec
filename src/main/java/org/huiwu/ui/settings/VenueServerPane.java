package org.huiwu.ui.settings;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;

import org.huiwu.i18n.I18n;

/**
 * The 会务服务器 part of the settings dialog: this laptop or a venue server, the server's URL, login, TLS root
 * certificate, a password for the connection test, the test button and its result, and the note that the choice
 * takes effect at the next start. Each field commits when it is left (Tab or click away). Binds to
 * {@link VenueServerViewModel}; FX thread only.
 */
public final class VenueServerPane extends GridPane {

    private static final double FIELD_WIDTH = 300;

    public VenueServerPane(VenueServerViewModel model, I18n i18n) {
        setHgap(12);
        setVgap(10);
        setPadding(new Insets(12));
        Label title = new Label(i18n.get("settings.venue.title"));
        title.getStyleClass().add("section-title");
        ToggleGroup where = new ToggleGroup();
        RadioButton laptop = new RadioButton(i18n.get("settings.venue.laptop"));
        laptop.setId("venueLaptopChoice");
        laptop.setToggleGroup(where);
        RadioButton server = new RadioButton(i18n.get("settings.venue.server"));
        server.setId("venueServerChoice");
        server.setToggleGroup(where);
        server.setSelected(model.onServerProperty().get());
        laptop.setSelected(!model.onServerProperty().get());
        model.onServerProperty().addListener((o, was, now) -> (now ? server : laptop).setSelected(true));
        where.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.onServerProperty().set(now == server);
                model.commit();
            }
        });
        TextField url = field("venueUrlField", model.urlProperty(), model);
        url.setPromptText(i18n.get("settings.venue.urlPrompt"));
        TextField user = field("venueUserField", model.userProperty(), model);
        TextField rootCertificate = field("venueRootCertField", model.rootCertificateProperty(), model);
        PasswordField password = new PasswordField();
        password.setId("venuePasswordField");
        password.setPrefWidth(FIELD_WIDTH);
        password.textProperty().bindBidirectional(model.passwordProperty());
        for (javafx.scene.Node node : new javafx.scene.Node[] {url, user, rootCertificate, password}) {
            node.disableProperty().bind(model.onServerProperty().not());
        }
        Button test = new Button(i18n.get("settings.venue.test"));
        test.setId("venueTestButton");
        test.disableProperty().bind(model.onServerProperty().not());
        test.setOnAction(event -> model.test());
        Label result = wrapped(new Label());
        result.setId("venueResult");
        result.textProperty().bind(model.resultProperty());
        Label note = wrapped(new Label(i18n.get("settings.venue.nextStart")));
        Label inUse = wrapped(new Label());
        inUse.setId("venueInUse");
        inUse.textProperty().bind(model.inUseProperty());
        add(title, 0, 0, 2, 1);
        add(inUse, 0, 1, 2, 1);
        add(laptop, 0, 2, 2, 1);
        add(server, 0, 3, 2, 1);
        add(new Label(i18n.get("settings.venue.url")), 0, 4);
        add(url, 1, 4);
        add(new Label(i18n.get("settings.venue.user")), 0, 5);
        add(user, 1, 5);
        add(new Label(i18n.get("settings.venue.rootCert")), 0, 6);
        add(rootCertificate, 1, 6);
        add(new Label(i18n.get("settings.venue.password")), 0, 7);
        add(password, 1, 7);
        add(test, 1, 8);
        add(result, 0, 9, 2, 1);
        add(note, 0, 10, 2, 1);
    }

    private static TextField field(String id, javafx.beans.property.StringProperty property, VenueServerViewModel model) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefWidth(FIELD_WIDTH);
        field.textProperty().bindBidirectional(property);
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                model.commit();
            }
        });
        return field;
    }

    private static Label wrapped(Label label) {
        label.setWrapText(true);
        label.setMaxWidth(440);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }
}
