package org.huiwu.ui.incidents;

/** The incident screens' stylesheet, beside the views. Constants only. */
final class Styles {

    static final String SHEET = Styles.class.getResource("incidents.css").toExternalForm();
    /** The "已通知 09:12" state beside a contact's notify button. */
    static final String NOTIFIED_STATE = "notified-state";
    /** The big incident-type choices of quick capture; the chosen one is filled and ticked. */
    static final String TYPE_BUTTON = "incident-type-button";

    private Styles() {
    }
}
