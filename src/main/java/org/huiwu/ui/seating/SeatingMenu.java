package org.huiwu.ui.seating;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

import org.huiwu.i18n.I18n;
import org.huiwu.model.seating.AudienceFill;
import org.huiwu.model.seating.RowNumbering;
import org.huiwu.model.seating.SeatPlan;
import org.huiwu.model.seating.SeatingVariant;

/**
 * Every command of the seating screen as menu items: the print/export items and the rule options the
 * toolbar's buttons pop up, and the menu bar's 座次 / Seating menu, which holds all of them with their
 * shortcuts so that printing stays reachable however narrow the window. Each call makes fresh items (a
 * menu item lives in one menu). FX thread only.
 */
public final class SeatingMenu {

    /** What the menu's items do on the seating screen. */
    record Actions(Runnable autoAssign, Runnable undo, Runnable redo, Runnable flipView, Runnable findSeat,
            Runnable fitPlan, Runnable nameCards, Runnable changedNameCards, Runnable print, Runnable nameCardGuide) {
    }

    private final SeatingViewModel model;
    private final SeatingCommands commands;
    private final SeatingExports exports;
    private final Actions actions;
    private final I18n i18n;

    SeatingMenu(SeatingViewModel model, SeatingCommands commands, SeatingExports exports, Actions actions, I18n i18n) {
        this.model = model;
        this.commands = commands;
        this.exports = exports;
        this.actions = actions;
        this.i18n = i18n;
    }

    /** The print and export items (the toolbar's 打印 / 导出 button and the menu bar). */
    List<MenuItem> exportItems() {
        return List.of(
                item("seatingMenuChartPdf", "seating.export.chartPdf", exports::chartPdf, "Shortcut+Shift+P"),
                item("seatingMenuChartPng", "seating.export.chartPng", exports::chartPng, null),
                item("seatingMenuCards", "seating.export.cards", actions.nameCards(), null),
                item("seatingMenuCardsChanged", "seating.export.cardsChanged", actions.changedNameCards(), null),
                item("seatingMenuSeatList", "seating.export.seatList", exports::seatList, null),
                item("seatingMenuPrint", "seating.export.print", actions.print(), "Shortcut+P"));
    }

    /** The rule options of the current plan (the variants and the numbering), ticked as the plan has them. */
    List<MenuItem> ruleItems() {
        SeatPlan plan = model.planProperty().get();
        List<MenuItem> items = new ArrayList<>();
        if (plan == null) {
            return items;
        }
        for (SeatingVariant variant : SeatingVariant.values()) {
            CheckMenuItem item = new CheckMenuItem(SeatingLabels.variant(i18n, variant));
            item.setSelected(plan.variants().contains(variant));
            item.setOnAction(done -> commands.setVariant(variant, item.isSelected()));
            items.add(item);
        }
        items.add(new SeparatorMenuItem());
        CheckMenuItem restartRows = new CheckMenuItem(i18n.get("seating.rules.restartRows"));
        restartRows.setSelected(plan.rowNumbering() == RowNumbering.RESTART_EACH_ROW);
        restartRows.setOnAction(done -> commands.setNumbering(restartRows.isSelected()
                ? RowNumbering.RESTART_EACH_ROW : RowNumbering.CONTINUOUS, plan.audienceFill()));
        CheckMenuItem byColumns = new CheckMenuItem(i18n.get("seating.rules.columns"));
        byColumns.setSelected(plan.audienceFill() == AudienceFill.COLUMNS_LEFT_TO_RIGHT);
        byColumns.setOnAction(done -> commands.setNumbering(plan.rowNumbering(), byColumns.isSelected()
                ? AudienceFill.COLUMNS_LEFT_TO_RIGHT : AudienceFill.ROWS_FRONT_TO_BACK));
        items.add(restartRows);
        items.add(byColumns);
        return items;
    }

    /**
     * The menu bar's seating menu. Each item first shows the seating tab ({@code showSeating}); all are
     * off without a meeting, undo and redo also while another tab is shown (their keys belong to the
     * text fields there).
     */
    public Menu menuBarMenu(Runnable showSeating, ObservableBooleanValue seatingShown, ObservableBooleanValue noMeeting) {
        Menu menu = new Menu(i18n.get("seating.menu"));
        menu.setId("menuSeating");
        MenuItem undo = item("seatingMenuUndo", "seating.menu.undo", actions.undo(), "Shortcut+Z");
        MenuItem redo = item("seatingMenuRedo", "seating.menu.redo", actions.redo(), "Shortcut+Y");
        undo.disableProperty().bind(Bindings.createBooleanBinding(() -> noMeeting.get() || !seatingShown.get()
                || !model.canUndoProperty().get(), noMeeting, seatingShown, model.canUndoProperty()));
        redo.disableProperty().bind(Bindings.createBooleanBinding(() -> noMeeting.get() || !seatingShown.get()
                || !model.canRedoProperty().get(), noMeeting, seatingShown, model.canRedoProperty()));
        Menu rules = new Menu(i18n.get("seating.rules"));
        rules.getItems().add(new MenuItem());
        rules.setOnShowing(event -> rules.getItems().setAll(ruleItems()));
        menu.getItems().addAll(
                item("seatingMenuAutoAssign", "seating.autoAssign", actions.autoAssign(), "Shortcut+Shift+A"),
                undo, redo, new SeparatorMenuItem(),
                item("seatingMenuFlip", "seating.flipView", actions.flipView(), null), rules,
                item("seatingMenuFind", "seating.menu.find", actions.findSeat(), "Shortcut+Shift+L"),
                item("seatingMenuFit", "seating.fit.tip", actions.fitPlan(), null), new SeparatorMenuItem());
        menu.getItems().addAll(exportItems());
        menu.getItems().addAll(new SeparatorMenuItem(),
                item("seatingMenuGuide", "seating.guide.tip", actions.nameCardGuide(), null));
        for (MenuItem item : menu.getItems()) {
            javafx.event.EventHandler<javafx.event.ActionEvent> action = item.getOnAction();
            if (action != null) {
                item.setOnAction(event -> {
                    showSeating.run();
                    action.handle(event);
                });
            }
            if (!item.disableProperty().isBound()) {
                item.disableProperty().bind(Bindings.createBooleanBinding(noMeeting::get, noMeeting));
            }
        }
        return menu;
    }

    private MenuItem item(String id, String key, Runnable action, String accelerator) {
        MenuItem item = new MenuItem(i18n.get(key));
        item.setId(id);
        item.setOnAction(done -> action.run());
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        return item;
    }
}
