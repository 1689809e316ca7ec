package org.huiwu.ui.provenance;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;

import org.huiwu.i18n.I18n;

/**
 * The small "✓ checked" mark beside an item whose texts a supervisor checked against the printed
 * standard; its tooltip names the clause, who and when. Hidden while the item is unchecked. Style class
 * {@code check-mark}. FX thread only.
 */
public final class CheckMark extends Label {

    public CheckMark(SourcesViewModel sources, I18n i18n) {
        super(i18n.get("sources.mark"));
        getStyleClass().add("check-mark");
        getStylesheets().add(SourcesPanel.SHEET);
        setMinWidth(USE_PREF_SIZE);
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(sources.markTipProperty());
        setTooltip(tip);
        visibleProperty().bind(sources.checkedProperty());
        managedProperty().bind(visibleProperty());
    }
}
