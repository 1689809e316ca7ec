package org.huiwu.ui.seating;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.messages.FailureMessages;
import org.huiwu.logic.seating.SeatPlans;
import org.huiwu.logic.seating.print.CjkFontLocator;
import org.huiwu.logic.settings.Preferences;
import org.huiwu.logic.seating.print.NameCard;
import org.huiwu.logic.seating.print.NameCardLayout;
import org.huiwu.logic.seating.print.NameCards;
import org.huiwu.logic.seating.print.NameCardsPdf;
import org.huiwu.logic.seating.print.PrintFailedException;
import org.huiwu.logic.seating.print.SeatChart;
import org.huiwu.logic.seating.print.SeatChartPdf;
import org.huiwu.logic.seating.print.SeatChartPng;
import org.huiwu.logic.seating.print.SeatListXlsx;
import org.huiwu.model.Meeting;
import org.huiwu.model.seating.SeatAssignments;
import org.huiwu.model.seating.SeatPlan;
import org.huiwu.ui.common.DialogService;
import org.huiwu.ui.common.TaskRunner;

/**
 * The seating printouts from the screen: the chart as PDF or PNG, name cards (all, or only those
 * changed since the last print, which then count as printed; their size is remembered), the seat list as Excel, and the chart
 * as a picture for the system printer. Files are chosen through the dialog service and written in the
 * background. It reads the screen only through {@link SeatingPrintSource}. FX thread only; the writing
 * itself runs on the task runner.
 */
public final class SeatingExports {

    private final SeatingPrintSource source;
    private final SeatPlans plans;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final FailureMessages failures;
    private final I18n i18n;
    private final Clock clock;
    private final Preferences preferences;
    private final CjkFontLocator fonts = new CjkFontLocator();

    public SeatingExports(SeatingPrintSource source, SeatPlans plans, TaskRunner runner, DialogService dialogs,
            FailureMessages failures, I18n i18n, Clock clock, Preferences preferences) {
        this.source = source;
        this.plans = plans;
        this.runner = runner;
        this.dialogs = dialogs;
        this.failures = failures;
        this.i18n = i18n;
        this.clock = clock;
        this.preferences = preferences;
    }

    public void chartPdf() {
        save("seating.export.chartPdf", "seating.export.chartName", "*.pdf", ".pdf", (chart, file) -> new SeatChartPdf(i18n, fonts, clock).write(chart, file));
    }

    public void chartPng() {
        save("seating.export.chartPng", "seating.export.chartName", "*.png", ".png", (chart, file) -> new SeatChartPng(i18n, fonts, clock)
                .write(chart, 2400, file));
    }

    public void seatList() {
        save("seating.export.seatList", "seating.list.sheet", "*.xlsx", ".xlsx", (chart, file) -> new SeatListXlsx(i18n)
                .write(source.seats(), source.assignments(), source.attendees(), file));
    }

    /** Name cards of every seated person, or only of the seats changed since the last print, in the usual size. */
    public void nameCards(boolean changedOnly) {
        nameCards(changedOnly, NameCardLayout.standard(1));
    }

    /** Reads the remembered name-card layout in the background and hands it to {@code use} on the FX thread. */
    public void rememberedNameCardLayout(java.util.function.Consumer<NameCardLayout> use) {
        runner.run(preferences::nameCardLayout, use, this::failed);
    }

    /** Name cards in the given layout, which is remembered for next time once the file is written. */
    public void nameCards(boolean changedOnly, NameCardLayout layout) {
        SeatPlan plan = source.plan();
        SeatAssignments current = source.assignments();
        List<NameCard> cards = changedOnly
                ? NameCards.changedSincePrint(source.seats(), current, source.attendees(), source.printedCards())
                : NameCards.all(source.seats(), current, source.attendees());
        if (plan == null || cards.isEmpty()) {
            dialogs.showInformation(i18n.get("seating.cards.title"),
                    i18n.get(changedOnly ? "seating.cards.noneChanged" : "seating.cards.noneSeated"));
            return;
        }
        UUID meetingId = source.meeting().id();
        dialogs.chooseFileToSave(i18n.get("seating.export.cards"), i18n.get("seating.export.pdfFiles"),
                "*.pdf", fileName("seating.cards.title", ".pdf")).ifPresent(file -> runner.run(() -> {
                    new NameCardsPdf(i18n, fonts, clock).write(cards, layout, file);
                    plans.markPrinted(plan.id(), current);
                    preferences.setNameCardLayout(layout);
                    return plans.printed(plan.id());
                }, printed -> {
                    source.cardsPrinted(meetingId, printed);
                    source.say(i18n.format("seating.cards.written", cards.size(), file));
                }, this::failed));
    }

    /** The chart as an image sized for printing, made in the background; {@code onReady} gets it on the FX thread. */
    public void chartImage(java.util.function.Consumer<BufferedImage> onReady) {
        SeatChart chart = chart();
        if (chart != null) {
            runner.run(() -> new SeatChartPng(i18n, fonts, clock).render(chart, 2400), onReady, this::failed);
        }
    }

    private void save(String titleKey, String fileKey, String pattern, String extension, ChartWriter writer) {
        SeatChart chart = chart();
        if (chart == null) {
            return;
        }
        dialogs.chooseFileToSave(i18n.get(titleKey), i18n.get(titleKey), pattern,
                fileName(fileKey, extension)).ifPresent(file -> runner.run(() -> {
                    writer.write(chart, file);
                    return file;
                }, written -> source.say(i18n.format("seating.export.written", written)),
                this::failed));
    }

    private SeatChart chart() {
        SeatPlan plan = source.plan();
        Meeting meeting = source.meeting();
        if (plan == null || meeting == null || source.seats().isEmpty()) {
            dialogs.showInformation(i18n.get("seating.export"), i18n.get("seating.emptyPlan"));
            return null;
        }
        return SeatChart.describe(i18n, meeting, plan, source.seats(), source.assignments(), source.attendees(),
                plan.viewpoint());
    }

    private String fileName(String key, String extension) {
        Meeting meeting = source.meeting();
        String title = meeting == null ? "" : meeting.title().replaceAll("[\\\\/:*?\"<>|]", "_") + "-";
        return title + i18n.get(key) + extension;
    }

    private void failed(Throwable failure) {
        String text = failure instanceof PrintFailedException print
                ? i18n.format(print.problem().messageKey(), print.arguments().toArray())
                : failures.describe(failure);
        dialogs.showError(i18n.get("error.title"), text);
    }

    /** Writes the chart (or what belongs with it) to a file. */
    @FunctionalInterface
    private interface ChartWriter {
        void write(SeatChart chart, Path file) throws Exception;
    }
}
