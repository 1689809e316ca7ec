package org.huiwu.ui.seating;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

import org.huiwu.i18n.I18n;
import org.huiwu.model.seating.AudienceFill;
import org.huiwu.model.seating.RowNumbering;
import org.huiwu.model.seating.SeatPlan;
import org.huiwu.model.seating.SeatingVariant;
import org.huiwu.ui.common.Command;
import org.huiwu.ui.seatplan.SeatingLabels;

/**
 * Every command of the seating screen: the print/export commands and the rule options the toolbar's
 * buttons pop up, and the commands of the menu bar's 座次 / Seating menu, which holds all of them with
 * their shortcuts so that printing stays reachable however narrow the window. Each command is made once;
 * each call for items makes fresh ones (a menu item lives in one menu). FX thread only.
 */
public final class SeatingMenu {

    /** What the menu's items do on the seating screen. */
    record Actions(Runnable autoAssign, Runnable undo, Runnable redo, Runnable flipView, Runnable findSeat,
            Runnable fitPlan, Runnable nameCards, Runnable changedNameCards, Runnable print, Runnable nameCardGuide) {
    }

    private final SeatingViewModel model;
    private final SeatingCommands commands;
    private final SeatingExports exportsOut;
    private List<Command> exports;
    private final java.util.Map<String, Command> byId = new java.util.HashMap<>();
    private final Actions actions;
    private final I18n i18n;

    SeatingMenu(SeatingViewModel model, SeatingCommands commands, SeatingExports exports, Actions actions, I18n i18n) {
        this.model = model;
        this.commands = commands;
        this.exportsOut = exports;
        this.actions = actions;
        this.i18n = i18n;
    }

    /** The print and export items for the toolbar's 打印 / 导出 button: fresh items of the menu bar's commands. */
    List<MenuItem> exportItems() {
        return exportCommands().stream().map(Command::menuItem).toList();
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
            item.setOnAction(done -> commands.planEdits().setVariant(variant, item.isSelected()));
            items.add(item);
        }
        items.add(new SeparatorMenuItem());
        CheckMenuItem restartRows = new CheckMenuItem(i18n.get("seating.rules.restartRows"));
        restartRows.setSelected(plan.rowNumbering() == RowNumbering.RESTART_EACH_ROW);
        restartRows.setOnAction(done -> commands.planEdits().setNumbering(restartRows.isSelected()
                ? RowNumbering.RESTART_EACH_ROW : RowNumbering.CONTINUOUS, plan.audienceFill()));
        CheckMenuItem byColumns = new CheckMenuItem(i18n.get("seating.rules.columns"));
        byColumns.setSelected(plan.audienceFill() == AudienceFill.COLUMNS_LEFT_TO_RIGHT);
        byColumns.setOnAction(done -> commands.planEdits().setNumbering(plan.rowNumbering(), byColumns.isSelected()
                ? AudienceFill.COLUMNS_LEFT_TO_RIGHT : AudienceFill.ROWS_FRONT_TO_BACK));
        items.add(restartRows);
        items.add(byColumns);
        return items;
    }

    /**
     * The screen's commands for the menu bar's 座次 / Seating menu, each running {@code showSeating} first.
     * All are off without a meeting ({@code meetingOpen}); undo and redo also while another tab is shown
     * (their keys belong to the text fields there). The print and export commands are the same objects
     * the toolbar's 打印 / 导出 button shows.
     */
    List<Command> commands(Runnable showSeating, ObservableBooleanValue seatingShown, ObservableBooleanValue meetingOpen) {
        List<Command> list = new ArrayList<>();
        int rank = 0;
        list.add(command("seatingMenuAutoAssign", "seating.autoAssign", actions.autoAssign(), "Shortcut+Shift+A"));
        list.add(command("seatingMenuUndo", "seating.menu.undo", actions.undo(), "Shortcut+Z")
                .enabledWhen(Bindings.createBooleanBinding(() -> meetingOpen.get() && seatingShown.get()
                        && model.canUndoProperty().get(), meetingOpen, seatingShown, model.canUndoProperty())));
        list.add(command("seatingMenuRedo", "seating.menu.redo", actions.redo(), "Shortcut+Y")
                .enabledWhen(Bindings.createBooleanBinding(() -> meetingOpen.get() && seatingShown.get()
                        && model.canRedoProperty().get(), meetingOpen, seatingShown, model.canRedoProperty())));
        list.add(command("seatingMenuFlip", "seating.flipView", actions.flipView(), null).separatedBefore());
        list.add(Command.submenu("seatingMenuRules", i18n.get("seating.rules"), this::ruleItems));
        list.add(command("seatingMenuFind", "seating.menu.find", actions.findSeat(), "Shortcut+Shift+L"));
        list.add(command("seatingMenuFit", "seating.fit.tip", actions.fitPlan(), null));
        List<Command> exportCommands = exportCommands();
        exportCommands.get(0).separatedBefore();
        list.addAll(exportCommands);
        list.add(command("seatingMenuGuide", "seating.guide.tip", actions.nameCardGuide(), null).separatedBefore());
        for (Command command : list) {
            byId.put(command.id(), command);
            command.inMenu("seating.menu", rank += 10).wrap(showSeating);
            if (!command.disabledProperty().isBound()) {
                command.enabledWhen(meetingOpen);
            }
        }
        return list;
    }

    /** The menu command with this id, for the toolbar button that does the same (after {@link #commands}). */
    Command command(String id) {
        return byId.get(id);
    }

    private List<Command> exportCommands() {
        if (exports == null) {
            exports = List.of(
                    command("seatingMenuChartPdf", "seating.export.chartPdf", this.exportsOut::chartPdf, "Shortcut+Shift+P"),
                    command("seatingMenuChartPng", "seating.export.chartPng", this.exportsOut::chartPng, null),
                    command("seatingMenuCards", "seating.export.cards", actions.nameCards(), null),
                    command("seatingMenuCardsChanged", "seating.export.cardsChanged", actions.changedNameCards(), null),
                    command("seatingMenuSeatList", "seating.export.seatList", this.exportsOut::seatList, null),
                    command("seatingMenuPrint", "seating.export.print", actions.print(), "Shortcut+P"));
        }
        return exports;
    }

    private Command command(String id, String key, Runnable action, String accelerator) {
        Command command = Command.of(id, i18n.get(key), action);
        return accelerator == null ? command : command.keys(accelerator);
    }
}
