package org.huiwu.ui.seating;

import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.seating.print.NameCardLayout;
import org.huiwu.logic.seating.print.PrintFailedException;

/**
 * The name-card print dialog: which cards (all, or only changed seats), how many to an A4 sheet, the
 * panel size in millimetres (a preset or typed), and whether the organisation/title line is printed.
 * {@link #layout()} checks the size against the sheet and explains what is wrong. FX thread only.
 */
public final class NameCardOptionsViewModel {

    /** A usual card size: cards per sheet and panel width × height in millimetres. */
    public record Preset(int perSheet, int widthMm, int heightMm) {
    }

    /** The sizes offered: a full A4 width card and smaller ones, one or two to a sheet. */
    public static final List<Preset> PRESETS = List.of(new Preset(1, 210, 100), new Preset(1, 200, 90),
            new Preset(1, 180, 80), new Preset(2, 140, 100), new Preset(2, 140, 90), new Preset(2, 120, 70));

    private final I18n i18n;
    private final BooleanProperty changedOnly = new SimpleBooleanProperty(this, "changedOnly");
    private final ObjectProperty<Integer> perSheet = new SimpleObjectProperty<>(this, "perSheet", 1);
    private final ObjectProperty<Preset> preset = new SimpleObjectProperty<>(this, "preset");
    private final StringProperty width = new SimpleStringProperty(this, "width", "");
    private final StringProperty height = new SimpleStringProperty(this, "height", "");
    private final BooleanProperty showDetail = new SimpleBooleanProperty(this, "showDetail", true);
    private final StringProperty problem = new SimpleStringProperty(this, "problem", "");

    /** The dialog filled from the remembered layout. */
    public NameCardOptionsViewModel(NameCardLayout remembered, boolean changedOnly, I18n i18n) {
        this.i18n = i18n;
        this.changedOnly.set(changedOnly);
        perSheet.set(remembered.perSheet());
        width.set(millimetres(remembered.panelWidthMm()));
        height.set(millimetres(remembered.panelHeightMm()));
        showDetail.set(remembered.showDetail());
        preset.addListener((obs, old, chosen) -> {
            if (chosen != null) {
                perSheet.set(chosen.perSheet());
                width.set(String.valueOf(chosen.widthMm()));
                height.set(String.valueOf(chosen.heightMm()));
            }
        });
    }

    /** The layout the fields describe, or null with {@link #problemProperty()} saying what is wrong. */
    public NameCardLayout layout() {
        double w;
        double h;
        try {
            w = Double.parseDouble(width.get().strip());
            h = Double.parseDouble(height.get().strip());
        } catch (NumberFormatException notANumber) {
            problem.set(i18n.get("seating.cards.sizeFormat"));
            return null;
        }
        try {
            NameCardLayout layout = new NameCardLayout(perSheet.get(), w, h, showDetail.get());
            problem.set("");
            return layout;
        } catch (PrintFailedException tooLarge) {
            problem.set(i18n.format("seating.cards.sizeRange", perSheet.get(), NameCardLayout.MIN_PANEL_WIDTH_MM,
                    NameCardLayout.maxPanelWidthMm(perSheet.get()), NameCardLayout.MIN_PANEL_HEIGHT_MM,
                    NameCardLayout.MAX_PANEL_HEIGHT_MM));
            return null;
        }
    }

    /** The label of a preset in the user's language. */
    public String presetText(Preset value) {
        return i18n.format(value.perSheet() == 1 ? "seating.cards.presetOne" : "seating.cards.presetTwo",
                value.widthMm(), value.heightMm());
    }

    private static String millimetres(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    public BooleanProperty changedOnlyProperty() { return changedOnly; }
    public ObjectProperty<Integer> perSheetProperty() { return perSheet; }
    public ObjectProperty<Preset> presetProperty() { return preset; }
    public StringProperty widthProperty() { return width; }
    public StringProperty heightProperty() { return height; }
    public BooleanProperty showDetailProperty() { return showDetail; }
    public StringProperty problemProperty() { return problem; }
}
