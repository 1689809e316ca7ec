package org.huiwu.ui.rounds;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.rounds.ServiceSummary;
import org.huiwu.model.Meeting;
import org.huiwu.model.rounds.Consumables;
import org.huiwu.ui.common.AppState;
import org.huiwu.ui.common.TaskRunner;

/**
 * The tea-service summary of the current meeting (rounds, pours, refills, average interval, missed and
 * late records) and the consumables used, entered by the attendant with the counted figures offered
 * beside them, for the economy report. Typed counts are stored when left, on a tab or meeting change and as
 * the window closes. FX thread only; reading and saving run in the background.
 */
public final class RoundSummaryViewModel {

    private final RoundServices services;
    private final AppState state;
    private final TaskRunner runner;
    private final I18n i18n;
    private final StringProperty summary = new SimpleStringProperty(this, "summary", "");
    private final StringProperty counted = new SimpleStringProperty(this, "counted", "");
    private final IntegerProperty cups = new SimpleIntegerProperty(this, "cups");
    private final IntegerProperty teaBags = new SimpleIntegerProperty(this, "teaBags");
    private final IntegerProperty waterBottles = new SimpleIntegerProperty(this, "waterBottles");
    private final IntegerProperty towels = new SimpleIntegerProperty(this, "towels");
    /** The counts differ from the stored ones (typed since they were read or saved). */
    private boolean changed;
    private boolean loading;

    public RoundSummaryViewModel(RoundServices services, AppState state, TaskRunner runner, I18n i18n) {
        this.services = services;
        this.state = state;
        this.runner = runner;
        this.i18n = i18n;
        for (IntegerProperty count : java.util.List.of(cups, teaBags, waterBottles, towels)) {
            count.addListener((obs, was, now) -> changed |= !loading);
        }
        state.currentMeetingProperty().addListener((obs, old, meeting) -> {
            if (old != null && (meeting == null || !old.id().equals(meeting.id()))) {
                commitConsumables(old);
            }
            refresh();
        });
        state.shownScreenProperty().addListener((obs, old, shown) -> commitConsumables());
        state.openMeeting().serviceRevisionProperty().addListener((obs, old, revision) -> load(false));
    }

    /**
     * Stores the counts when they were typed since last read or saved: a count left (Enter, Tab, a click
     * elsewhere), a tab change and the window closing call it; the store runs on the database thread.
     */
    public void commitConsumables() {
        commitConsumables(state.currentMeeting());
    }

    private void commitConsumables(Meeting meeting) {
        if (changed) {
            saveConsumables(meeting);
        }
    }

    /** Recomputes the summary and the consumables entered from the stored records. */
    public void refresh() {
        load(true);
    }

    /** Recomputes the summary; the consumables only when asked, so a new tea record keeps what is being typed. */
    private void load(boolean consumablesToo) {
        Meeting meeting = state.currentMeeting();
        if (meeting == null) {
            return;
        }
        runner.run(() -> ServiceSummary.of(services.roundBoard().history(meeting.id())),
                figures -> show(figures, consumablesToo), failure -> summary.set(services.failures().describe(failure)));
    }

    private void show(ServiceSummary figures, boolean consumablesToo) {
        String average = figures.averageInterval().isPresent()
                ? i18n.format("rounds.summary.minutes", Math.round(figures.averageInterval().getAsDouble()))
                : i18n.get("rounds.summary.none");
        int refills = figures.refillsBySeat().values().stream().mapToInt(Integer::intValue).sum();
        summary.set(i18n.format("rounds.summary.text", figures.rounds(), figures.pours(), refills, average,
                figures.missed(), figures.late()));
        counted.set(i18n.format("rounds.summary.counted", figures.counted().cups(), figures.counted().towels()));
        if (!consumablesToo) {
            return;
        }
        Consumables entered = figures.entered();
        loading = true;
        cups.set(entered.cups());
        teaBags.set(entered.teaBags());
        waterBottles.set(entered.waterBottles());
        towels.set(entered.towels());
        loading = false;
        changed = false;
    }

    /** Stores the consumables as entered (保存用量). */
    public void saveConsumables() {
        saveConsumables(state.currentMeeting());
    }

    private void saveConsumables(Meeting meeting) {
        if (meeting == null) {
            return;
        }
        Consumables used = new Consumables(cups.get(), teaBags.get(), waterBottles.get(), towels.get());
        changed = false;
        runner.run(() -> {
            services.servicePlans().saveConsumables(meeting.id(), used);
            return used;
        }, saved -> state.statusProperty().set(i18n.get("rounds.summary.saved")),
                failure -> services.dialogs().showError(i18n.get("error.title"), services.failures().describe(failure)));
    }

    public StringProperty summaryProperty() { return summary; }
    public StringProperty countedProperty() { return counted; }
    public IntegerProperty cupsProperty() { return cups; }
    public IntegerProperty teaBagsProperty() { return teaBags; }
    public IntegerProperty waterBottlesProperty() { return waterBottles; }
    public IntegerProperty towelsProperty() { return towels; }
}
