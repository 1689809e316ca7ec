package org.huiwu.ui.incidents;

/** The incident screens' stylesheet, beside the views. Constants only. */
final class Styles {

    static final String SHEET = Styles.class.getResource("incidents.css").toExternalForm();

    private Styles() {
    }
}
